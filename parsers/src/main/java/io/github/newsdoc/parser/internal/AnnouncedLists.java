package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

/**
 * Lists the article announces: a line of the article's prose that ends with a colon ("The council wants
 * three things:") says that what follows is the article's, so the short lines under it, down to the next
 * line of prose, are the article's list items even when they look like links ({@link PageExtractor}). A
 * writer announces a list; a site does not announce its menus and rails in the sentence above them. The
 * lines a rule already claimed (a share button, a caption) and teasers stay as they are and break the
 * stretch, and so does a stretch longer than {@value #MAX_ITEMS} lines. Linear in the lines.
 */
final class AnnouncedLists {
  // A list the article announces holds at most this many lines (items, their links and group headings).
  static final int MAX_ITEMS = 40;

  private AnnouncedLists() {}

  /**
   * Marks in {@code between} the lines of each stretch that follows a line of prose ending with a colon and
   * ends right above a line of prose, when the stretch has no line a rule claimed and no teaser.
   */
  static void mark(LineMeasures shapes, LineRole[] roles, long[] values, boolean[] teaser, boolean[] between) {
    int n = values.length;
    int k = 0;
    while (k < n) {
      if (!(roles[k] == null && values[k] > 0 && announces(shapes.text(k)))) {
        k++;
        continue;
      }
      int j = k + 1;
      while (j < n && roles[j] == null && values[j] <= 0 && !teaser[j] && j - k <= MAX_ITEMS) {
        j++;
      }
      if (j > k + 1 && j < n && j - k - 1 <= MAX_ITEMS && roles[j] == null && values[j] > 0) {
        for (int i = k + 1; i < j; i++) {
          between[i] = true;
        }
      }
      k = j;
    }
  }

  /** Whether a line ends with a colon, which announces what follows ("… these benefits:"). */
  static boolean announces(String text) {
    return text.endsWith(":") || text.endsWith("\uFF1A");
  }
}
