package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * A block of lines (set off by blank lines above and below) that the site prints as one piece of its own: every
 * line of it but one is chrome by its words (an advertisement's label, a newsletter's offer, a button), and
 * that one is a short line in which the site speaks to its reader outside any quotation ({@link
 * Notices#addressesReader}: an offer's verb first, or the reader or the site named). The short line goes with
 * the block: it is the advertisement's text under its label ('Advertisement' over 'Advertise with Harbour
 * Media.') or the offer's tagline over it ('Keep up with the coast.' over 'Subscribe to our newsletter'). A line
 * over a label that is no offer is not its: a label heads what follows it. A page sets its pieces apart by
 * blank lines, and an article's paragraph stands in a block of its own or among other paragraphs, so a line
 * glued to chrome alone is the chrome's. Asked last, of the lines no other reader claimed; not read in
 * canonical text. Linear in the lines.
 */
final class ChromeBlocks {
  /** The rule of a short line in a block of chrome. */
  static final String RULE = "chrome:in-block";
  /** The most words of the one line a block of chrome carries along. */
  static final int MAX_WORDS = 12;

  private ChromeBlocks() {}

  /**
   * Marks as boilerplate the one short unclaimed line of each block whose other lines are chrome by their
   * words ({@code worded}).
   */
  static void apply(List<Line> lines, LineRole[] roles, String[] rules, boolean[] worded) {
    int n = lines.size();
    int from = 0;
    while (from < n) {
      int to = from + 1; // the block is [from, to)
      while (to < n && !lines.get(to).afterBlank()) {
        to++;
      }
      if (to - from >= 2) {
        mark(lines, roles, rules, worded, from, to);
      }
      from = to;
    }
  }

  private static void mark(List<Line> lines, LineRole[] roles, String[] rules, boolean[] worded, int from, int to) {
    int unclaimed = -1;
    for (int i = from; i < to; i++) {
      if (roles[i] == null) {
        if (unclaimed >= 0) {
          return; // two lines of the article's, or of something else: no piece of chrome
        }
        unclaimed = i;
      } else if (roles[i] != LineRole.BOILERPLATE || !worded[i]) {
        return;
      }
    }
    if (unclaimed < 0) {
      return;
    }
    String text = lines.get(unclaimed).text();
    // under the chrome, any of it ('Advertisement' over its text); over it, only an offer ('Subscribe …'),
    // for a label heads what follows it
    boolean placed = unclaimed > from || NoticeBlocks.offers(lines.get(unclaimed + 1).text());
    if (placed && Text.words(text) <= MAX_WORDS && Notices.addressesReader(text)) {
      roles[unclaimed] = LineRole.BOILERPLATE;
      rules[unclaimed] = RULE;
    }
  }
}
