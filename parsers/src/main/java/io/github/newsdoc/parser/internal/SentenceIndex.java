package io.github.newsdoc.parser.internal;

import java.util.Arrays;

/**
 * Where the sentences of one text end, found in one pass: a sentence ends at {@code .}, {@code !} or
 * {@code ?} before a space (or before a closing double mark and a space), unless the dot ends an
 * abbreviation ({@link Sentences#abbreviation}). Double quotation marks are indexed too, since a clause
 * before a quote starts after the mark that closes the quote before it. Lookups are binary searches.
 */
final class SentenceIndex {
  private final int[] ends;
  private final int[] endsBeforeMarks;
  private final int[] marks;

  SentenceIndex(String text) {
    int n = text.length();
    int[] e = new int[16];
    int[] q = new int[16];
    int[] d = new int[16];
    int ne = 0;
    int nq = 0;
    int nd = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (QuoteFinder.isDouble(c)) {
        d = grow(d, nd);
        d[nd++] = i;
      } else if ((c == '.' || c == '!' || c == '?') && i + 1 < n) {
        boolean space = Text.isSpace(text.charAt(i + 1));
        boolean beforeMark = !space && i + 2 < n && QuoteFinder.isDouble(text.charAt(i + 1))
            && Text.isSpace(text.charAt(i + 2));
        if ((space || beforeMark) && !Sentences.abbreviation(text, i)) {
          if (space) {
            e = grow(e, ne);
            e[ne++] = i;
          }
          q = grow(q, nq);
          q[nq++] = i;
        }
      }
    }
    ends = Arrays.copyOf(e, ne);
    endsBeforeMarks = Arrays.copyOf(q, nq);
    marks = Arrays.copyOf(d, nd);
  }

  private static int[] grow(int[] a, int size) {
    return size < a.length ? a : Arrays.copyOf(a, a.length * 2);
  }

  /**
   * Where the clause before offset {@code mark} starts, looking back at most {@code window} characters: after
   * the last sentence end before it, or (unless {@code overQuotes}) after the last double quotation mark
   * before the character at {@code mark - 1}; {@code mark - window} (at least 0) when there is neither.
   */
  int clauseStart(int mark, int window, boolean overQuotes) {
    int limit = Math.max(0, mark - window);
    int end = lastAtOrBefore(overQuotes ? endsBeforeMarks : ends, mark - 1);
    if (!overQuotes) {
      end = Math.max(end, lastAtOrBefore(marks, mark - 2));
    }
    return end > limit ? end + 1 : limit;
  }

  // The largest value at or below max, or -1.
  private static int lastAtOrBefore(int[] sorted, int max) {
    int i = Arrays.binarySearch(sorted, max);
    if (i >= 0) {
      return sorted[i];
    }
    int insertion = -i - 1;
    return insertion > 0 ? sorted[insertion - 1] : -1;
  }
}
