package io.github.newsdoc.parser.internal;

import java.util.List;

/**
 * The shapes of a text's lines that the page readers ask about (the headline, the page region, link blocks,
 * the article's head): width ({@link PageExtractor#width}), prose ({@link PageExtractor#isProse}) and
 * link-like ({@link PageExtractor#isLinkLike}). Each line is read once, when first asked, and its shape kept
 * for the others, so that no reader measures a line again.
 */
final class LineMeasures {
  private static final byte READ = 1;
  private static final byte PROSE = 2;
  private static final byte LINK = 4;

  private final List<Line> lines;
  private final int[] width;
  private final byte[] flags;

  LineMeasures(List<Line> lines) {
    this.lines = lines;
    this.width = new int[lines.size()];
    this.flags = new byte[lines.size()];
  }

  private byte read(int i) {
    byte f = flags[i];
    if (f == 0) {
      String text = lines.get(i).text();
      int w = PageExtractor.width(text);
      width[i] = w;
      f = (byte) (READ | (PageExtractor.isProse(text, w) ? PROSE : 0) | (PageExtractor.isLinkLike(text, w) ? LINK : 0));
      flags[i] = f;
    }
    return f;
  }

  /** The line's text. */
  String text(int i) {
    return lines.get(i).text();
  }

  /** The line's width in Latin letters ({@link PageExtractor#width}). */
  int width(int i) {
    read(i);
    return width[i];
  }

  /** Whether the line is prose ({@link PageExtractor#isProse}). */
  boolean prose(int i) {
    return (read(i) & PROSE) != 0;
  }

  /** Whether the line is link-like ({@link PageExtractor#isLinkLike}). */
  boolean linkLike(int i) {
    return (read(i) & LINK) != 0;
  }
}
