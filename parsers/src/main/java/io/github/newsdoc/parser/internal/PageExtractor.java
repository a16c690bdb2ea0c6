package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * Finds the article in the text of a whole web page — menus, link lists, share buttons and footers around
 * it — from shallow features of lines, as boilerpipe and jusText do with HTML blocks: length, sentence
 * shape, link-list shape, and the densest run of prose.
 *
 * <p>A text is a page when many of its unclaimed lines are short and not sentences. Each line then gets a
 * value: prose (long, or a sentence of some length) counts its characters, link-like lines (short, no
 * sentence end, no digit: ranks and scores are data) count against, chrome claimed by rules counts against,
 * short sentences count half, other lines nothing. The
 * article is the run of lines with the greatest total (a maximum-sum run, linear); a gap of three or more
 * blank lines ends a run, as page sections do. Unclaimed lines outside the run, and lines inside it that
 * count nothing or against, are boilerplate; so the article's lines all count, and the canonical text of
 * the article, its boilerplate after a gap, reads back the same. Clean articles are not pages and are left alone.
 */
final class PageExtractor {
  /** Blank lines that end a run: the gap the canonical writer leaves before the boilerplate. */
  static final int SECTION_GAP = 3;

  // A page has at least this many unclaimed lines, this many of them link-like, and link-like lines make
  // at least LINK_SHARE tenths of them.
  private static final int MIN_LINES = 40;
  private static final int MIN_LINKS = 25;
  private static final int LINK_SHARE = 4;
  // What a link-like line and a line of chrome count against a run, in characters of prose.
  private static final int LINK_PENALTY = 60;
  private static final int CHROME_PENALTY = 40;

  private PageExtractor() {}

  static void apply(List<Line> lines, LineRole[] roles, String[] rules, int title) {
    int n = lines.size();
    int candidates = 0;
    int linkLike = 0;
    for (int i = 0; i < n; i++) {
      if (roles[i] == null) {
        candidates++;
        if (isLinkLike(lines.get(i).text())) {
          linkLike++;
        }
      }
    }
    if (candidates < MIN_LINES || linkLike < MIN_LINKS || linkLike * 10 < candidates * LINK_SHARE) {
      return; // not a page: a clean article keeps every paragraph
    }
    // Sections end at gaps of blank lines. When the section after the title holds an article, the article
    // is there (the canonical writer leaves such a gap before the boilerplate); otherwise anywhere.
    int firstEnd = title + 1;
    while (firstEnd < n && (firstEnd == title + 1 || !gapBefore(lines, firstEnd))) {
      firstEnd++;
    }
    int[] run = bestRun(lines, roles, title, title + 1, firstEnd);
    if (run[2] < MIN_ARTICLE) {
      run = bestRun(lines, roles, title, 0, n);
    }
    // Closeness to the headline: when the page prints the headline again in the run's section, the article
    // starts after the last such line.
    String titleText = title < 0 ? "" : lines.get(title).text();
    int sectionStart = run[0] < 0 ? 0 : run[0];
    while (sectionStart > 0 && !gapBefore(lines, sectionStart)) {
      sectionStart--;
    }
    int sectionEnd = sectionEnd(lines, Math.max(run[1], sectionStart));
    // The first repeats are the ones above the article; later ones sit in share boxes and link lists. A few
    // are tried, in order, so that the work stays linear.
    int tried = 0;
    for (int i = sectionStart; i < sectionEnd && tried < MAX_ANCHORS; i++) {
      if (i == title || roles[i] == LineRole.PARAGRAPH || !repeatsHeadline(lines.get(i).text(), titleText)) {
        continue;
      }
      tried++;
      int[] after = bestRun(lines, roles, title, i + 1, sectionEnd);
      if (after[2] >= MIN_ARTICLE) {
        run = after;
        if (roles[i] == null) {
          roles[i] = LineRole.BOILERPLATE;
          rules[i] = "page:headline-again";
        }
        break;
      }
    }
    int bestFrom = run[0];
    int bestTo = run[1];
    if (run[2] <= 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (roles[i] != null) {
        continue;
      }
      if (i < bestFrom || i > bestTo) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = "page:outside-article";
      } else if (value(lines.get(i).text(), null, false) <= 0) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = isLinkLike(lines.get(i).text()) ? "page:link-like" : "page:not-prose";
      }
    }
  }

  private static final int MIN_ARTICLE = 200;
  private static final int MAX_ANCHORS = 3;

  // The run of lines with the greatest total value among [from, to), reset at gaps:
  // {first line, last line, total, to}.
  private static int[] bestRun(List<Line> lines, LineRole[] roles, int title, int from, int to) {
    long best = 0;
    int bestFrom = -1;
    int bestTo = -2;
    long sum = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      if (i > from && gapBefore(lines, i)) {
        sum = 0;
        start = i;
      }
      sum += value(lines.get(i).text(), roles[i], i == title);
      if (sum > best) {
        best = sum;
        bestFrom = start;
        bestTo = i;
      }
      if (sum < 0) {
        sum = 0;
        start = i + 1;
      }
    }
    return new int[] {bestFrom, bestTo, (int) Math.min(Integer.MAX_VALUE, best), to};
  }

  private static boolean gapBefore(List<Line> lines, int i) {
    return i > 0 && lines.get(i).number() - lines.get(i - 1).number() > SECTION_GAP;
  }

  private static int sectionEnd(List<Line> lines, int i) {
    int end = i + 1;
    while (end < lines.size() && !gapBefore(lines, end)) {
      end++;
    }
    return end;
  }

  // "Michigan Officials: 6th Fatality Reported" again, below "Michigan Officials: 6th Fatality Reported – CBS".
  private static boolean repeatsHeadline(String line, String title) {
    return line.length() >= 20 && Text.words(line) >= 4 && title.startsWith(line);
  }

  private static long value(String text, LineRole role, boolean title) {
    if (title) {
      return 0;
    }
    if (role == LineRole.BOILERPLATE) {
      return -CHROME_PENALTY;
    }
    if (role != null) {
      return 0;
    }
    if (isLinkLike(text)) {
      return -LINK_PENALTY;
    }
    if (isProse(text)) {
      return text.length();
    }
    if (text.length() >= 20 && endsSentence(text)) {
      return text.length() / 2; // a short paragraph or a one-line quote
    }
    return 0;
  }

  // Prose: a long line, or a sentence of some length.
  static boolean isProse(String text) {
    return text.length() >= 200 || text.length() >= 60 && endsSentence(text);
  }

  // A menu item, a link, a button: short and not a sentence.
  static boolean isLinkLike(String text) {
    if (text.length() >= 50 || endsSentence(text) || Text.words(text) > 6) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return false; // ranks, scores, results, figures: data, not a menu
      }
    }
    return true;
  }

  private static boolean endsSentence(String text) {
    if (Text.endsSentence(text)) {
      return true;
    }
    char last = text.charAt(text.length() - 1);
    return last == '。' || last == '！' || last == '？' || last == ':' || last == '"' || last == '”';
  }
}
