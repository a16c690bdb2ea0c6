package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * The dek of a page's article: the summary a layout prints right under the headline, above the byline or the
 * date. It restates the article for the page and is no paragraph of its body (the convention of the structure
 * gold: {@code examples/eval-data/structure/README.md}, Deks); it goes to the boilerplate, in page order.
 *
 * <p>A dek is the line right after the headline when it is a sentence of prose no wider than a summary, opens
 * with no dateline (that is the lead paragraph), and the head goes on under it: a byline or a date line follows
 * within a few lines, with nothing between but the page's furniture and a lead picture's caption. Where prose
 * comes first, the line opened the body. Only pages are read this way; a clean article keeps every line.
 */
final class Deks {
  /** The rule of a dek. */
  static final String RULE = "head:dek";
  // A dek is a sentence or two: wider than this, the line is a paragraph.
  private static final int MAX_WIDTH = 320;
  // The byline or date under a dek stands within this many lines of it.
  private static final int HEAD_LINES = 8;

  private Deks() {}

  /**
   * Marks the line right under the headline (index {@code title}) as a dek when it is one; {@code lines} are the
   * page's non-blank lines, and the article's run (from {@link PageExtractor}) is known.
   */
  static void apply(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules, int title) {
    int d = title + 1;
    if (title < 0 || d >= lines.size() || roles[d] != null || !isDek(lines.get(d).text(), shapes.width(d))) {
      return;
    }
    // past the head's other lines, not the article's text (over which the line opened the body)
    if (HeadCaptions.headBelow(roles, d, HEAD_LINES, r -> r != null && r != LineRole.PARAGRAPH)) {
      roles[d] = LineRole.BOILERPLATE;
      rules[d] = RULE;
    }
  }

  /** Whether a line has a dek's shape: a sentence of prose, no wider than a summary, opening with no dateline. */
  static boolean isDek(String text, int width) {
    return width <= MAX_WIDTH && LineMeasures.isProse(text, width) && LineMeasures.endsSentence(text)
        && Datelines.length(text) == 0;
  }
}
