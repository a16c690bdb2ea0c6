package io.github.newsdoc.parser.internal;

import java.util.List;

/**
 * One non-blank source line, or several source lines a fixed-width wrap broke apart, joined again
 * ({@link WrappedLines}).
 *
 * @param number the 1-based line number (of the first source line)
 * @param raw the line as decoded, without its line break
 * @param text the line normalised for matching ({@link Text#normalise})
 * @param afterBlank whether a blank line (or the start of the text) stands right before it; on a page printed
 *     without any blank line, the page's readers see one where {@link BlankLines} draws a block's start
 * @param last the 1-based number of its last source line: {@code number} unless lines were joined; a gap
 *     between two lines is measured from the first one's {@code last} to the second one's {@code number}
 * @param columns for each source line after the first, the offset in {@code raw} that stands for its column
 *     1 (where it starts, less the indentation the join dropped): empty unless lines were joined
 */
public record Line(int number, String raw, String text, boolean afterBlank, int last, List<Integer> columns) {
  /** One source line: its last line is itself. */
  public Line(int number, String raw, String text, boolean afterBlank) {
    this(number, raw, text, afterBlank, number, List.of());
  }

  /** Checks the components; {@code columns} is copied. */
  public Line {
    columns = List.copyOf(columns);
  }

  /**
   * The source line and column (both 1-based) of offset {@code offset} (0-based) of the raw text of a line
   * numbered {@code number} with those {@code columns}: for a joined line, in the source line that holds it.
   */
  static int[] position(int number, List<Integer> columns, int offset) {
    int k = 0;
    while (k < columns.size() && columns.get(k) <= offset) {
      k++;
    }
    return k == 0 ? new int[] {number, offset + 1} : new int[] {number + k, offset - columns.get(k - 1) + 1};
  }

  /** How many line numbers lie from this line's last source line to {@code next}'s first (1: right under). */
  int gapTo(Line next) {
    return next.number() - last;
  }
}
