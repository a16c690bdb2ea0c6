package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * Blocks of link-like lines: menus, share rails ({@code Share}, {@code Facebook}, {@code X}, {@code Email}),
 * comment counters and link lists, which a page prints line under line with no blank line between them.
 *
 * <p>A block is a run of lines with no blank line between them. A block of at least {@value #MIN_LINES}
 * lines with no prose in it, at least two thirds of whose lines are link-like or already chrome, is the
 * page's when it stands above the text's first line of prose (menus, the share rail under a byline; a text
 * with no prose has nothing to stand above) or holds
 * a line of chrome already ({@code Share}, {@code Print}); its lines are then boilerplate. Further down, a
 * block of short lines without chrome may be a list of the article's own (names, steps, code, the teams of
 * a tournament at the end of a report) and stays, even where it looks like a list of related stories.
 * Linear in the lines.
 */
final class LinkBlocks {
  static final int MIN_LINES = 3;
  static final String RULE = "chrome:link-block";

  private LinkBlocks() {}

  static void apply(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules) {
    int n = lines.size();
    int firstProse = n;
    for (int i = 0; i < n; i++) {
      if (roles[i] == null && shapes.prose(i)) {
        firstProse = i;
        break;
      }
    }
    int from = 0;
    while (from < n) {
      int to = from + 1;
      while (to < n && !lines.get(to).afterBlank()) {
        to++;
      }
      if (to - from >= MIN_LINES && isChrome(shapes, roles, rules, from, to, to <= firstProse && firstProse < n)) {
        for (int i = from; i < to; i++) {
          if (roles[i] == null) {
            roles[i] = LineRole.BOILERPLATE;
            rules[i] = RULE;
          }
        }
      }
      from = to;
    }
  }

  private static boolean isChrome(LineMeasures shapes, LineRole[] roles, String[] rules, int from, int to,
      boolean above) {
    int links = 0;
    int chrome = 0;
    int open = 0;
    for (int i = from; i < to; i++) {
      if (roles[i] == LineRole.BOILERPLATE) {
        // chrome by its words or place, not a line printed twice (code, a list's repeated item)
        chrome += rules[i].startsWith(RepeatedLines.RULE_PREFIX) ? 0 : 1;
      } else if (roles[i] == null) {
        if (shapes.prose(i)) {
          return false;
        }
        open++;
        if (shapes.linkLike(i)) {
          links++;
        }
      }
    }
    if (open == 0) {
      return false;
    }
    int size = to - from;
    return links > 0 && (above || chrome > 0) && 3 * (links + chrome) >= 2 * size;
  }
}
