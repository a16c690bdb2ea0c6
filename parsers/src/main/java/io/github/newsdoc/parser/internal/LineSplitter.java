package io.github.newsdoc.parser.internal;

import java.util.List;

/** Splits decoded text into its non-blank lines, at the line ends {@link SourceReader} knows. */
final class LineSplitter {
  private LineSplitter() {}

  /** Thrown when a line or the number of lines passes its limit. */
  public static final class LimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    LimitException(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }

    /** The 1-based line where the limit was passed. */
    public int line() {
      return line;
    }

    /** The 1-based column where the limit was passed. */
    public int column() {
      return column;
    }
  }

  /**
   * Returns the non-blank lines, numbered from 1.
   *
   * @throws LimitException if a line is longer than {@code maxLineLength} or there are more than
   *     {@code maxLines} lines
   */
  public static List<Line> split(String text, int maxLineLength, int maxLines) {
    return SourceReader.lines(text, new SourceReader.Limits(Long.MAX_VALUE, maxLineLength, maxLines, false), m -> { });
  }
}
