package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * The lines a site prints right under one of its own: a newsletter's offer ('Sign up for Morning Harbour')
 * with its promise and its privacy notice under it, with no blank line between. A line glued under a line of
 * chrome that a rule read by its words (a standard rule, a button) goes on with it when it names the site's
 * interface ({@link Notices#namesInterface}: 'inbox', 'newsletters', 'privacy') and is no wider than a notice
 * ({@value #MAX_WIDTH}); the first line that does not ends the block. Not read in canonical text. Linear in
 * the lines.
 */
final class NoticeBlocks {
  static final String RULE = "chrome:notice-block";
  private static final int MAX_WIDTH = 300;

  private NoticeBlocks() {}

  static void apply(List<Line> lines, LineRole[] roles, String[] rules) {
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      if (roles[i] != LineRole.BOILERPLATE || !opens(rules[i])) {
        continue;
      }
      int k = i + 1;
      while (k < n && roles[k] == null && !lines.get(k).afterBlank() && goesOn(lines.get(k).text())) {
        roles[k] = LineRole.BOILERPLATE;
        rules[k] = RULE;
        k++;
      }
      i = k - 1;
    }
  }

  // Whether a line of chrome was read by its own words, so that what is glued under it may be its: a rule of
  // the standard set or of the user's, or a button.
  private static boolean opens(String rule) {
    return rule.startsWith("standard/") || rule.startsWith("user/") || rule.equals(ButtonLines.RULE);
  }

  private static boolean goesOn(String text) {
    return LineMeasures.width(text) <= MAX_WIDTH && Notices.namesInterface(text);
  }
}
