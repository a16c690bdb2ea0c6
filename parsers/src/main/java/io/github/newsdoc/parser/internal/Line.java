package io.github.newsdoc.parser.internal;

/**
 * One non-blank source line, or several source lines a fixed-width wrap broke apart, joined again
 * ({@link WrappedLines}).
 *
 * @param number the 1-based line number (of the first source line)
 * @param raw the line as decoded, without its line break
 * @param text the line normalised for matching ({@link Text#normalise})
 * @param afterBlank whether a blank line (or the start of the text) stands right before it
 * @param last the 1-based number of its last source line: {@code number} unless lines were joined; a gap
 *     between two lines is measured from the first one's {@code last} to the second one's {@code number}
 */
public record Line(int number, String raw, String text, boolean afterBlank, int last) {
  /** One source line: its last line is itself. */
  public Line(int number, String raw, String text, boolean afterBlank) {
    this(number, raw, text, afterBlank, number);
  }

  /** How many line numbers lie from this line's last source line to {@code next}'s first (1: right under). */
  int gapTo(Line next) {
    return next.number() - last;
  }
}
