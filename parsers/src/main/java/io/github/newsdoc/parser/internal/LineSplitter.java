package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into its non-blank lines, at LF, CR and CRLF. */
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
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int number = 1;
    boolean afterBlank = true;
    while (start <= n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      if (end - start > maxLineLength) {
        throw new LimitException(number, maxLineLength + 1,
            "line is " + (end - start) + " characters long, more than the limit of " + maxLineLength);
      }
      if (number > maxLines) {
        throw new LimitException(number, 1, "more than the limit of " + maxLines + " lines");
      }
      String raw = text.substring(start, end);
      String normalised = Text.normalise(raw);
      if (normalised.isEmpty()) {
        afterBlank = true;
      } else {
        lines.add(new Line(number, raw, normalised, afterBlank));
        afterBlank = false;
      }
      if (end >= n) {
        break;
      }
      start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
      number++;
    }
    return lines;
  }
}
