package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;
import java.util.Optional;

/**
 * On a page, the article's date stands by the article: in its head (the few lines over its run of prose,
 * with the headline and the byline, and up to the printed headline when those lines print no date) or right
 * under its last paragraph. A date line well below the run is
 * another story's (a list of related articles, a comment). A date line above the head, when the head prints
 * a date of its own, is the site's (today's date in the masthead, the times of a ticker of other stories):
 * the head's dates give the publication and update times. When no line gives the publication time, a line
 * of the head between the headline and the prose that opens or ends with a date beside other words (an author
 * the parser cannot read, the story's sections: {@code 13/06/2014 Jo Park News, Reviews}) gives it.
 */
final class HeadDates {
  /** The rule of a date line well below the article's run on a page. */
  static final String DATE_BELOW = "page:date-below-article";
  /** The rule of a date line above the article's head when the head prints a date. */
  static final String DATE_ABOVE = "page:date-above-article";

  // The article's foot: the lines under its run where its own date may stand.
  private static final int FOOT_LINES = 6;
  // The article's head: the lines over its run where its headline, byline and date stand.
  private static final int HEAD_LINES = 8;
  /** The rule of a date line that gives a time an earlier line filled already. */
  static final String REPEATED = "date:repeated";
  /** The rule of a line of the head that prints the date beside other words. */
  static final String IN_HEAD_LINE = "date:in-head-line";
  // A line of the head that gives a date beside other words is at most this long, and no sentence.
  private static final int MAX_HEAD_LINE = 120;

  /**
   * The value of a head line that gives the date beside other words.
   *
   * @param reading the date the line gives
   * @param rest the line without its date: boilerplate
   */
  record DatedLine(PublishedDates.Reading reading, String rest) {}

  private HeadDates() {}

  /**
   * Places the page's date lines against the article's run of lines {@code from} to {@code to}: a
   * {@link LineRole#PUBLISHED} line below the foot or, when the head prints a date, above the head, is
   * boilerplate; the head's date lines then fill the times again in order.
   */
  static void apply(LineMeasures shapes, LineRole[] roles, String[] rules, Object[] values, LineRole[] valueRole,
      int title, int from, int to) {
    int n = roles.length;
    int foot = foot(shapes, roles, rules, to);
    for (int i = foot + 1; i < n; i++) {
      if (roles[i] == LineRole.PUBLISHED) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = DATE_BELOW;
      }
    }
    int prose = from;
    while (prose <= to && roles[prose] != null) {
      prose++;
    }
    int head = Math.max(0, top(roles, from) - HEAD_LINES);
    boolean dated = false;
    for (int i = head; i < prose && !dated; i++) {
      dated = published(roles, rules, values, i);
    }
    // a head longer than HEAD_LINES reaches up to the printed headline when its usual lines print no date, or when
    // the date stands right under the headline or under the byline right under it (the lines below it may print
    // other stories' dates)
    int reach = head(roles, rules, title, from);
    boolean underHeadline = reach < head && (published(roles, rules, values, reach)
        || roles[reach] == LineRole.BYLINE && reach + 1 < head && published(roles, rules, values, reach + 1));
    boolean datedAbove = false;
    for (int i = reach; i < head && !datedAbove; i++) {
      datedAbove = published(roles, rules, values, i);
    }
    if (datedAbove && (!dated || underHeadline)) {
      dated = true;
      head = reach;
    }
    boolean above = false;
    for (int i = 0; i < head && dated; i++) {
      if (roles[i] == LineRole.PUBLISHED) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = DATE_ABOVE;
        above = true;
      }
    }
    if (!above) {
      return;
    }
    // the times again, in order, from the head's lines: the first of each fills it, a later one repeats it
    boolean[] filled = new boolean[2];
    for (int i = head; i <= foot; i++) {
      if (roles[i] == LineRole.BYLINE && values[i] instanceof Bylines.Reading b) {
        filled[0] |= b.date().isPresent();
      }
      boolean date = roles[i] == LineRole.PUBLISHED || roles[i] == LineRole.BOILERPLATE && REPEATED.equals(rules[i]);
      if (!date || !(values[i] instanceof PublishedDates.Reading reading) || valueRole[i] != roles[i]) {
        continue;
      }
      boolean repeated = reading.published().isPresent() && filled[0] || reading.updated().isPresent() && filled[1];
      roles[i] = repeated ? LineRole.BOILERPLATE : LineRole.PUBLISHED;
      rules[i] = repeated ? REPEATED : "date";
      valueRole[i] = roles[i];
      filled[0] |= !repeated && reading.published().isPresent();
      filled[1] |= !repeated && reading.updated().isPresent();
    }
  }

  /**
   * The last line of the foot of the article's run ending at {@code to}: at most {@value #FOOT_LINES} lines,
   * ending before the first link of the page's own under the article (a list's heading, 'Related articles'),
   * which the page extractor put outside the article; a line that rules know as chrome (a share button) may
   * stand between the last paragraph and the article's date or author line.
   */
  static int foot(LineMeasures shapes, LineRole[] roles, String[] rules, int to) {
    int foot = to;
    while (foot + 1 < roles.length && foot - to < FOOT_LINES
        && !(PageExtractor.OUTSIDE_RULE.equals(rules[foot + 1]) && shapes.linkLike(foot + 1))) {
      foot++;
    }
    return foot;
  }

  /**
   * When no line gives the publication time, the head's first line under the headline that opens or ends
   * with a date beside other words gives it; asked after the readers of author lines beside a date.
   */
  static void headLine(List<Line> lines, LineRole[] roles, String[] rules, Object[] values, LineRole[] valueRole,
      int title, int from, int to) {
    int prose = from;
    while (prose <= to && roles[prose] != null) {
      prose++;
    }
    int head = head(roles, rules, title, from);
    if (published(roles, rules, values, 0, roles.length)) {
      return;
    }
    for (int i = title >= head && title < prose ? title + 1 : head; i < prose; i++) {
      if (headLine(lines.get(i).text(), roles[i], rules[i], i, values, valueRole)) {
        roles[i] = LineRole.PUBLISHED;
        rules[i] = IN_HEAD_LINE;
        return;
      }
    }
  }

  // The article's head starts HEAD_LINES over its top, or right under the printed headline when that stands
  // farther above (a long head of byline, date, standfirst, share rail and lead picture): the headline opens it.
  private static int head(LineRole[] roles, String[] rules, int title, int from) {
    int head = Math.max(0, top(roles, from) - HEAD_LINES);
    return title >= 0 && title < head && Headlines.PRINTED.equals(rules[title]) ? title + 1 : head;
  }

  // The article's top: its first line {@code from}, or the lead picture's caption and credit right over it, which
  // stand between the head and the text.
  private static int top(LineRole[] roles, int from) {
    int top = from;
    while (top > 0 && (roles[top - 1] == LineRole.CAPTION || roles[top - 1] == LineRole.CAPTION_CREDIT)) {
      top--;
    }
    return top;
  }

  // whether some line of from to to gives a publication time
  private static boolean published(LineRole[] roles, String[] rules, Object[] values, int from, int to) {
    for (int i = from; i < to; i++) {
      if (roles[i] == LineRole.PUBLISHED && !(values[i] instanceof PublishedDates.Reading r && r.published().isEmpty())
          || roles[i] == LineRole.BYLINE && published(roles, rules, values, i)) {
        return true;
      }
    }
    return false;
  }

  // a line of the head the page gives no role of its own (or that it cut as outside the article or no prose)
  // that opens or ends with a date beside a few other words; its value becomes the date and the rest
  private static boolean headLine(String text, LineRole role, String rule, int i, Object[] values,
      LineRole[] valueRole) {
    if (role != null && !(role == LineRole.BOILERPLATE && rule.startsWith("page:")) || text.length() > MAX_HEAD_LINE
        || Text.endsSentence(text)) {
      return false;
    }
    BylineDates.Split split = BylineDates.around(text, true);
    Optional<PublishedDates.Reading> reading = split.date()
        .flatMap(d -> PublishedDates.parse(Bylines.SEPARATOR.matcher(d).replaceAll(" ")))
        .filter(r -> r.published().isPresent());
    if (reading.isEmpty() || split.names().isEmpty()) {
      return false;
    }
    values[i] = new DatedLine(reading.get(), split.names());
    valueRole[i] = LineRole.PUBLISHED;
    return true;
  }

  // whether the line gives a publication time: a date line (read first or as a repeat) or a byline's date
  private static boolean published(LineRole[] roles, String[] rules, Object[] values, int i) {
    if (roles[i] == LineRole.BYLINE) {
      return values[i] instanceof Bylines.Reading b && b.date().isPresent();
    }
    boolean date = roles[i] == LineRole.PUBLISHED || roles[i] == LineRole.BOILERPLATE && REPEATED.equals(rules[i]);
    return date && values[i] instanceof PublishedDates.Reading r && r.published().isPresent();
  }
}
