package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

/**
 * On a page, author lines well below the article's run are other stories' ('More from the site': a headline,
 * its "By" line, a date), when the article has an author line of its own in its head or right under its last
 * paragraph, as a date line well below the article is another story's ({@link HeadDates}). An article whose
 * only author line stands well below it keeps it. Linear in the lines.
 */
final class BylinesBelow {
  /** The rule of an author line well below the article's run on a page. */
  static final String RULE = "page:byline-below-article";

  private BylinesBelow() {}

  /** Makes boilerplate of the author lines below the foot ({@link HeadDates#foot}) of the run ending at {@code to}. */
  static void apply(LineMeasures shapes, LineRole[] roles, String[] rules, int to) {
    int foot = HeadDates.foot(shapes, roles, rules, to);
    boolean own = false;
    for (int i = 0; i <= foot && !own; i++) {
      own = roles[i] == LineRole.BYLINE;
    }
    for (int i = foot + 1; i < roles.length && own; i++) {
      if (roles[i] == LineRole.BYLINE) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = RULE;
      }
    }
  }
}
