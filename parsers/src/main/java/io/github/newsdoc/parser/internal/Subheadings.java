package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * Subheadings of a page's article that have the shape of a link: a short line of words alone between two
 * paragraphs of the article ({@code "Module efficiency"}, {@code "MAKING THE JAM"}). A page's link-like line
 * counts against the article, but one standing alone (a blank line above and below it) between two lines of
 * prose, made of two or more words and nothing else (no digit, no mark: not {@code "View all (4)"},
 * {@code "You may also like..."}, {@code "___"}; not one word, such as {@code "Advert"}) and naming no
 * interface word ({@code "Daily Newsletter"}), is the article's.
 * Linear in the lines.
 */
final class Subheadings {
  private static final int MIN_WORDS = 2;

  private Subheadings() {}

  /** Which lines are subheadings of the article by their place between prose lines and their words. */
  static boolean[] find(List<Line> lines, LineMeasures shapes, LineRole[] roles, long[] values) {
    int n = lines.size();
    boolean[] found = new boolean[n];
    for (int i = 1; i + 1 < n; i++) {
      if (roles[i] == null && shapes.linkLike(i) && lines.get(i).afterBlank() && lines.get(i + 1).afterBlank()
          && isProse(shapes, roles, values, i - 1) && isProse(shapes, roles, values, i + 1)
          && onlyWords(lines.get(i).text()) && !Notices.namesInterface(lines.get(i).text())) {
        found[i] = true;
      }
    }
    return found;
  }

  private static boolean isProse(LineMeasures shapes, LineRole[] roles, long[] values, int i) {
    return roles[i] == null && values[i] > 0 && shapes.prose(i);
  }

  // Two or more words of letters, with an apostrophe or a hyphen inside a word, and spaces between them.
  static boolean onlyWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        words += inWord ? 0 : 1;
        inWord = true;
      } else if (c == ' ') {
        inWord = false;
      } else if (!((c == '\'' || c == '’' || c == '-') && inWord && k + 1 < text.length()
          && Character.isLetter(text.charAt(k + 1)))) {
        return false;
      }
    }
    return words >= MIN_WORDS;
  }
}
