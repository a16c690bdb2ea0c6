package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summary boxes in a page's article ('Key Points', 'Highlights' above the story): statements most of whose words
 * the article prints again below them, in runs of {@value PullQuotes#RUN_WORDS} words, though not word for word
 * in one line as a pull quote is ({@link PullQuotes}), standing right above the line that restates them. A
 * summary restates the story's sentences with a word changed ('has finalized' for 'finalized') or joins two of
 * them; each of its runs is found in some later line, and together they cover at least {@value #COVERED_SHARE}
 * tenths of its words. The box is a run of such statements (claimed lines, a caption, may stand among them),
 * and the first unclaimed line under it restates one of them: the box sits on the article it sums up. The
 * later lines are the article's; the box is the page's display of them.
 *
 * <p>What stays: a sentence of the body that a later line restates further down (a video's caption, an embedded
 * post quoting the paragraph above it), since the line under it goes on with the story; runs the page prints
 * in several lines, which are formulas (a reference list's 'Retrieved from', a list's 'is streaming on'), not
 * restatements; questions, calls to act, lines that open with no capital or quotation mark (a list's entries)
 * and lines under {@value #MIN_WORDS} words. Linear in the article's words.
 */
final class Restatements {
  /** The rule of a statement whose words the article prints again right below it, spread over its lines. */
  static final String RULE = "page:restated";

  // A statement of at least this many words; this many tenths of them covered by runs printed below.
  private static final int MIN_WORDS = 15;
  private static final int COVERED_SHARE = 6;

  private Restatements() {}

  /** Marks the summary boxes among the unclaimed lines from {@code from} to {@code to}. */
  static void apply(List<Line> lines, LineRole[] roles, String[] rules, int from, int to) {
    if (from < 0 || to < from) {
      return;
    }
    int n = to - from + 1;
    long[][] keys = new long[n][];
    boolean[] restated = new boolean[n];
    int[] sizes = new int[n];
    Map<Long, Integer> printed = new HashMap<>(); // a run of words -> how many unclaimed lines hold it
    for (int k = from; k <= to; k++) {
      if (roles[k] == null) {
        List<String> words = PullQuotes.words(lines.get(k).text());
        sizes[k - from] = words.size();
        keys[k - from] = PullQuotes.runs(words);
        for (long key : keys[k - from]) {
          printed.merge(key, 1, Integer::sum);
        }
      }
    }
    Set<Long> below = new HashSet<>(); // the runs of the unclaimed lines below
    for (int k = to; k >= from; k--) {
      if (roles[k] != null) {
        continue;
      }
      String text = lines.get(k).text();
      restated[k - from] = sizes[k - from] >= MIN_WORDS && opensSentence(text) && PullQuotes.statement(text)
          && covered(keys[k - from], sizes[k - from], below, printed);
      for (long key : keys[k - from]) {
        below.add(key);
      }
    }
    // each box (a run of restated statements) is the page's when the line under it restates one of them
    Set<Long> box = new HashSet<>();
    int boxFrom = -1;
    for (int k = from; k <= to; k++) {
      if (roles[k] != null) {
        continue;
      }
      if (restated[k - from]) {
        if (boxFrom < 0) {
          boxFrom = k;
          box.clear();
        }
        for (long key : keys[k - from]) {
          box.add(key);
        }
        continue;
      }
      if (boxFrom >= 0 && holdsAny(keys[k - from], box)) {
        for (int i = boxFrom; i < k; i++) {
          if (roles[i] == null) {
            roles[i] = LineRole.BOILERPLATE;
            rules[i] = RULE;
          }
        }
      }
      boxFrom = -1;
    }
  }

  private static boolean holdsAny(long[] keys, Set<Long> box) {
    for (long key : keys) {
      if (box.contains(key)) {
        return true;
      }
    }
    return false;
  }

  // A sentence opens with a capital letter or a quotation mark; a list's entry may open with its mark or number
  // (a reference list's '^ Author (2009)').
  private static boolean opensSentence(String text) {
    int c = text.codePointAt(0);
    return Character.isUpperCase(c) || c == '"' || c == '\u201c';
  }

  // Whether the runs printed once again, below, cover COVERED_SHARE tenths of the line's words. A run printed in
  // more lines is a formula of the page, no restatement.
  private static boolean covered(long[] keys, int size, Set<Long> below, Map<Long, Integer> printed) {
    int covered = 0;
    int end = 0; // the words before this index are counted already
    for (int i = 0; i < keys.length; i++) {
      if (below.contains(keys[i]) && printed.get(keys[i]) == 2) {
        covered += i + PullQuotes.RUN_WORDS - Math.max(end, i);
        end = i + PullQuotes.RUN_WORDS;
      }
    }
    return covered * 10 >= size * COVERED_SHARE;
  }
}
