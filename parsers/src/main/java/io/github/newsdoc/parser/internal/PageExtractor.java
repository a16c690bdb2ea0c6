package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the article in the text of a whole web page — menus, link lists, share buttons and footers around
 * it — from shallow features of lines, as boilerpipe and jusText do with HTML blocks: length, sentence
 * shape, link-list shape, repetition, and the densest run of prose.
 *
 * <p>A text is a page when many of its unclaimed lines are short and not sentences. Each line then gets a
 * value: prose (long, or a sentence of some length) counts its width, link-like lines (short, no sentence
 * end, no digit: ranks and scores are data) count against, chrome claimed by rules counts against, short
 * sentences count half, the lines of a sentence broken at commas count as prose ({@link WrappedSentences}),
 * other lines nothing; a paragraph-length text the page prints more than once is a template (a cookie
 * notice, a teaser in two lists), chrome; prose lines that stand apart one after another,
 * each between a few short lines, are a list of teasers and count nothing; lists of other articles' headlines
 * count against ({@link HeadlineLists}). The article is the run of lines with the
 * greatest total (a maximum-sum run, linear); a gap of three or more blank lines ends a run, as page
 * sections do. Unclaimed lines outside the run, and lines inside it that count nothing or against (but
 * the rows of a table ({@link TableRows}), the subheadings and list items that stand between two lines of prose
 * with no link or chrome among them, the subheadings beside one line of inline chrome, {@link Subheadings}, and
 * the headlines of a live page's entries, {@link LiveEntries}),
 * are boilerplate, and so is a line that calls the reader to click ({@link Notices#callsToClick}) anywhere;
 * so the article's lines all count, and the canonical text of the article, its boilerplate
 * after a gap, reads back the same. Clean articles are not pages and are left alone (but the pull quotes of a
 * scraped article that keeps its page's head and some chrome, {@link PullQuotes}); so are texts whose chrome
 * is labelled already (the canonical writer's). A page where no run is as long as an article has no article:
 * its unclaimed lines are all boilerplate ({@value #NO_ARTICLE}), and the parse reports a problem.
 */
final class PageExtractor {
  /** Blank lines that end a run: the gap the canonical writer leaves before the boilerplate. */
  static final int SECTION_GAP = 3;
  /** The rule of every unclaimed line of a page with no article. */
  static final String NO_ARTICLE = "page:no-article";
  /** The rule of a page's lines around the article it holds. */
  static final String OUTSIDE_RULE = "page:outside-article";
  /** The rules of a line in the article's run claimed by its shape alone: link-like, or no prose. */
  static final String LINK_LIKE_RULE = "page:link-like";
  static final String NOT_PROSE_RULE = "page:not-prose";

  // A page has at least this many unclaimed lines, this many of them link-like, and link-like lines make
  // at least LINK_SHARE tenths of them. (No clean article of the corpora has even a quarter of its lines
  // link-like with that many lines; pages around a long article, or with long teaser titles, have barely a
  // third.)
  private static final int MIN_LINES = 40;
  private static final int MIN_LINKS = 25;
  private static final int LINK_SHARE = 3;
  // A short page: this many unclaimed lines, this many link-like, and this many lines of known chrome.
  private static final int MIN_SHORT_LINES = 20;
  private static final int MIN_SHORT_LINKS = 10;
  private static final int MIN_SHORT_CHROME = 3;
  // What a link-like line and a line of chrome count against a run, in characters of prose.
  private static final int LINK_PENALTY = 60;
  private static final int CHROME_PENALTY = 40;
  // A text at least this wide, printed twice on the page, is a template rather than a paragraph.
  private static final int TEMPLATE_WIDTH = 200;
  // A list of teasers: this many prose lines in a row, each with this many other lines above and below it.
  private static final int TEASER_SERIES = 3;
  private static final int TEASER_GAP = 3;
  private static final int MIN_ARTICLE = 200;
  private static final int MAX_ANCHORS = 3;
  // A notice of the site in the article's head is narrower than this.
  private static final int NOTICE_WIDTH = 200;

  private PageExtractor() {}

  /**
   * Marks the page's lines around its article and returns the article's run of lines and the title's line
   * ({@code {from, to, title}}: the headline printed above the article when the title line carried a site's
   * name after it), or null when the text is no page or the page has no article.
   */
  static int[] apply(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules, int title) {
    int n = lines.size();
    int candidates = 0;
    int linkLike = 0;
    int chrome = 0;
    for (int i = 0; i < n; i++) {
      if (CanonicalLines.BOILERPLATE_RULE.equals(rules[i])) {
        return null; // the canonical writer's text: its chrome is labelled already, and the rest is the article
      }
      if (roles[i] == null) {
        candidates++;
        if (shapes.linkLike(i)) {
          linkLike++;
          // a button or link that names the site's interface ('Read 142 Comments', 'Newsletters') is its chrome
          chrome += Notices.namesInterface(shapes.text(i)) ? 1 : 0;
        }
      } else if (roles[i] == LineRole.BOILERPLATE && !rules[i].startsWith("repeat:")
          && !AuthorBios.BIO_RULE.equals(rules[i])) {
        // chrome another rule found by its words counts as the page's chrome too: how many lines other
        // rules claim must not decide whether a text is a page
        candidates++;
        linkLike++;
        chrome++;
      }
    }
    if (!isPage(candidates, linkLike, chrome)) {
      // not a page: a clean article keeps every paragraph, but the site's notices above its chrome are its
      ArticleFoot.noticesAboveChrome(lines, shapes, roles, rules);
      if (chrome > 0) {
        PullQuotes.inScrapedArticle(lines, roles, rules);
      }
      return null;
    }
    boolean[] teaser = new boolean[n];
    boolean[] listed = HeadlineLists.find(lines, roles);
    long[] values = values(lines, shapes, roles, title, teaser);
    HeadlineLists.countAgainst(listed, values, title, -LINK_PENALTY);
    for (int i = 0; i < n; i++) {
      if (AuthorBios.BIO_RULE.equals(rules[i])) {
        // an author's bio is the article's foot: it counts as the prose it is, not as the site's chrome
        values[i] = value(shapes, i, null, false);
      }
    }
    // Sections end at gaps of blank lines. When the section after the title holds an article, the article
    // is there (the canonical writer leaves such a gap before the boilerplate); otherwise anywhere.
    int firstEnd = title + 1;
    while (firstEnd < n && (firstEnd == title + 1 || !gapBefore(lines, firstEnd))) {
      firstEnd++;
    }
    int[] run = bestRun(lines, values, title + 1, firstEnd);
    if (run[2] < MIN_ARTICLE) {
      run = bestRun(lines, values, 0, n);
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
    int printed = -1;
    for (int i = sectionStart; i < sectionEnd && tried < MAX_ANCHORS; i++) {
      if (i == title || roles[i] == LineRole.PARAGRAPH || !repeatsHeadline(lines.get(i).text(), titleText)) {
        continue;
      }
      if (title >= 0 && title < run[0] && run[0] < i && claimedBetween(roles, title, run[0])
          && prose(values, run[0], i) >= MIN_ARTICLE) {
        // the run starts right under the headline's head (its byline, date: lines other rules claimed) and holds
        // an article's prose before this line: the headline printed again stands inside the article (a
        // gallery's captions, a share box), not above it
        continue;
      }
      tried++;
      int[] after = bestRun(lines, values, i + 1, sectionEnd);
      if (after[2] >= MIN_ARTICLE) {
        run = after;
        if (roles[i] == null && title >= 0 && roles[title] == LineRole.TITLE
            && lines.get(i).text().equals(Titles.beforeLastSeparator(titleText))
            && Titles.split(titleText).suffix().isEmpty()) {
          // the headline printed above the article, without the site's name no list knows that the title line
          // carries after it ("Headline – Site"): it is the title, and the title line the page's
          roles[title] = LineRole.BOILERPLATE;
          rules[title] = "page:browser-title";
          roles[i] = LineRole.TITLE;
          rules[i] = "title:printed-headline";
          printed = i;
        } else if (roles[i] == null) {
          roles[i] = LineRole.BOILERPLATE;
          rules[i] = "page:headline-again";
        }
        break;
      }
    }
    boolean[] row = TableRows.find(shapes, roles, values);
    boolean[] between = Subheadings.betweenProse(shapes, roles, values, teaser, -LINK_PENALTY);
    Subheadings.besideChrome(lines, shapes, roles, values, row, between, -LINK_PENALTY);
    boolean[] entries = LiveEntries.mark(shapes, roles, values, between);
    AnnouncedLists.mark(shapes, roles, values, teaser, between);
    ArticleLabels.mark(shapes, roles, values, teaser, between);
    boolean[] often = Subheadings.printedOften(shapes, roles);
    int bestFrom = run[0];
    int bestTo = run[1];
    if (run[2] < MIN_ARTICLE) {
      // no run of the page is as long as an article: a page with no article (a list of links, a gallery, a
      // form) gives no paragraphs rather than a wrong article; its lines are the page's
      for (int i = 0; i < n; i++) {
        if (roles[i] == null) {
          roles[i] = LineRole.BOILERPLATE;
          rules[i] = NO_ARTICLE;
        }
      }
      return null;
    }
    // The site's notices at the run's ends (a comment form's consent lines, a copyright notice, a newsletter
    // offer) read as prose but are the page's: the article ends at its last line of prose that is no notice.
    bestTo = ArticleFoot.trimmed(lines, roles, values, bestTo, bestFrom, -1);
    bestFrom = LiveEntries.opening(entries, ArticleFoot.trimmed(lines, roles, values, bestFrom, bestTo, 1));
    bestTo = AnnouncedLists.numberedAfter(shapes, roles, bestTo, between);
    if (ArticleFoot.signed(lines, roles, bestTo) > bestTo) {
      between[++bestTo] = true; // an embedded post's signature under its text: the article's, as the post is
    }
    int body = bestFrom; // the article's first full paragraph
    while (body < bestTo && (roles[body] != null || shapes.width(body) < TEMPLATE_WIDTH || !shapes.prose(body))) {
      body++;
    }
    for (int i = 0; i < n; i++) {
      if (roles[i] != null) {
        continue;
      }
      if (i < bestFrom || i > bestTo) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = OUTSIDE_RULE;
      } else if (entries[i] && !often[i]) {
        roles[i] = LineRole.PARAGRAPH; // read on its own evidence: the line model does not overrule it
        rules[i] = LiveEntries.RULE;
      } else if (i < body && i > 0 && roles[i - 1] != null && shapes.width(i) < NOTICE_WIDTH
          && Notices.isNotice(shapes.text(i))) {
        // the site speaking to the reader about its interface in the article's head, above its first paragraph
        // and under the page's furniture (a date, a share rail); in the body, a writer may speak to the reader
        // of the article, the site, e-mail and cookies
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = "page:notice";
      } else if (Notices.callsToClick(shapes.text(i))) {
        roles[i] = LineRole.BOILERPLATE; // a link of the site, anywhere in the article: 'Click here for more'
        rules[i] = "page:click-here";
      } else if (often[i] || values[i] <= 0 && !row[i] && !between[i]) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = listed[i] ? HeadlineLists.RULE : shapes.linkLike(i) ? LINK_LIKE_RULE : teaser[i] ? "page:teaser"
            : often[i] ? Subheadings.OFTEN_RULE
            : shapes.width(i) >= TEMPLATE_WIDTH ? "page:repeated" : NOT_PROSE_RULE;
      }
    }
    PullQuotes.apply(lines, roles, rules, bestFrom, bestTo);
    PitchBlocks.apply(lines, roles, rules, bestFrom, bestTo);
    Restatements.apply(lines, roles, rules, bestFrom, bestTo);
    HeadCaptions.outsideArticle(lines, roles, rules, printed < 0 ? title : printed, bestTo);
    return new int[] {bestFrom, bestTo, printed < 0 ? title : printed};
  }

  // A page: many unclaimed lines, many of them link-like; or, for a short page, fewer such lines of which
  // the rules already know a few as chrome by their words ('Share', 'Read more', a cookie notice), or which
  // name the site's interface ('View all comments', 'Newsletters'). A clean
  // article with a list (fixtures, results, a table of contents) has the link-like lines but no chrome.
  static boolean isPage(int candidates, int linkLike, int chrome) {
    if (linkLike * 10 < candidates * LINK_SHARE) {
      return false;
    }
    return candidates >= MIN_LINES && linkLike >= MIN_LINKS
        || candidates >= MIN_SHORT_LINES && linkLike >= MIN_SHORT_LINKS && chrome >= MIN_SHORT_CHROME;
  }

  // Every line's value. Repetition: the page's templates (a cookie notice shown twice, a teaser in the
  // 'latest' and the 'most read' lists) look like prose but are not the article; a paragraph-length text
  // that the page prints more than once counts as chrome, wherever it stands. Short repeated lines (a
  // question asked of each guest, a line quoted twice) stay: only long ones are templates.
  private static long[] values(List<Line> lines, LineMeasures shapes, LineRole[] roles, int title, boolean[] teaser) {
    int n = lines.size();
    long[] values = new long[n];
    Map<String, Integer> printed = new HashMap<>();
    for (int i = 0; i < n; i++) {
      values[i] = value(shapes, i, roles[i], i == title);
      if (roles[i] == null && shapes.width(i) >= TEMPLATE_WIDTH) {
        printed.merge(lines.get(i).text(), 1, Integer::sum);
      }
    }
    WrappedSentences.count(lines, shapes, roles, values);
    for (int i = 0; i < n; i++) {
      if (roles[i] == null && values[i] > 0 && printed.getOrDefault(lines.get(i).text(), 0) > 1) {
        values[i] = -CHROME_PENALTY;
      }
    }
    teasers(shapes, roles, values, teaser);
    return values;
  }

  // Teaser lists: 'more from the site' boxes print a kicker, a headline, a byline or a date, then a sentence
  // or two of each story. Their prose lines stand apart, each with a few non-prose lines above and below it,
  // one after another; an article's paragraphs follow one another, with at most an image, a caption or a
  // 'Read more' link between two of them. A series of at least TEASER_SERIES prose lines, each with at least
  // TEASER_GAP non-prose lines above and below it, is a list of teasers: its lines count nothing, so that the
  // article's run does not reach into it. (A single line set apart, such as the first paragraph under the
  // byline and the date, is not a series.)
  private static void teasers(LineMeasures shapes, LineRole[] roles, long[] values, boolean[] teaser) {
    int n = values.length;
    int[] prose = new int[n]; // the prose lines, in order
    int[] above = new int[n]; // how many other lines stand between each and the prose line before it
    int m = 0;
    int gap = TEASER_GAP;
    for (int i = 0; i < n; i++) {
      if (roles[i] == null && values[i] > 0 && shapes.prose(i)) {
        prose[m] = i;
        above[m++] = gap;
        gap = 0;
      } else {
        gap++;
      }
    }
    int seriesStart = 0;
    for (int k = 0; k <= m; k++) {
      int below = k + 1 < m ? above[k + 1] : gap;
      if (k == m || above[k] < TEASER_GAP || below < TEASER_GAP) {
        if (k - seriesStart >= TEASER_SERIES) {
          for (int j = seriesStart; j < k; j++) {
            values[prose[j]] = 0;
            teaser[prose[j]] = true;
          }
        }
        seriesStart = k + 1;
      }
    }
  }

  // The run of lines with the greatest total value among [from, to), reset at gaps:
  // {first line, last line, total, to}.
  private static int[] bestRun(List<Line> lines, long[] values, int from, int to) {
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
      sum += values[i];
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
    return i > 0 && lines.get(i - 1).gapTo(lines.get(i)) > SECTION_GAP;
  }

  private static int sectionEnd(List<Line> lines, int i) {
    int end = i + 1;
    while (end < lines.size() && !gapBefore(lines, end)) {
      end++;
    }
    return end;
  }

  // The whole headline again: "Michigan Officials: 6th Fatality Reported" below "Michigan Officials: 6th
  // Fatality Reported – CBS". What the title has after it must be a site suffix behind a separator: "Spiced
  // Honey Pear Jam" under "Spiced Honey Pear Jam Recipe | Site" is the recipe card below the article, not
  // the headline above it.
  // Whether every line strictly between from and to is claimed by a rule.
  private static boolean claimedBetween(LineRole[] roles, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (roles[i] == null) {
        return false;
      }
    }
    return true;
  }

  // The prose of lines from..to-1: the sum of their positive values.
  private static long prose(long[] values, int from, int to) {
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += Math.max(0, values[i]);
    }
    return sum;
  }

  static boolean repeatsHeadline(String line, String title) {
    if (line.length() < 20 || Text.words(line) < 4 || !title.startsWith(line)) {
      return false;
    }
    String rest = title.substring(line.length()).strip();
    return rest.isEmpty() || !Character.isLetterOrDigit(rest.codePointAt(0));
  }

  private static long value(LineMeasures shapes, int i, LineRole role, boolean title) {
    if (title) {
      return 0;
    }
    if (role == LineRole.BOILERPLATE) {
      return -CHROME_PENALTY;
    }
    if (role != null) {
      return 0;
    }
    if (shapes.linkLike(i)) {
      return -LINK_PENALTY;
    }
    int width = shapes.width(i);
    if (shapes.prose(i)) {
      return width;
    }
    if (width >= 20 && LineMeasures.endsSentence(shapes.text(i))) {
      return width / 2; // a short paragraph or a one-line quote
    }
    return 0;
  }
}
