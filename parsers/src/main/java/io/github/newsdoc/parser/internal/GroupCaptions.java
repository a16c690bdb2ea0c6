package io.github.newsdoc.parser.internal;

import java.util.regex.Pattern;

/**
 * The caption of a group photo, told by how it opens: the words that name the people in the picture from left
 * to right ({@code "L-R: Ana Ruiz, Jo Park and …"}, {@code "From left: …"}, {@code "(L-R) …"}), with a colon or
 * brackets, as "From left, right and centre, critics …" is a sentence.
 */
final class GroupCaptions {
  private static final Pattern OPENING = Pattern.compile("(?i)(?:\\(l-r\\)|l-r:|l\\.?-r\\.?:|from left:|"
      + "left to right:|\\(from left\\)|clockwise from (?:top )?left:)\\s.*");
  // A group's caption has at most this many words.
  private static final int MAX_WORDS = 80;

  private GroupCaptions() {}

  /** Whether a line is the caption of a group photo by how it opens; at most {@value #MAX_WORDS} words. */
  static boolean is(String line) {
    return line.length() > 5 && "Ll(FfCc".indexOf(line.charAt(0)) >= 0 && Text.words(line) <= MAX_WORDS
        && OPENING.matcher(line).matches();
  }
}
