package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.HashMap;
import java.util.List;
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

  // Beside inline chrome: at most this many lines (headings and chrome) between two lines of the article.
  private static final int BESIDE_STRETCH = 3;
  // A heading of one word has at least this many letters ('Ingredients', 'Method'; not 'Mix', 'X').
  private static final int ONE_WORD_LETTERS = 4;

  /**
   * Subheadings beside inline chrome: a short stretch of lines between two lines of the article (prose, a
   * table's rows, or lines {@code between} holds already), made of link-like lines that are printed once
   * and have a heading's shape ({@link #isHeading}) and of lines the page sets beside the text (chrome such as
   * a 'Print' button, an advertisement's label or a 'Related post: …' link, a caption, an unclaimed line of no
   * prose such as an app promotion), holds the article's subheadings when it ends with a heading, since a
   * subheading heads what follows it (a picture, its caption and credit, may stand between them), and each
   * heading stands in a block of its own, a blank line above and below it, where the links of a list are
   * printed one right under the other ('Profile: …' over 'Timeline of …', a 'Related articles' box's
   * headlines): the headings are marked in {@code between} ('WHAT YOU NEED' under a related link, 'Ingredients'
   * under a recipe card's
   * print button). The chrome stays the page's. Linear in the lines.
   */
  static void besideChrome(List<Line> lines, LineMeasures shapes, LineRole[] roles, long[] values,
      boolean[] row, boolean[] between, long linkValue) {
    int n = values.length;
    boolean[] content = new boolean[n];
    Map<String, Integer> printed = new HashMap<>();
    for (int k = 0; k < n; k++) {
      content[k] = roles[k] == null && (values[k] > 0 || row[k] || between[k]);
      if (roles[k] == null && values[k] == linkValue) {
        printed.merge(shapes.text(k), 1, Integer::sum);
      }
    }
    int last = -1; // the last line of the article seen
    for (int k = 0; k < n; k++) {
      if (!content[k]) {
        continue;
      }
      if (last >= 0 && k - last > 1 && k - last - 1 <= BESIDE_STRETCH
          && headingsBeside(lines, shapes, roles, values, printed, linkValue, last + 1, k)) {
        for (int j = last + 1; j < k; j++) {
          between[j] |= heading(lines, shapes, roles, values, printed, linkValue, j);
        }
      }
      last = k;
    }
  }

  // Whether the stretch [from, to) holds headings beside lines set aside from the text (chrome, a caption, an
  // unclaimed line of no prose) and ends with a heading.
  private static boolean headingsBeside(List<Line> lines, LineMeasures shapes, LineRole[] roles, long[] values,
      Map<String, Integer> printed, long linkValue, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!heading(lines, shapes, roles, values, printed, linkValue, j) && !aside(roles, values, j)) {
        return false; // anything else: a byline, a date, tags, a line of prose
      }
    }
    // a picture may stand between a subheading and the text it heads: the stretch ends with a heading and then
    // only captions and their credits
    int last = to - 1;
    while (last > from && (roles[last] == LineRole.CAPTION || roles[last] == LineRole.CAPTION_CREDIT)) {
      last--;
    }
    // under a label that leads on to another story ('Read more', 'Related'), the last line is that story's link
    return heading(lines, shapes, roles, values, printed, linkValue, last)
        && !(last - 1 >= from && roles[last - 1] == LineRole.BOILERPLATE && leadsOn(shapes.text(last - 1)));
  }

  // A short label that leads on to another story, whose link is printed under it.
  private static final java.util.regex.Pattern LEADS_ON = java.util.regex.Pattern.compile(
      "(?iu)(?:read|see|watch|related|more|also|recommended|next|further|don't miss|must read|most read|most popular"
          + "|popular|trending|latest|top stories)\\b.{0,30}");

  static boolean leadsOn(String text) {
    return Text.words(text) <= 4 && LEADS_ON.matcher(text).matches();
  }

  // A line the page sets beside the article's text: chrome (an advertisement's label, a related link, a
  // broadcast note), a caption, or an unclaimed line of no prose.
  private static boolean aside(LineRole[] roles, long[] values, int j) {
    return roles[j] == LineRole.BOILERPLATE || roles[j] == LineRole.CAPTION || roles[j] == LineRole.CAPTION_CREDIT
        || roles[j] == null && values[j] <= 0;
  }

  // A heading: link-like, printed once, a heading's shape, and standing in a block of its own, with a blank
  // line above and below it (the links of a list, or a box's heading over its links, are printed one right
  // under the other).
  private static boolean heading(List<Line> lines, LineMeasures shapes, LineRole[] roles, long[] values,
      Map<String, Integer> printed, long linkValue, int j) {
    return roles[j] == null && values[j] == linkValue && printed.get(shapes.text(j)) == 1
        && lines.get(j).afterBlank() && (j + 1 == lines.size() || lines.get(j + 1).afterBlank())
        && isHeading(shapes.text(j));
  }

  /**
   * Whether a line has a heading's shape: a subheading's ({@link #isSubheading}), or a single word of at
   * least {@value #ONE_WORD_LETTERS} letters opening with a capital ('Ingredients', 'INSTRUCTIONS') that
   * names nothing of the site's interface.
   */
  static boolean isHeading(String text) {
    if (Text.words(text) != 1) {
      return isSubheading(text);
    }
    if (text.length() < ONE_WORD_LETTERS || !Character.isUpperCase(text.codePointAt(0))
        || Notices.namesInterface(text)) {
      return false;
    }
    return text.codePoints().allMatch(Character::isLetter);
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
