package io.github.newsdoc.parser.internal;

import java.util.Arrays;

/**
 * Where the sentences of one text end, read from the text's {@link Marks} (its punctuation and quotation
 * marks, found once): a sentence ends at {@code .}, {@code !} or
 * {@code ?} before a space (or before a closing double mark and a space), unless the dot ends an
 * abbreviation ({@link Sentences#abbreviation}). Double quotation marks are indexed too, since a clause
 * before a quote starts after the mark that closes the quote before it. Lookups are binary searches.
 */
final class SentenceIndex {
  private final int[] ends;
  private final int[] endsBeforeMarks;
  private final int[] marks;

  /** The index of {@code text}, whose marks {@code found} holds (read from there, not found again). */
  SentenceIndex(String text, Marks found) {
    int n = text.length();
    int[] stops = found.stops();
    int[] e = new int[stops.length];
    int[] q = new int[stops.length];
    int ne = 0;
    int nq = 0;
    for (int i : stops) {
      if (i + 1 < n) {
        boolean space = Text.isSpace(text.charAt(i + 1));
        boolean beforeMark = !space && i + 2 < n && QuoteFinder.isDouble(text.charAt(i + 1))
            && Text.isSpace(text.charAt(i + 2));
        if ((space || beforeMark) && !Sentences.abbreviation(text, i)) {
          if (space) {
            e[ne++] = i;
          }
          q[nq++] = i;
        }
      }
    }
    int[] quotation = found.quotation();
    int[] d = new int[quotation.length];
    int nd = 0;
    for (int i : quotation) {
      if (QuoteFinder.isDouble(text.charAt(i))) {
        d[nd++] = i;
      }
    }
    this.ends = Arrays.copyOf(e, ne);
    this.endsBeforeMarks = Arrays.copyOf(q, nq);
    this.marks = Arrays.copyOf(d, nd);
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
