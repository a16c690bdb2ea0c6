package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * Sentences a page breaks over several lines: a writer's line breaks inside a paragraph ('Also,' / 'selling a
 * product with its mark removed, or' / 'repacking it without leave, may infringe the mark.') leave lines that,
 * one by one, look like a menu's items: short, with no sentence end. A line that ends with a comma goes on
 * with the line right under it (no blank line between), and so does a line with no sentence end over a line
 * that opens in lower case (a text wrapped at a fixed width: 'The more you' / 'write tests, …'); a chain of such lines that a line with a sentence end
 * closes, as wide as prose together ({@value #MIN_WIDTH} letters), is one sentence of the article, and each of
 * its lines counts as the prose it is ({@link PageExtractor}). A list of tags ('Phones,' / 'Reviews,' /
 * 'Video') ends with no sentence end, and a line of data has no comma at its end: neither is a chain.
 * Linear in the lines.
 */
final class WrappedSentences {
  // A chain as wide as a line of prose with a sentence end (LineMeasures.isProse).
  static final int MIN_WIDTH = 60;

  private WrappedSentences() {}

  /** Gives each line of a wrapped sentence among the unclaimed lines its width as its value. */
  static void count(List<Line> lines, LineMeasures shapes, LineRole[] roles, long[] values) {
    int n = values.length;
    int i = 0;
    while (i < n) {
      int j = i;
      long width = 0;
      while (j + 1 < n && goesOn(lines, shapes, roles, j)) {
        width += shapes.width(j);
        j++;
      }
      if (j > i && roles[j] == null && LineMeasures.endsSentence(shapes.text(j))
          && width + shapes.width(j) >= MIN_WIDTH) {
        for (int k = i; k <= j; k++) {
          values[k] = Math.max(values[k], shapes.width(k));
        }
      }
      i = j + 1;
    }
  }

  // Line j ends with a comma and goes on, with no blank line between, with the unclaimed line under it.
  private static boolean goesOn(List<Line> lines, LineMeasures shapes, LineRole[] roles, int j) {
    if (roles[j] != null || roles[j + 1] != null || lines.get(j).gapTo(lines.get(j + 1)) != 1) {
      return false;
    }
    String text = shapes.text(j);
    char last = text.charAt(text.length() - 1);
    if (last == ',' || last == '\u3001' || last == '\uff0c') {
      return true;
    }
    // a line broken inside a sentence: no sentence end, and the line under it opens in lower case, as no
    // sentence, heading or menu item does ('… live the year all over' / 'again and somehow …')
    return !LineMeasures.endsSentence(text) && Character.isLowerCase(shapes.text(j + 1).codePointAt(0));
  }
}
