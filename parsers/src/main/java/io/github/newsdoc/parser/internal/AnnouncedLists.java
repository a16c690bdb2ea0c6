package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the article announces: a line of the article's prose that ends with a colon ("The council wants
 * three things:") says that what follows is the article's, so the short lines under it, down to the next
 * line of prose or a caption, are the article's list items even when they look like links ({@link PageExtractor}). A
 * writer announces a list; a site does not announce its menus and rails in the sentence above them. The
 * lines a rule already claimed (a share button, a caption) and teasers stay as they are and break the
 * stretch, and so does a stretch longer than {@value #MAX_ITEMS} lines. Linear in the lines.
 */
final class AnnouncedLists {
  // A list the article announces holds at most this many lines (items, their links and group headings).
  static final int MAX_ITEMS = 40;
  // A numbered list the article's last line announces has at least this many items, each at most this many
  // lines under the one before.
  static final int MIN_NUMBERED = 3;
  static final int MAX_ITEM_LINES = 4;
  private static final Pattern ITEM = Pattern.compile("(\\d{1,3})[.)]\\s+\\S.*");

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
      while (j < n && j - k <= MAX_ITEMS && roles[j] == null && values[j] <= 0 && !teaser[j]) {
        j++;
      }
      // past MAX_ITEMS lines the stretch stopped on one of its own lines, which is no prose; a caption under the
      // list is the article's picture, set between the list and the prose that goes on
      if (j > k + 1 && j < n && (roles[j] == null && values[j] > 0 || roles[j] == LineRole.CAPTION)) {
        for (int i = k + 1; i < j; i++) {
          between[i] = true;
        }
      }
      k = j;
    }
  }

  /**
   * The article's last line once a numbered list it announces is added: when the article's last line ends with
   * a colon and the lines right under it number their items from 1 on ("1) …", "2. …", each item at most
   * {@value #MAX_ITEM_LINES} lines under the one before, with lines no rule claimed between them), the list is the
   * article's, down to its last item and as many lines under it as the shortest item has (an item's link, its
   * price). A site's numbered box ('Most read') is announced by a label, not by the article's sentence. Marks
   * the list's lines in {@code between}; returns {@code to} when no such list follows.
   */
  static int numberedAfter(LineMeasures shapes, LineRole[] roles, int to, boolean[] between) {
    int n = roles.length;
    if (to < 0 || to + 1 >= n || roles[to + 1] != null || !announces(shapes.text(to))
        || number(shapes.text(to + 1)) != 1) {
      return to;
    }
    int last = to + 1;
    int items = 1;
    int shortest = Integer.MAX_VALUE;
    search:
    while (true) {
      for (int k = last + 1; k < n && k - last <= MAX_ITEM_LINES; k++) {
        if (roles[k] != null) {
          break search;
        }
        if (number(shapes.text(k)) == items + 1) {
          shortest = Math.min(shortest, k - last);
          last = k;
          items++;
          continue search;
        }
      }
      break;
    }
    if (items < MIN_NUMBERED) {
      return to;
    }
    int end = last;
    while (end + 1 < n && end + 1 - last < shortest && roles[end + 1] == null) {
      end++;
    }
    for (int k = to + 1; k <= end; k++) {
      between[k] = true;
    }
    return end;
  }

  // The number a list item opens with ("3) …", "3. …"), or -1.
  private static int number(String text) {
    Matcher m = ITEM.matcher(text);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** Whether a line ends with a colon, which announces what follows ("… these benefits:"). */
  static boolean announces(String text) {
    return text.endsWith(":") || text.endsWith("\uFF1A");
  }
}
