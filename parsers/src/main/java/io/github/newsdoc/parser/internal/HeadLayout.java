package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * The layout around a page's headline, as {@link Headlines} reads it: where the prose core starts, menus and lists
 * of headlines (runs of link-like or headline-shaped lines), section labels over a headline, and whether the
 * article stands below a line. Each reader is linear in the lines it reads.
 */
final class HeadLayout {
  // What a link-like line and a line already read as chrome count against the prose core, in characters.
  private static final int LINK_PENALTY = 60;
  private static final int CHROME_PENALTY = 40;
  // The prose above a headline is less than this share of the prose below it.
  private static final int PROSE_SHARE = 4;
  // A list of headlines: this many headline-shaped lines one right under the other.
  private static final int LIST_RUN = 3;
  // A menu: this many link-like lines in a row.
  static final int MENU_RUN = 3;

  private HeadLayout() {}

  // Whether line i starts its block (a blank or a claimed line over it) or has a section's label right over
  // it, the kicker over a headline: no entry of a menu glued over it.
  static boolean startsBlock(List<Line> lines, LineRole[] roles, int i) {
    return i == 0 || lines.get(i).afterBlank() || roles[i - 1] != null || sectionLabel(lines.get(i - 1).text());
  }

  // A section's label as a kicker prints it over the headline ('Politics', 'World News', 'ESTADOS'): one to three
  // words, each opening with a capital, naming nothing of the site's interface ('Listen'), and no person's name
  // (an author printed without "By" over a standfirst); or a breadcrumb, such labels set apart by a path's
  // separators ('News › Jumps', 'Home / News / Regions').
  static boolean sectionLabel(String text) {
    return breadcrumb(text) || label(text);
  }

  // Whether a line is a breadcrumb: two to MAX_CRUMBS section labels set apart by a path's separators.
  static boolean breadcrumb(String text) {
    String[] parts = BREADCRUMB.split(text, MAX_CRUMBS + 1);
    if (parts.length < 2 || parts.length > MAX_CRUMBS) {
      return false;
    }
    for (String part : parts) {
      if (!label(part)) {
        return false;
      }
    }
    return true;
  }

  // A breadcrumb's separator, spaced: a slash, an angle or a guillemet, a bar.
  private static final java.util.regex.Pattern BREADCRUMB = java.util.regex.Pattern.compile(" [/›>»|] ");
  // The most labels of a breadcrumb.
  private static final int MAX_CRUMBS = 5;

  private static boolean label(String text) {
    int words = Text.words(text);
    if (words > 3 || Notices.namesInterface(text) || BylineNames.knownFirstName(text)) {
      return false;
    }
    for (String w : text.split(" ")) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  // Whether line i stands in a list of other articles' headlines: at least LIST_RUN headline-shaped lines
  // ({@link HeadlineLists#isHeadline}) printed one right under the other, unclaimed. (Two may be a headline and
  // its standfirst.) Reads at most LIST_RUN lines each way.
  static boolean inHeadlineList(List<Line> lines, LineRole[] roles, int i) {
    if (!HeadlineLists.isHeadline(lines.get(i).text())) {
      return false;
    }
    int run = 1;
    for (int k = i; run < LIST_RUN && k > 0 && !lines.get(k).afterBlank() && roles[k - 1] == null
        && HeadlineLists.isHeadline(lines.get(k - 1).text()); k--) {
      run++;
    }
    for (int k = i + 1; run < LIST_RUN && k < lines.size() && !lines.get(k).afterBlank() && roles[k] == null
        && HeadlineLists.isHeadline(lines.get(k).text()); k++) {
      run++;
    }
    return run >= LIST_RUN;
  }

  // Whether the article is below a line rather than above it: the prose between the opening line and it (a
  // cookie notice, a teaser) is a small part of the prose after it. A subheading in an article's body has
  // the article's first paragraphs above it.
  static boolean articleBelow(LineMeasures shapes, LineRole[] roles, int first, int line) {
    long above = 0;
    long below = 0;
    for (int i = first + 1; i < roles.length; i++) {
      if (roles[i] == null && i != line && shapes.prose(i)) {
        if (i < line) {
          above += shapes.width(i);
        } else {
          below += shapes.width(i);
        }
      }
    }
    return above * PROSE_SHARE < below;
  }

  // Whether a run of MENU_RUN menu entries is printed right under a line, no blank line among them: link-like
  // lines that are section labels or name the site's interface ('Watch Live', 'Weather'; not the key points
  // a headline may print under it, 'Pier shuts in January').
  static boolean headsMenu(List<Line> lines, LineMeasures shapes, LineRole[] roles, int line) {
    int end = line + MENU_RUN;
    if (end >= roles.length) {
      return false;
    }
    for (int i = line + 1; i <= end; i++) {
      String text = lines.get(i).text();
      if (roles[i] != null || !shapes.linkLike(i) || lines.get(i).afterBlank()
          || !sectionLabel(text) && !Notices.namesInterface(text)) {
        return false;
      }
    }
    return true;
  }

  // Whether a breadcrumb stands between the line found and the anchor: unclaimed link-like lines in a block of
  // their own, a blank line over its first, not glued under the line found (a headline's tags).
  static boolean breadcrumbBetween(List<Line> lines, LineMeasures shapes, LineRole[] roles, int found, int anchor) {
    for (int i = found + 1; i < anchor; i++) {
      if (roles[i] == null && shapes.linkLike(i)) {
        return lines.get(i).afterBlank();
      }
    }
    return false;
  }

  // Whether an unclaimed headline-shaped line stands between two lines.
  static boolean headlineBetween(List<Line> lines, LineMeasures shapes, LineRole[] roles, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (roles[i] == null && Headlines.isHeadline(lines.get(i).text(), shapes.width(i), shapes.linkLike(i))) {
        return true;
      }
    }
    return false;
  }

  // Whether a run of link-like lines stands between two lines: the page's menu.
  static boolean menuBetween(LineMeasures shapes, LineRole[] roles, int from, int to) {
    int links = 0;
    for (int i = from + 1; i < to; i++) {
      if (roles[i] == null && shapes.linkLike(i)) {
        if (++links >= MENU_RUN) {
          return true;
        }
      } else if (roles[i] == null) {
        links = 0;
      }
    }
    return false;
  }

  // Where the article's prose core starts: the first line of the run from `from` on with the most prose in
  // it, reset where the run would go below nothing; -1 when the text has no prose line.
  static int coreStart(LineMeasures shapes, LineRole[] roles, int from) {
    long best = 0;
    int bestFrom = -1;
    long sum = 0;
    int start = from;
    for (int i = from; i < roles.length; i++) {
      long value = value(shapes, i, roles[i]);
      if (sum == 0 && value > 0) {
        start = i;
      }
      sum += value;
      if (sum > best) {
        best = sum;
        bestFrom = start;
      }
      if (sum <= 0) {
        sum = 0;
      }
    }
    return bestFrom;
  }

  private static long value(LineMeasures shapes, int i, LineRole role) {
    if (role == LineRole.BOILERPLATE) {
      return -CHROME_PENALTY;
    }
    if (role != null) {
      return 0;
    }
    if (shapes.prose(i)) {
      return shapes.width(i);
    }
    return shapes.linkLike(i) ? -LINK_PENALTY : 0;
  }
}
