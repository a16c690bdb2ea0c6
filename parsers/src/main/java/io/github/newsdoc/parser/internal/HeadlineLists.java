package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * Lists of headlines on a page ({@link PageExtractor}): 'related stories', 'more from the site', 'most read'
 * boxes print the titles of other articles one under the other, with no blank line between them. Each title has
 * a headline's shape: a few words (at least {@value #MIN_WORDS}, at most {@value #MAX_WORDS}) opening with a
 * capital letter (after at most one leading token without letters, a number or a mark), and no end of a
 * sentence or of a clause (no full stop, exclamation mark, colon, semicolon or comma at the end; a question is a
 * headline too), and fewer than two numbers (a row of a table has more). Two or more such lines in a row are a list of headlines, which counts against the article's run
 * as a list of links does, wherever it stands — at its foot or between two paragraphs.
 *
 * <p>A list the article itself introduces with a colon ('The shortlist is:') is the article's, and so is one
 * whose lines read as a sentence's parts (lower-case openings: ingredients, steps). Paragraphs are sentences and
 * are never such lines; a subheading stands alone, between paragraphs, and is no list. Linear in the lines.
 */
final class HeadlineLists {
  /** The rule of a line of a list of headlines. */
  static final String RULE = "page:headline-list";
  private static final int MIN_WORDS = 4;
  private static final int MAX_WORDS = 16;
  private static final int MIN_ITEMS = 2;
  // A line with this many numbers is a table's row ('3 North Pier Athletic 39 9 5'), not a headline.
  private static final int MAX_NUMBERS = 2;

  private HeadlineLists() {}

  /**
   * Which unclaimed lines stand in a list of headlines: runs of at least {@value #MIN_ITEMS} headline-shaped
   * lines printed one right under the other, not introduced by a line that ends with a colon.
   */
  static boolean[] find(List<Line> lines, LineRole[] roles) {
    int n = lines.size();
    boolean[] list = new boolean[n];
    int i = 0;
    while (i < n) {
      if (roles[i] != null || !isHeadline(lines.get(i).text())) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && roles[j] == null && !lines.get(j).afterBlank() && isHeadline(lines.get(j).text())) {
        j++;
      }
      boolean introduced = i > 0 && lines.get(i - 1).text().endsWith(":");
      if (j - i >= MIN_ITEMS && !introduced) {
        for (int k = i; k < j; k++) {
          list[k] = true;
        }
      }
      i = j;
    }
    return list;
  }

  /** Gives the lines of the lists of headlines but the title the value {@code value}, that of a link. */
  static void countAgainst(boolean[] listed, long[] values, int title, long value) {
    for (int i = 0; i < listed.length; i++) {
      if (listed[i] && i != title) {
        values[i] = value;
      }
    }
  }

  /** Whether a line has a headline's shape, see the class documentation. */
  static boolean isHeadline(String text) {
    int words = Text.words(text);
    if (words < MIN_WORDS || words > MAX_WORDS || text.isEmpty() || ".!:;,".indexOf(Text.lastBeforeClosingMarks(text)) >= 0
        || numbers(text) >= MAX_NUMBERS) {
      return false;
    }
    // the first word with a letter, the first or the second word of the line, opens with a capital
    int k = 0;
    int word = 0;
    while (k < text.length()) {
      int cp = text.codePointAt(k);
      if (Character.isLetter(cp)) {
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
      }
      if (cp == ' ') {
        word++;
        if (word > 1) {
          return false;
        }
      }
      k += Character.charCount(cp);
    }
    return false;
  }

  // How many of the line's words are numbers (digits, with a point, comma or colon inside).
  private static int numbers(String text) {
    int count = 0;
    boolean digits = false;
    boolean other = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c == ' ') {
        count += digits && !other ? 1 : 0;
        digits = false;
        other = false;
      } else if (Character.isDigit(c)) {
        digits = true;
      } else if (".,:".indexOf(c) < 0) {
        other = true;
      }
    }
    return count;
  }
}
