package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an article ends among the site's notices ({@link Notices}): a newsletter offer, a comment form's
 * consent line, a copyright or print note under the last paragraph read as prose, but they are the site's.
 * A notice ends the article; so does a short line in the site's voice right under a notice, which goes on
 * with it ('Your details are handled under our collection statement.'). Authors' bios between the last
 * paragraph and a notice are claimed already and passed over. Linear in the lines.
 */
final class ArticleFoot {
  /** The rule of a notice of the site under the last paragraph of a text that is no page. */
  static final String NOTICE_BELOW = "notice:below-article";
  // A notice that goes on with the one above it, and a notice under a text that is no page, are narrower than
  // a paragraph.
  private static final int MAX_NOTICE_WIDTH = 200;

  // The signature an embedded post prints under its text: a dash, the author's name, the handle in brackets,
  // the date ('— Jo Park (@jopark) March 3, 2026'). Bounded classes, no nested repetition: linear.
  private static final Pattern POST_SIGNATURE =
      Pattern.compile("[\u2014\u2013\u2015] ?[^()]{1,80} \\(@\\w{1,30}\\) [^()]{0,40}");

  // A box inside the article ('Related articles' and two links) has at most this many lines under its marker;
  // the article goes on under it with at least GOES_ON paragraphs.
  private static final int BOX_LINES = 4;
  private static final int GOES_ON = 3;

  private ArticleFoot() {}

  /**
   * Whether a page's article goes on under the box that the line {@code marker} opens, though the marker
   * ('Related articles') ends articles elsewhere: past the box's own lines (its links: at least one, at most
   * {@value #BOX_LINES}, no date or byline among them), at least {@value #GOES_ON} paragraphs of prose follow
   * one another, each after a blank line, as the article's own paragraphs stand, with no other line among them
   * and none a notice of the site. Teasers of other stories print a headline, a byline or a date between their
   * sentences, or one sentence right under the other, or stand right under their marker; comments print their
   * authors' names and dates above them. Linear in the lines it looks at.
   */
  static boolean goesOn(List<Line> lines, LineRole[] roles, int marker) {
    int n = lines.size();
    int k = marker + 1;
    while (k < n && k <= marker + BOX_LINES && !paragraph(lines, roles, k)) {
      if (roles[k] == LineRole.PUBLISHED || roles[k] == LineRole.BYLINE) {
        return false; // a name and a date: a comment or another post under the marker, not the article
      }
      k++;
    }
    if (k == marker + 1) {
      return false; // prose right under the marker is what it heads ('Most read' and its teasers)
    }
    int paragraphs = 0;
    while (k < n && paragraphs < GOES_ON && paragraph(lines, roles, k)) {
      paragraphs++;
      k++;
    }
    return paragraphs >= GOES_ON;
  }

  // An unclaimed line of prose after a blank line that is no notice of the site.
  private static boolean paragraph(List<Line> lines, LineRole[] roles, int i) {
    Line line = lines.get(i);
    return roles[i] == null && line.afterBlank() && LineMeasures.isProse(line.text())
        && !Notices.isNotice(line.text());
  }

  /**
   * The end of a page's article run at {@code end}, moved over the signature of an embedded post whose text is
   * the run's last line: the post is the article's, with its signature (which counts nothing, as it is no
   * sentence, and would otherwise fall outside the run; between two paragraphs, it is kept as a line between
   * prose, {@link Subheadings}).
   */
  static int signed(List<Line> lines, LineRole[] roles, int end) {
    int next = end + 1;
    boolean signature = end >= 0 && next < lines.size() && roles[next] == null
        && lines.get(end).gapTo(lines.get(next)) <= 2
        && POST_SIGNATURE.matcher(lines.get(next).text()).matches();
    return signature ? next : end;
  }

  /**
   * The end of a page's article run at {@code end}, moved towards {@code other} (step 1 or -1) past the lines
   * that are not its prose: claimed lines, lines that count nothing or against, and the site's notices.
   */
  static int trimmed(List<Line> lines, LineRole[] roles, long[] values, int end, int other, int step) {
    while (end != other && (roles[end] != null || values[end] <= 0 || noticeAt(lines, roles, end, step))) {
      end += step;
    }
    return end;
  }

  /**
   * In a text that is no page, the short notices under the last paragraph, with the site's chrome below
   * them, become boilerplate; a clean article, with no chrome under it, keeps every line.
   */
  static void noticesAboveChrome(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules) {
    boolean chromeBelow = false;
    for (int i = roles.length - 1; i >= 0; i--) {
      if (roles[i] != null) {
        chromeBelow |= roles[i] == LineRole.BOILERPLATE;
        continue;
      }
      if (!chromeBelow || shapes.width(i) >= MAX_NOTICE_WIDTH || !noticeAt(lines, roles, i, -1)) {
        return;
      }
      roles[i] = LineRole.BOILERPLATE;
      rules[i] = NOTICE_BELOW;
    }
  }

  // A notice of the site at line i; or, at the article's foot (step -1), a short line in the site's voice
  // whose nearest unclaimed line above is a notice ('Get our local newsletter' over 'Your details are
  // handled under the Collection Statement.').
  private static boolean noticeAt(List<Line> lines, LineRole[] roles, int i, int step) {
    String text = lines.get(i).text();
    if (Notices.isNotice(text)) {
      return true;
    }
    if (step > 0 || LineMeasures.width(text) >= MAX_NOTICE_WIDTH || !Notices.addressesReader(text)) {
      return false;
    }
    int k = i - 1;
    while (k >= 0 && roles[k] != null) {
      k--;
    }
    return k >= 0 && Notices.isNotice(lines.get(k).text());
  }
}
