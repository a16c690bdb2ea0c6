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
   * subheading heads what follows it (a picture, its caption and credit, may stand between them), when no
   * label in it leads on to another story ('Related article': the line under it is that story's link),
   * and when each heading stands apart from its neighbours: a blank line above and below it, or, on a page
   * that stacks its paragraphs ({@link #stacksParagraphs}), no unclaimed line of no prose right above or
   * below it, where the links of a list are printed one right under the other ('Profile: …' over 'Timeline
   * of …', a 'Related articles' box's headlines). The headings are marked in {@code between} ('WHAT YOU NEED'
   * under a related link, 'Ingredients' under a recipe card's print button). The chrome stays the page's.
   * Linear in the lines.
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
    boolean stacked = stacksParagraphs(lines, shapes, values);
    int last = -1; // the last line of the article seen
    for (int k = 0; k < n; k++) {
      if (!content[k]) {
        continue;
      }
      if (last >= 0 && k - last > 1 && k - last - 1 <= BESIDE_STRETCH
          && headingsBeside(lines, shapes, roles, values, printed, linkValue, stacked, last + 1, k)) {
        for (int j = last + 1; j < k; j++) {
          between[j] |= heading(lines, shapes, roles, values, printed, linkValue, stacked, j);
        }
      } else if (last >= 0 && k - last > 2 && k - last - 1 <= BESIDE_STRETCH
          && longUnderChrome(lines, shapes, roles, values, stacked, last + 1, k)) {
        between[k - 1] = true;
      }
      last = k;
    }
  }

  /**
   * Whether the page stacks its paragraphs: of the pairs of lines of prose printed one after the other, fewer
   * than half have a blank line between them. On such a page a missing blank line does not join a line to its
   * neighbour, so a heading is told from a list's link by its neighbours too.
   */
  static boolean stacksParagraphs(List<Line> lines, LineMeasures shapes, long[] values) {
    int pairs = 0;
    int apart = 0;
    for (int k = 1; k < values.length; k++) {
      if (values[k - 1] > 0 && values[k] > 0 && shapes.prose(k - 1) && shapes.prose(k)) {
        pairs++;
        apart += lines.get(k).afterBlank() ? 1 : 0;
      }
    }
    return pairs > 0 && apart * 2 < pairs;
  }

  // Whether the stretch [from, to) holds headings beside lines set aside from the text (chrome, a caption, an
  // unclaimed line of no prose) and ends with a heading.
  private static boolean headingsBeside(List<Line> lines, LineMeasures shapes, LineRole[] roles, long[] values,
      Map<String, Integer> printed, long linkValue, boolean stacked, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!heading(lines, shapes, roles, values, printed, linkValue, stacked, j) && !aside(roles, values, j)) {
        return false; // anything else: a byline, a date, tags, a line of prose
      }
    }
    // a picture may stand between a subheading and the text it heads: the stretch ends with a heading and then
    // only captions and their credits
    int last = to - 1;
    while (last > from && (roles[last] == LineRole.CAPTION || roles[last] == LineRole.CAPTION_CREDIT)) {
      last--;
    }
    // under a label that leads on to another story ('Read more', 'Related article': chrome, or an unclaimed label of
    // two words at most), the lines are that story's link and its button
    for (int j = from; j < last; j++) {
      if ((roles[j] == LineRole.BOILERPLATE || roles[j] == null && Text.words(shapes.text(j)) <= 2)
          && leadsOn(shapes.text(j))) {
        return false;
      }
    }
    return heading(lines, shapes, roles, values, printed, linkValue, stacked, last);
  }

  // Whether the stretch [from, to) is lines the rules claimed as the page's (a 'Read also' link, an advertisement's
  // label) and then one heading too long for a link's shape, of no prose and no notice of the site's, standing
  // apart right over the text it heads ('Officials say the new boat arrives within two days').
  private static boolean longUnderChrome(List<Line> lines, LineMeasures shapes, LineRole[] roles, long[] values,
      boolean stacked, int from, int to) {
    int j = to - 1;
    for (int i = from; i < j; i++) {
      if (roles[i] != LineRole.BOILERPLATE) {
        return false;
      }
    }
    return roles[j] == null && values[j] == 0 && (lines.get(j).afterBlank() || stacked)
        && isSubheading(shapes.text(j)) && !Notices.isNotice(shapes.text(j)) && !Notices.addressesReader(shapes.text(j))
        && !PROMPT.matcher(shapes.text(j)).lookingAt() && !leadsOn(shapes.text(from));
  }

  // A prompt of the page's interface, an imperative that opens the line: "Scroll down to keep reading", "Tap to see
  // more pictures", "Watch the video of the rescue".
  private static final java.util.regex.Pattern PROMPT = java.util.regex.Pattern.compile(
      "(?i)(?:scroll|tap|click|swipe|watch|listen|read|see|follow|sign|subscribe|download|share|join|continue)\\b");

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
        || unclaimedNoProse(roles, values, j);
  }

  // A heading: link-like, printed once, with a heading's shape, standing apart from its neighbours
  // (the links of a list, or a box's heading over its links, are printed one right under the other): on each
  // side a blank line, or, on a page that stacks its paragraphs, a neighbour that is no unclaimed line of no
  // prose.
  private static boolean heading(List<Line> lines, LineMeasures shapes, LineRole[] roles, long[] values,
      Map<String, Integer> printed, long linkValue, boolean stacked, int j) {
    return roles[j] == null && values[j] == linkValue && printed.get(shapes.text(j)) == 1
        && (lines.get(j).afterBlank() || stacked && !unclaimedNoProse(roles, values, j - 1))
        && (j + 1 == lines.size() || lines.get(j + 1).afterBlank()
            || stacked && !unclaimedNoProse(roles, values, j + 1))
        && isHeading(shapes.text(j));
  }

  // An unclaimed line of no prose (link-like or not).
  private static boolean unclaimedNoProse(LineRole[] roles, long[] values, int j) {
    return j >= 0 && j < values.length && roles[j] == null && values[j] <= 0;
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
