package io.github.newsdoc.parser.internal;

/**
 * One non-blank source line.
 *
 * @param number the 1-based line number
 * @param raw the line as decoded, without its line break
 * @param text the line normalised for matching ({@link Text#normalise})
 * @param afterBlank whether a blank line (or the start of the text) stands right before it
 */
public record Line(int number, String raw, String text, boolean afterBlank) {}
