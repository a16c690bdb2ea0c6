package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

/**
 * Tables in a page's article ({@link PageExtractor}): results, standings, schedules print one row a line, a
 * name and figures, with no sentence end. Such lines count nothing towards the article's run (a 'most read'
 * list is numbered too), but inside the run a series of at least {@value #TABLE_ROWS} of them, one right
 * under the other, is the article's table and is kept; so is a shorter series of at least
 * {@value #ENCLOSED_ROWS} that the article's prose encloses (a box of figures between two paragraphs, under its
 * heading: 'By the numbers'), since a site's lists stand beside the text, not inside it. A row has a digit and at
 * least three words, and is neither prose nor link-like. Linear in the lines.
 */
final class TableRows {
  // A table: this many data rows, one right under the other.
  private static final int TABLE_ROWS = 5;
  // A table the prose encloses: this many rows at least.
  private static final int ENCLOSED_ROWS = 3;

  private TableRows() {}

  /** Which lines are rows of a table, see the class documentation; {@code values} as the page counts them. */
  static boolean[] find(LineMeasures shapes, LineRole[] roles, long[] values) {
    int n = values.length;
    boolean[] row = new boolean[n];
    int rows = 0;
    for (int i = 0; i <= n; i++) {
      if (i < n && roles[i] == null && values[i] == 0 && !shapes.linkLike(i) && isDataRow(shapes.text(i))) {
        rows++;
        continue;
      }
      if (rows >= TABLE_ROWS || rows >= ENCLOSED_ROWS && prose(shapes, roles, values, i - rows - 1, -1)
          && prose(shapes, roles, values, i, 1)) {
        for (int j = i - rows; j < i; j++) {
          row[j] = true;
        }
      }
      rows = 0;
    }
    return row;
  }

  // Whether the first unclaimed line from k on, going by step, is prose the article counts; past at most
  // CLAIMED_GAP lines rules claimed (an advertisement's label, a 'Read more' link), and upwards past one heading (a
  // short line that ends no sentence). Each table asks a few lines, so the whole stays linear.
  private static boolean prose(LineMeasures shapes, LineRole[] roles, long[] values, int k, int step) {
    boolean heading = step > 0;
    int claimed = 0;
    for (; k >= 0 && k < values.length; k += step) {
      if (roles[k] != null) {
        if (++claimed > CLAIMED_GAP) {
          return false;
        }
        continue;
      }
      if (values[k] > 0) {
        return true;
      }
      if (heading || Text.endsSentence(shapes.text(k)) || Text.words(shapes.text(k)) > HEADING_WORDS) {
        return false;
      }
      heading = true;
    }
    return false;
  }

  // At most this many claimed lines between a table the prose encloses and the prose.
  private static final int CLAIMED_GAP = 3;
  // A table's heading has at most this many words.
  private static final int HEADING_WORDS = 8;

  // A row: a digit and at least three words, and not link-like (which the caller asked already).
  private static boolean isDataRow(String text) {
    if (Text.words(text) < 3) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
