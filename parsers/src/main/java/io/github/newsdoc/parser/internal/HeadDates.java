package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

/**
 * On a page, the article's date stands by the article: in its head (the few lines over its run of prose,
 * with the headline and the byline) or right under its last paragraph. A date line well below the run is
 * another story's (a list of related articles, a comment). A date line above the head, when the head prints
 * a date of its own, is the site's (today's date in the masthead, the times of a ticker of other stories):
 * the head's dates give the publication and update times.
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
  private static final String REPEATED = "date:repeated";

  private HeadDates() {}

  /**
   * Places the page's date lines against the article's run of lines {@code from} to {@code to}: a
   * {@link LineRole#PUBLISHED} line below the foot or, when the head prints a date, above the head, is
   * boilerplate; the head's date lines then fill the times again in order.
   */
  static void apply(LineRole[] roles, String[] rules, Object[] values, LineRole[] valueRole, int from, int to) {
    int n = roles.length;
    int foot = Math.min(n - 1, to + FOOT_LINES);
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
    int head = Math.max(0, from - HEAD_LINES);
    boolean dated = false;
    for (int i = head; i < prose && !dated; i++) {
      dated = published(roles, rules, values, i);
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

  // whether the line gives a publication time: a date line (read first or as a repeat) or a byline's date
  private static boolean published(LineRole[] roles, String[] rules, Object[] values, int i) {
    if (roles[i] == LineRole.BYLINE) {
      return values[i] instanceof Bylines.Reading b && b.date().isPresent();
    }
    boolean date = roles[i] == LineRole.PUBLISHED || roles[i] == LineRole.BOILERPLATE && REPEATED.equals(rules[i]);
    return date && values[i] instanceof PublishedDates.Reading r && r.published().isPresent();
  }
}
