package io.github.newsdoc.examples.eval;

import io.github.newsdoc.examples.eval.BratFile.Offsets;
import io.github.newsdoc.examples.eval.BratFile.Range;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Position;
import io.github.newsdoc.model.Span;

/** Where the title and each block of a parsed article stand in the text it was parsed from. */
final class TextLayout {
  final Article article;
  final int[] starts; // [0] the title, [i + 1] block i; -1 when not found
  final int unmapped;

  TextLayout(Article article, String text) {
    this.article = article;
    int n = article.blocks().size();
    starts = new int[n + 1];
    starts[0] = article.title().isEmpty() ? -1 : locate(text, article.title(), 0);
    int missing = 0;
    int cursor = 0;
    for (int i = 0; i < n; i++) {
      String block = article.blocks().get(i).text();
      int at = locate(text, block, cursor);
      if (at < 0) {
        at = locate(text, block, 0);
      }
      starts[i + 1] = at;
      if (at < 0) {
        missing++;
      } else {
        cursor = at + block.length();
      }
    }
    unmapped = missing;
  }

  int fileChar(Position p) {
    int start = starts[p.block() + 1];
    return start < 0 ? -1 : start + p.offset();
  }

  Range fileRange(Span s, Offsets off) {
    int start = starts[s.block() + 1];
    return start < 0 ? null : new Range(off.cp(start + s.start()), off.cp(start + s.end()));
  }

  /** Whether a UTF-16 index of the file falls in the title or a block. */
  boolean inside(int ch) {
    return position(ch) != null;
  }

  /** The position of a UTF-16 index of the file, or null when it is outside the title and the blocks. */
  Position position(int ch) {
    for (int b = -1; b < article.blocks().size(); b++) {
      int start = starts[b + 1];
      if (start >= 0 && start <= ch && ch <= start + article.textOf(b).length()) {
        return Position.of(b, ch - start);
      }
    }
    return null;
  }

  /**
   * The index of {@code needle} at or after {@code from}, preferring an occurrence that fills its line (up
   * to white space), then one that starts its line, then any; -1 if there is none.
   */
  static int locate(String text, String needle, int from) {
    int starting = -1;
    int any = -1;
    for (int i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
      boolean starts = blankBetween(text, i, -1);
      if (starts && blankBetween(text, i + needle.length(), 1)) {
        return i;
      }
      if (starts && starting < 0) {
        starting = i;
      }
      if (any < 0) {
        any = i;
      }
    }
    return starting >= 0 ? starting : any;
  }

  /** Whether only white space stands between {@code i} and the line break in direction {@code step}. */
  private static boolean blankBetween(String text, int i, int step) {
    for (int k = step < 0 ? i - 1 : i; k >= 0 && k < text.length(); k += step) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff')) {
        return false;
      }
    }
    return true;
  }
}
