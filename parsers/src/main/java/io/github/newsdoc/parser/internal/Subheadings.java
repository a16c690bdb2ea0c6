package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.HashMap;
import java.util.Map;

/**
 * The lines inside a page's article run that count nothing towards it but are the article's: subheadings and
 * list items standing between two lines of prose ({@link PageExtractor}). A stretch of lines that count
 * nothing, between two lines of prose with no link or chrome among them, is the article's; so is a single
 * link-like line right between two lines of prose, printed once on the page, that has a subheading's shape:
 * at least two words, opening with a letter or a quotation mark, with nothing of a label (a colon, a bar),
 * a credit (a slash), a handle, a count in brackets or a teaser's ellipsis, and naming nothing of the site's
 * interface. By repetition the other way: a line of no sentence the page prints three times or more (a
 * video's title over each player) is the page's, even between paragraphs. Linear in the lines.
 */
final class Subheadings {
  private Subheadings() {}

  /**
   * Which lines stand between prose as the article's own: subheadings and list items, see the class
   * documentation; {@code linkValue} is the value of a link-like line.
   */
  static boolean[] betweenProse(LineMeasures shapes, LineRole[] roles, long[] values, boolean[] teaser,
      long linkValue) {
    int n = values.length;
    boolean[] between = new boolean[n];
    int i = 0;
    while (i < n) {
      if (roles[i] != null || values[i] != 0 || teaser[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && roles[j] == null && values[j] == 0 && !teaser[j]) {
        j++;
      }
      if (i > 0 && values[i - 1] > 0 && roles[i - 1] == null && j < n && values[j] > 0 && roles[j] == null) {
        for (int k = i; k < j; k++) {
          between[k] = true;
        }
      }
      i = j;
    }
    // A subheading may be short enough to look like a link ('Module efficiency', 'WHAT YOU NEED'): a single
    // link-like line of words right between two lines of prose, printed once on the page, is the article's.
    Map<String, Integer> printed = new HashMap<>();
    for (int k = 0; k < n; k++) {
      if (roles[k] == null && values[k] == linkValue) {
        printed.merge(shapes.text(k), 1, Integer::sum);
      }
    }
    for (int k = 1; k + 1 < n; k++) {
      if (roles[k] == null && values[k] == linkValue && roles[k - 1] == null && values[k - 1] > 0
          && roles[k + 1] == null && values[k + 1] > 0 && printed.get(shapes.text(k)) == 1
          && isSubheading(shapes.text(k))) {
        between[k] = true;
      }
    }
    return between;
  }

  /** Whether a line has a subheading's shape, see the class documentation. */
  static boolean isSubheading(String text) {
    if (Text.words(text) < 2 || text.endsWith("...") || text.endsWith("…") || Notices.namesInterface(text)) {
      return false;
    }
    int first = text.codePointAt(0);
    if (!Character.isLetter(first) && "\"'‘“«".indexOf(first) < 0) {
      return false;
    }
    for (int k = 0; k < text.length(); k++) {
      if (":|/@()[]".indexOf(text.charAt(k)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The rule of a label the page prints again and again. */
  static final String OFTEN_RULE = "page:printed-often";
  // A line that is no sentence, printed at least this many times on a page, is the page's label.
  private static final int OFTEN = 3;

  /**
   * Which unclaimed lines are labels of the page by repetition: a line that ends no sentence and that the
   * page prints at least OFTEN times (a video's title over each player, a box's heading) is the page's, even
   * between two paragraphs; a sentence asked or quoted again stays. Linear in the lines.
   */
  static boolean[] printedOften(LineMeasures shapes, LineRole[] roles) {
    int n = roles.length;
    Map<String, Integer> printed = new HashMap<>();
    for (int k = 0; k < n; k++) {
      if (roles[k] == null && !LineMeasures.endsSentence(shapes.text(k))) {
        printed.merge(shapes.text(k), 1, Integer::sum);
      }
    }
    boolean[] often = new boolean[n];
    for (int k = 0; k < n; k++) {
      often[k] = roles[k] == null && printed.getOrDefault(shapes.text(k), 0) >= OFTEN;
    }
    return often;
  }
}
