package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * Lines of the page's chrome that {@link Headlines} would otherwise take for the headline, told from the
 * article's head: the headline stands right over the article's byline or date. An opening line that is the
 * site's by its own words ("Newsletters", "We care about your privacy") or a single link-like word glued to
 * the line under it ("Edition") is passed over when a line with a headline's words and a byline or date
 * under it follows; a line glued under a menu's entries right over the byline or date, with more words than
 * each of them, is the headline and no entry. A one-word headline standing apart over its standfirst, and a
 * section's heading over a clean text with no byline or date, stay the title. Linear in the lines it reads.
 */
final class OpeningChrome {
  /** The rule of an opening line passed over for the title. */
  static final String RULE = "title:chrome-line";

  private OpeningChrome() {}

  /**
   * Whether the opening line {@code i}, which {@link Headlines#choose} kept as the title, is the site's
   * chrome to pass over: chrome by its words, or a single word glued over the next line, over a headline
   * with its byline or date.
   */
  static boolean passedOver(List<Line> lines, LineMeasures shapes, LineRole[] roles, int i) {
    String text = lines.get(i).text();
    return (chromeByItsWords(text) || oneWordGlued(lines, shapes, i)) && headlineFollows(lines, shapes, roles, i);
  }

  // A single link-like word printed right over the next line, with no blank line between ("Edition" over the
  // headline): a label of the page's, where a one-word headline ("Rebirth") stands apart over its standfirst.
  private static boolean oneWordGlued(List<Line> lines, LineMeasures shapes, int i) {
    return Text.words(lines.get(i).text()) == 1 && shapes.linkLike(i) && i + 1 < lines.size()
        && !lines.get(i + 1).afterBlank();
  }

  // Whether a line is the site's by its own words: a notice to the reader about the site ("We care about your
  // privacy") or a word or two, all of its interface ("Newsletters", "Email alerts"; not "Privacy Lost"). A
  // browser title ("Firefox — Make it your own — Mozilla") names the page, whatever its words.
  private static boolean chromeByItsWords(String text) {
    return Text.words(text) <= 2 && Notices.onlyInterface(text)
        || Notices.isNotice(text) && Titles.beforeLastSeparator(text) == null;
  }

  // Whether an unclaimed line after line `from` and before the first line of prose has a headline's words and
  // width without being the site's by its words, with the article's byline or date under it (within HEAD_REACH
  // lines, before any prose): the headline the page prints under its opening chrome. Where a clean text has
  // its first paragraph, which is prose, or a section's heading over a line with no byline or date under it
  // ("Highlights"), nothing is passed over.
  private static boolean headlineFollows(List<Line> lines, LineMeasures shapes, LineRole[] roles, int from) {
    for (int i = from + 1; i < roles.length && i <= from + Headlines.SUBTITLED_REACH; i++) {
      if (roles[i] != null) {
        continue;
      }
      if (shapes.prose(i)) {
        return false;
      }
      String text = lines.get(i).text();
      int words = Text.words(text);
      if (shapes.width(i) >= Headlines.MIN_WIDTH && shapes.width(i) <= Headlines.MAX_WIDTH
          && words >= Headlines.MIN_WORDS && words <= Headlines.MAX_WORDS && !chromeByItsWords(text)) {
        return dated(shapes, roles, i);
      }
    }
    return false;
  }

  // Whether a byline or date line stands under line i, within HEAD_REACH lines and before any unclaimed prose.
  private static boolean dated(LineMeasures shapes, LineRole[] roles, int i) {
    for (int k = i + 1; k < roles.length && k <= i + Headlines.HEAD_REACH; k++) {
      if (roles[k] == LineRole.BYLINE || roles[k] == LineRole.PUBLISHED) {
        return true;
      }
      if (roles[k] == null && shapes.prose(k)) {
        return false;
      }
    }
    return false;
  }

  // Whether line i, printed right under link-like lines with no blank line between (a menu the scraper glued
  // to the head), has a headline's words, at least MIN_WORDS, and more words than each of those lines: the
  // headline under the menu's entries ("News" / "Sport" / "Harbour council approves new ferry terminal"), not
  // one more entry. Reads the run of link-like lines right above it.
  static boolean longerThanEntriesAbove(List<Line> lines, LineMeasures shapes, LineRole[] roles, int i) {
    int words = Text.words(lines.get(i).text());
    if (words < Headlines.MIN_WORDS || shapes.width(i) < Headlines.MIN_WIDTH) {
      return false;
    }
    for (int k = i - 1; k >= 0 && !lines.get(k + 1).afterBlank() && roles[k] == null && shapes.linkLike(k); k--) {
      if (Text.words(lines.get(k).text()) >= words) {
        return false;
      }
    }
    return true;
  }
}
