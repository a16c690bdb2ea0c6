package io.github.newsdoc.parser.internal;

import java.util.List;

/**
 * How a page sets its blank lines, which scrapers save in three ways: between the page's blocks (a paragraph, a
 * menu, a caption with its credit), after every line (double spacing, where a blank line says nothing about
 * blocks), or not at all. Read from the lines' numbers in the source, before any reader draws blocks again.
 * Linear in the lines.
 */
final class PageSpacing {
  // A double-spaced page sets a blank line between at least this many tenths of its pairs of lines (a scraper
  // may keep a few lines together).
  private static final int DOUBLE_TENTHS = 9;

  private PageSpacing() {}

  /** Whether every line after the first stands right under the line before it, no blank line between. */
  static boolean unspaced(List<Line> lines) {
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i - 1).gapTo(lines.get(i)) != 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the page sets a blank line between nearly every two lines (nine pairs in ten or more): its blank lines
   * set no block apart, so a line under another after a blank line may still go with it (a job under a name, a
   * summary box's items under its heading).
   */
  static boolean doubleSpaced(List<Line> lines) {
    int n = lines.size();
    int apart = 0;
    for (int i = 1; i < n; i++) {
      apart += lines.get(i - 1).gapTo(lines.get(i)) > 1 ? 1 : 0;
    }
    return n > 1 && apart * 10 >= (n - 1) * DOUBLE_TENTHS;
  }
}
