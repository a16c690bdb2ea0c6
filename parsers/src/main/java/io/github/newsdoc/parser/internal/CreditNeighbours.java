package io.github.newsdoc.parser.internal;

import com.google.common.base.CharMatcher;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * Pairs a photo credit line with its caption where the stack rule (a caption with its credit line right under
 * it) does not reach: a credit printed over its caption ({@code "Name | Agency"}, then the caption), and a
 * caption and its credit set apart by a blank line. A line is a caption here when it is short enough to
 * describe a picture and credits nothing itself; apart from a blank line, the pair must stand outside the
 * prose: the lines on both its far sides are claimed or are not prose, so that the credit of a picture
 * between two paragraphs is not given to the paragraph beside it. A photo credit line with no caption beside it
 * is the picture's and no paragraph.
 */
final class CreditNeighbours {
  /** The rule of a credit line printed over its caption, which the caption under it takes. */
  static final String CREDIT_ABOVE = "caption:credit-above";

  /** The rule of a photo credit line with no caption beside it: the picture's, not the article's text. */
  static final String CREDIT_ALONE = "caption:credit-alone";

  private static final int MIN_WORDS = 4;
  private static final int MAX_WORDS = 60;
  // A caption told by its words alone, on a double-spaced page, has at most this many (of the gold sets' captions,
  // the longest has 31).
  private static final int DESCRIBING_WORDS = 30;
  // A double-spaced text with at least this many link-like lines is a scraped page, not a clean article.
  private static final int PAGE_LINKS = 8;
  private static final CharMatcher QUOTES = CharMatcher.anyOf("\"“”«»„‘");

  private CreditNeighbours() {}

  /** Claims the unclaimed credit lines that have a caption beside them, and their captions. */
  static void apply(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules) {
    int n = lines.size();
    // asked only of a page with a credit line a blank line under a caption-shaped line
    Supplier<Boolean> doubled = Suppliers.memoize(() -> doubleSpacedPage(lines, shapes));
    for (int i = 0; i < n; i++) {
      if (roles[i] != null || CreditShapes.photoCredit(lines.get(i).text()).isEmpty()) {
        continue;
      }
      boolean stackBelow = i + 1 < n && !lines.get(i + 1).afterBlank();
      if (stackBelow && lines.get(i).afterBlank() && caption(lines, roles, i + 1, false)) {
        above(roles, rules, i); // "Name | Agency" right over the caption
      } else if (lines.get(i).afterBlank() && caption(lines, roles, i - 1, true)
          && (describes(lines.get(i - 1).text()) && doubled.get()
              || apart(shapes, roles, i - 2) && apart(shapes, roles, i + 1))) {
        set(roles, rules, i - 1, LineRole.CAPTION, "caption:above-credit");
        set(roles, rules, i, LineRole.CAPTION_CREDIT, Segmenter.CREDIT_BELOW);
      } else if (!stackBelow && caption(lines, roles, i + 1, false) && apart(shapes, roles, i - 1)
          && apart(shapes, roles, i + 2)) {
        above(roles, rules, i);
      } else {
        set(roles, rules, i, LineRole.BOILERPLATE, CREDIT_ALONE); // a picture's credit: no paragraph
      }
    }
  }

  // A scraped page that prints a blank line after nearly every line (PageSpacing#doubleSpaced) and holds the
  // site's menus and buttons (at least PAGE_LINKS link-like lines above its first line of prose or below its last, the site's
  // notices left out): its blank lines set nothing apart, so a credit line under a line that describes a picture
  // is that caption's, whatever stands around the pair. (A clean article with a blank line between one-line
  // paragraphs prints no menu, though it may print a list: there, a credit under a paragraph is not taken by it.)
  static boolean doubleSpacedPage(List<Line> lines, LineMeasures shapes) {
    int n = lines.size();
    if (!PageSpacing.doubleSpaced(lines)) {
      return false;
    }
    int firstProse = n;
    int lastProse = -1;
    for (int k = 0; k < n; k++) {
      // a line of prose that is no notice of the site (a cookie banner over the menu, a publisher's line under it)
      if (shapes.prose(k) && !Notices.isNotice(lines.get(k).text())) {
        firstProse = Math.min(firstProse, k);
        lastProse = k;
      }
    }
    int links = 0; // the menus and footers: link-like lines above the first line of prose or below the last
    for (int k = 0; k < n; k++) {
      links += (k < firstProse || k > lastProse) && shapes.linkLike(k) ? 1 : 0;
    }
    return links >= PAGE_LINKS;
  }

  // A line that describes a picture as a caption does, told from a paragraph by its words alone: at most
  // DESCRIBING_WORDS words and no quotation (a paragraph over a picture that has only a credit quotes or runs on).
  private static boolean describes(String text) {
    return Text.words(text) <= DESCRIBING_WORDS && QUOTES.matchesNoneOf(text);
  }

  private static void above(LineRole[] roles, String[] rules, int credit) {
    set(roles, rules, credit, LineRole.CAPTION_CREDIT, CREDIT_ABOVE);
    set(roles, rules, credit + 1, LineRole.CAPTION, "caption:under-credit");
  }

  // A line that may be a picture's caption: unclaimed, a few words to a few sentences, no credit of its own, a
  // block of its own (a blank line on its far side: a line of hard-wrapped prose is no caption), opening as a
  // sentence does, and describing rather than speaking to the reader of the site.
  private static boolean caption(List<Line> lines, LineRole[] roles, int k, boolean aboveCredit) {
    if (k < 0 || k >= lines.size() || roles[k] != null) {
      return false;
    }
    boolean alone = aboveCredit ? lines.get(k).afterBlank() : k + 1 == lines.size() || lines.get(k + 1).afterBlank();
    String text = lines.get(k).text();
    int words = Text.words(text);
    return alone && words >= MIN_WORDS && words <= MAX_WORDS && !text.endsWith(":")
        && !Character.isLowerCase(text.codePointAt(0)) && !Notices.isNotice(text)
        && Captions.splitCredit(text).credit().isEmpty() && CreditShapes.creditLine(text).isEmpty();
  }

  // The line beyond the pair is no prose that nothing claimed: chrome, a date, a byline, a heading, a menu item.
  // The start or end of the text is no evidence.
  private static boolean apart(LineMeasures shapes, LineRole[] roles, int k) {
    return k >= 0 && k < roles.length && (roles[k] != null || !shapes.prose(k));
  }

  private static void set(LineRole[] roles, String[] rules, int i, LineRole role, String rule) {
    roles[i] = role;
    rules[i] = rule;
  }
}
