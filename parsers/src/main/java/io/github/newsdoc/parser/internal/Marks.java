package io.github.newsdoc.parser.internal;

import java.util.Arrays;

/**
 * Where the quotation marks and the sentence punctuation of one text stand, found once per text and read by
 * every stage that looks for them: the quote finder walks the quotation marks instead of every character,
 * and the sentence index ({@link SentenceIndex}) reads its candidate sentence ends and double marks from
 * here instead of scanning the text again.
 *
 * <p>The positions are found with {@link String#indexOf(int, int)}, one sweep a character, which the JVM
 * runs far faster than a loop that reads every character: a text holds few marks, so the sweeps cost less
 * than one pass of {@code charAt}. Both tables are ascending; a text of n characters costs O(n) to index.
 */
final class Marks {
  // the quotation marks QuoteFinder reads, taken from its own tests of a double and a single mark
  private static final char[] QUOTATION = quotationMarks();
  // the marks that may end a sentence
  private static final char[] STOPS = {'.', '!', '?'};

  private final int[] quotation;
  private final int[] stops;

  Marks(String text) {
    this.quotation = positions(text, QUOTATION);
    this.stops = positions(text, STOPS);
  }

  // Every char QuoteFinder.isDouble or QuoteFinder.isSingle accepts, so that the two never disagree.
  private static char[] quotationMarks() {
    StringBuilder marks = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (QuoteFinder.isDouble(c) || QuoteFinder.isSingle(c)) {
        marks.append(c);
      }
    }
    return marks.toString().toCharArray();
  }

  // The positions of any of chars in text, ascending.
  private static int[] positions(String text, char[] chars) {
    int[] found = new int[8];
    int size = 0;
    for (char c : chars) {
      for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
        if (size == found.length) {
          found = Arrays.copyOf(found, size * 2);
        }
        found[size++] = i;
      }
    }
    int[] sorted = Arrays.copyOf(found, size);
    Arrays.sort(sorted);
    return sorted;
  }

  /** The offsets of every quotation mark, double or single, ascending (read-only: do not change it). */
  int[] quotation() {
    return quotation;
  }

  /** The offsets of every {@code .}, {@code !} and {@code ?}, ascending (read-only: do not change it). */
  int[] stops() {
    return stops;
  }
}
