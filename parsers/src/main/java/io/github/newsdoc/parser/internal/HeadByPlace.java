package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * The headline by its place beside the article's byline or date, for {@link Headlines} when no line of the
 * head has a headline's shape: right under the byline or date ("April 5" / "Headline" / "By Jane Doe"), or
 * right over it in a shape that is a headline's but for its length or its full stop. Linear in the lines it
 * reads.
 */
final class HeadByPlace {
  private HeadByPlace() {}

  // The headline under the article's first byline or date, when no line over it has a headline's shape: a layout
  // that prints the date or the author over the headline ("April 5" / "Headline" / "By Jane Doe"). The first
  // of the next UNDER_ANCHOR unclaimed lines under that line, before the prose core, when it has a headline's
  // shape and words (a capital opening, at most one number: not a row of figures), or -1.
  static int belowAnchor(List<Line> lines, LineMeasures shapes, LineRole[] roles, int anchor, int core) {
    int read = 0;
    for (int i = anchor + 1; i < core && read < Headlines.UNDER_ANCHOR; i++) {
      if (roles[i] != null) {
        continue;
      }
      read++;
      String text = lines.get(i).text();
      if (Headlines.isHeadline(text, shapes.width(i), shapes.linkLike(i)) && HeadlineLists.isHeadline(text)
          && !Notices.isNotice(text)) {
        return i;
      }
    }
    return -1;
  }

  // The headline right over the article's byline or date when no line has a headline's shape: the nearest
  // unclaimed line above it, with blank lines and claimed lines alone between, that has a headline's words but
  // is short enough to read as a link ("Pool to reopen") or closes with a full stop ("It reopens. Here is
  // why."), opening with a capital. The byline or date under it is the evidence; when the anchor is the prose
  // core itself, the line must stand alone, a blank line above and under it, and be no prose. -1 when there is
  // none, or when that line is an entry of the menu (a link-like line right under or over it).
  static int overAnchor(List<Line> lines, LineMeasures shapes, LineRole[] roles, int first, int anchor) {
    boolean dated = roles[anchor] == LineRole.BYLINE || roles[anchor] == LineRole.PUBLISHED;
    int found = -1;
    for (int i = anchor - 1; i > first; i--) {
      if (roles[i] != null) {
        continue;
      }
      String text = lines.get(i).text();
      int width = shapes.width(i);
      boolean menuEntry = shapes.linkLike(i) && (!lines.get(i).afterBlank() && roles[i - 1] == null
          && shapes.linkLike(i - 1) && !(dated && OpeningChrome.longerThanEntriesAbove(lines, shapes, roles, i))
          || i + 1 < anchor && roles[i + 1] == null && !lines.get(i + 1).afterBlank());
      int words = Text.words(text);
      boolean shaped = width >= Headlines.MIN_WIDTH && width <= Headlines.MAX_WIDTH && words >= Headlines.MIN_WORDS
          && words <= Headlines.MAX_WORDS && Headlines.longWords(text) >= Headlines.MIN_WORDS && !shapes.prose(i)
          || width < 200 && endsWithPeriod(text);
      boolean capital = Character.isUpperCase(text.codePointAt(0)) || !Character.isLetter(text.codePointAt(0));
      if (dated) {
        return shaped && capital && !menuEntry && !Notices.isNotice(text) ? i : -1;
      }
      // over the prose core itself: a line of its own (a blank line above and under it), no prose, with a
      // headline's words; of several such lines one over the other ('Ferry service to end' over 'Five things
      // to know'), the first, as a headline stands over its head's other lines
      boolean alone = lines.get(i).afterBlank() && lines.get(i + 1).afterBlank() && !shapes.prose(i);
      if (!alone || menuEntry || !capital || Notices.isNotice(text)) {
        return found;
      }
      found = shaped ? i : found;
    }
    return found;
  }

  // A line of some words that closes with a full stop (not an ellipsis).
  private static boolean endsWithPeriod(String text) {
    return text.endsWith(".") && !text.endsWith("..") && Text.words(text) >= Headlines.MIN_WORDS;
  }
}
