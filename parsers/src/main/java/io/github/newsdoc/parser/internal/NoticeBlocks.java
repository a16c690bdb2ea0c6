package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;
import java.util.Locale;

/**
 * The lines a site prints right under its offer of a newsletter or a subscription: 'Sign up for Morning
 * Harbour' with its promise and its privacy notice under it, with no blank line between. The offer is a line
 * that the line rules read as chrome by its words (run before the page's layout is read: a rule set's line, a
 * button) and that offers ('Sign up …', 'Subscribe …') or names a newsletter; a line glued under it goes on with it when it names the site's
 * interface ({@link Notices#namesInterface}: 'inbox', 'newsletters', 'privacy') and is no wider than a notice
 * ({@value #MAX_WIDTH}); the first line that does not ends the block. Under other chrome ('Advertisement',
 * 'Breaking News') a line naming the site's email or website is the article's. Not read in canonical text.
 * Linear in the lines.
 */
final class NoticeBlocks {
  static final String RULE = "chrome:notice-block";
  private static final int MAX_WIDTH = 300;

  private NoticeBlocks() {}

  static void apply(List<Line> lines, LineRole[] roles, String[] rules) {
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      if (roles[i] != LineRole.BOILERPLATE || !offers(lines.get(i).text())) {
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

  // Whether a line offers a newsletter or a subscription: it opens with 'sign up' or 'subscribe', or names a
  // newsletter.
  static boolean offers(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.startsWith("sign up") || lower.startsWith("subscribe") || lower.contains("newsletter");
  }

  private static boolean goesOn(String text) {
    return LineMeasures.width(text) <= MAX_WIDTH && Notices.namesInterface(text);
  }
}
