package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of a page printed without blank lines. Most scrapers set a blank line between the blocks of a page
 * (a paragraph, a menu, a caption with its credit), and the page's readers take a blank line for a block's
 * end: a subheading stands alone, a summary box or a list of links runs to the next blank line, a credit
 * stands right under its caption. A scraper that writes no blank line at all leaves one block of the whole
 * page, and those readers then run on through the article. On such a page the blocks are drawn again from
 * the lines' shapes: a line of prose or a sentence is a block of its own, and so is the line right over it (a
 * subheading, a headline over its text); other lines stack into the block above them (a menu, a box's items), and a
 * picture's credit line stays in its caption's block. A page that prints blank lines keeps its own blocks,
 * even where it sets one between every two lines (its captions and credits then stand apart too, and which
 * of two neighbours a credit belongs to is left to the readers).
 */
final class BlankLines {
  // A page of fewer lines than this is read as it is.
  private static final int MIN_LINES = 8;
  // A sentence of at least this many words is a block of its own, as prose is.
  private static final int MIN_SENTENCE_WORDS = 4;

  private BlankLines() {}

  /**
   * The lines as the page's readers should see them: {@code lines} itself when some blank line stands between
   * two of them; otherwise the same lines, each with a blank line before it where a block of the page's begins.
   */
  static List<Line> blocks(List<Line> lines) {
    int n = lines.size();
    if (n < MIN_LINES || !PageSpacing.unspaced(lines)) {
      return lines;
    }
    boolean[] prose = new boolean[n];
    boolean[] credit = new boolean[n];
    for (int i = 0; i < n; i++) {
      String t = lines.get(i).text();
      // prose, or any sentence: a short first paragraph under its headline is a block of its own too
      prose[i] = LineMeasures.isProse(t) || LineMeasures.endsSentence(t) && Text.words(t) >= MIN_SENTENCE_WORDS;
      credit[i] = isCredit(lines.get(i).text());
    }
    List<Line> read = new ArrayList<>(n);
    read.add(lines.get(0));
    for (int i = 1; i < n; i++) {
      Line l = lines.get(i);
      // a credit stays under its caption; a short line under a credit is the caption the credit stands over
      boolean block = (prose[i] || prose[i - 1] || i + 1 < n && prose[i + 1]) && !credit[i]
          && !(credit[i - 1] && !prose[i]);
      read.add(new Line(l.number(), l.raw(), l.text(), block, l.last(), l.columns()));
    }
    return read;
  }

  // A picture's credit line, which stands under (or over) its caption in the caption's block.
  private static boolean isCredit(String text) {
    return CreditShapes.creditLine(text).isPresent() || CaptionLayout.slashed(text); // a photo credit is one too
  }
}
