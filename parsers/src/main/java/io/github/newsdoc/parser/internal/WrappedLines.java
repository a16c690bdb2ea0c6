package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether a text was wrapped at a fixed width and, when it was, joins the lines the wrap broke apart
 * back into the lines its writer wrote. Plain text from e-mail, wire feeds, terminals and some scrapers is
 * wrapped at a width (often 60 to 80 characters): a paragraph comes as several lines, each broken where the
 * next word would not have fit. Read line by line, such a paragraph is several short paragraphs, and its first
 * line may be taken for a title.
 *
 * <p>The evidence is the wrapping itself. A line {@code a} followed, with no blank line between, by a line
 * {@code b} that opens with a small letter was broken at width {@code w} when {@code a} fits in {@code w} and
 * {@code a}, a space and the first word of {@code b} do not. Only such breaks inside a sentence count for a
 * width: the lines a writer or a page breaks by hand end where a sentence, a heading or an item ends, and the
 * next opens with a capital. The text's width is the one that the most such pairs agree on, between
 * {@value #MIN_WIDTH} and {@value #MAX_WIDTH} characters (a menu's short lines agree on none); of widths that
 * tie, the one the most breaks of any kind agree with, then the one with the least strong evidence against it.
 * Widths that tie on all three are equally supported, and none is preferred for coming first: a break before a
 * small letter that agrees with any of them is joined (it goes on inside a sentence at one of the best widths),
 * a break before anything else only when it agrees with all of them, and the weak evidence is what even the
 * narrowest of them shows.
 *
 * <p>Against the width count, as strong evidence, every line longer than it (a blank line after it or not:
 * a paragraph printed on one long line was never wrapped; but not the text's first line, a title a writer
 * keeps on one line, nor a line of one word, an address no wrap can break), every pair whose next line opens
 * with a small
 * letter but that breaks at another width, and every short line whose sentence runs on (a wrapping program
 * would have filled it). As weak evidence counts a line of at least {@value #MIN_WIDTH} characters whose next
 * line opens otherwise and whose next word would have fit (a title over a byline, a signature), except when
 * that line ends a sentence or the next line is indented more (a paragraph's last line, over the next
 * paragraph). The lines of an e-mail's quoted reply (a {@code >} first, after any spaces) are a layer of their
 * own, wrapped by another program or at another width, or not at all: they are neither evidence for nor
 * against the width, and no line is joined to one or one to another. The text is wrapped when at least {@value #MIN_JOINS} pairs agree on the width, at least
 * {@value #AGREEMENT} times as many as the strong evidence against it and at least {@value #WEAK_AGREEMENT}
 * times as many as the weak: a few short lines that are not prose do not veto a wrapped text, and a poem
 * quoted in an article of long lines is not joined.
 *
 * <p>Then each pair that agrees with the width (as above) is joined ({@link WrapJoiner}), except where a line is indented
 * more than the line above it, where a sentence ends over a line that opens with a capital or a quotation mark
 * ({@link #sentenceBreak}), where the first line of a block reads as a heading over a line that opens a
 * sentence ({@link WrapHeadings}: a headline printed right over its wrapped lead, at the text's start or after
 * a blank line, is a line of its own), and where the line under opens with a capital and
 * reads as a line of its own (a byline, a date line, a photo's credit under a headline or a byline). Texts
 * that are not wrapped are returned as they are.
 * Linear in the characters.
 */
final class WrappedLines {
  /** The narrowest width a text is taken to be wrapped at. */
  static final int MIN_WIDTH = 40;
  /** The widest width a text is taken to be wrapped at. */
  static final int MAX_WIDTH = 200;
  /** The fewest broken lines that show a text is wrapped. */
  static final int MIN_JOINS = 3;
  /** How many times more pairs agree with the width than the strong evidence against it. */
  static final int AGREEMENT = 10;
  /** How many times more pairs agree with the width than the weak evidence against it. */
  static final int WEAK_AGREEMENT = 2;

  private WrappedLines() {}

  /** The lines of the text, wrapped lines joined; the same list when the text is not wrapped. */
  static List<Line> unwrap(List<Line> lines) {
    int n = lines.size();
    if (n < 2) {
      return lines;
    }
    int[] length = new int[n];
    int[] next = new int[n]; // the length of the first word of the line after, or -1 when none follows
    boolean[] small = new boolean[n]; // whether the line after opens with a small letter
    int[] change = new int[MAX_WIDTH + 2]; // breaks inside a sentence that agree with each width, as changes
    int[] changeAll = new int[MAX_WIDTH + 2]; // all breaks that agree with each width, to choose among ties
    int[] longer = new int[MAX_WIDTH + 2]; // lines of each length (the longest counted at MAX_WIDTH + 1)
    int[] smallFrom = new int[MAX_WIDTH + 2]; // breaks inside a sentence by the length of the line broken
    int[] smallFits = new int[MAX_WIDTH + 2]; // breaks inside a sentence that agree with each width, as changes
    // no evidence against a width: the text's first line, its title, written on one line whatever the body's
    // width, and a line of one word (an address), which no wrap can break
    // and a line of an e-mail's quoted reply ('> …'), a layer of its own, wrapped or not by another program
    int exempt = 0;
    boolean[] quoted = new boolean[n];
    for (int i = 0; i < n; i++) {
      length[i] = lines.get(i).raw().stripTrailing().length();
      next[i] = -1;
      quoted[i] = quotedReply(lines.get(i));
      if (i == 0 || quoted[i] || lines.get(i).raw().strip().indexOf(' ') < 0) {
        exempt++;
      } else {
        longer[Math.min(length[i], MAX_WIDTH + 1)]++;
      }
    }
    for (int i = 0; i + 1 < n; i++) {
      Line b = lines.get(i + 1);
      if (b.afterBlank() || quoted[i] || quoted[i + 1]) {
        continue; // no line after, as far as the wrap is concerned: a quoted reply is neither joined nor joined to
      }
      String t = b.raw().strip(); // as a wrapping program counts a word: up to the next space
      small[i] = opensSmall(t);
      int space = t.indexOf(' ');
      next[i] = space < 0 ? t.length() : space;
      if (small[i] && length[i] <= MAX_WIDTH) { // the widths a break inside a sentence, short or long, fits
        smallFrom[length[i]]++;
        smallFits[length[i]]++;
        smallFits[Math.min(MAX_WIDTH, length[i] + next[i]) + 1]--;
      }
      if (length[i] < MIN_WIDTH) {
        continue; // a short line tells no width (a menu's items, a heading)
      }
      // the widths this pair agrees with: length <= w < length + 1 + word
      int lo = length[i];
      int hi = Math.min(MAX_WIDTH, length[i] + next[i]);
      if (lo <= hi) {
        changeAll[lo]++;
        changeAll[hi + 1]--;
        if (small[i]) {
          change[lo]++;
          change[hi + 1]--;
        }
      }
    }
    // the width most breaks inside a sentence agree with; of those, the one most breaks of any kind agree with
    // (the breaks before a capital tell 59 from 60 when no line inside a sentence is 60 long); of those, the one
    // with the least strong evidence against it (a line longer than it, a short line's break that misses it)
    int longest = n - exempt;
    for (int w = 0; w < MIN_WIDTH; w++) {
      longest -= longer[w];
    }
    int best = 0;
    int bestAll = 0;
    int strong = 0;
    int lo = -1; // the narrowest and the widest of the widths that tie as the best
    int hi = -1;
    boolean[] tied = new boolean[MAX_WIDTH + 2];
    for (int w = MIN_WIDTH, run = 0, runAll = 0, fits = 0, broken = 0; w <= MAX_WIDTH; w++) {
      run += change[w];
      runAll += changeAll[w];
      longest -= longer[w]; // the lines longer than w
      broken = w == MIN_WIDTH ? prefix(smallFrom, w) : broken + smallFrom[w]; // breaks of lines up to w long
      fits = w == MIN_WIDTH ? prefix(smallFits, w) : fits + smallFits[w];
      int against = longest + broken - fits;
      if (run > best || run == best && best > 0 && (runAll > bestAll || runAll == bestAll && against < strong)) {
        best = run;
        bestAll = runAll;
        strong = against;
        Arrays.fill(tied, false);
        lo = w;
      }
      if (run == best && best > 0 && runAll == bestAll && against == strong) {
        tied[w] = true;
        hi = w;
      }
    }
    if (best < MIN_JOINS) {
      return lines;
    }
    int[] tiedUpTo = new int[MAX_WIDTH + 2]; // how many of the tied widths are at most each width
    for (int w = 1; w <= MAX_WIDTH + 1; w++) {
      tiedUpTo[w] = tiedUpTo[w - 1] + (tied[w] ? 1 : 0);
    }
    int weak = 0;
    for (int i = 0; i < n; i++) {
      // a line whose next word would have fit even the narrowest of the best widths
      if (next[i] < 0 || length[i] + 1 + next[i] > lo) {
        continue;
      }
      if (!small[i] && length[i] >= MIN_WIDTH && indent(lines.get(i + 1)) <= indent(lines.get(i))
          && !sentenceBreak(lines.get(i).text(), lines.get(i + 1).text())) {
        weak++;
      }
    }
    if (best < AGREEMENT * strong || best < WEAK_AGREEMENT * weak) {
      return lines;
    }
    List<Line> out = new ArrayList<>(n);
    WrapJoiner joiner = new WrapJoiner();
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      Line above = i > 0 ? lines.get(i - 1) : null;
      boolean join = i > 0 && joiner.open() && (small[i - 1] ? agreesAny(length[i - 1], next[i - 1], tiedUpTo)
              : next[i - 1] >= 0 && length[i - 1] <= lo && length[i - 1] + next[i - 1] >= hi)
          && indent(line) <= indent(above) && !sentenceBreak(above.text(), line.text())
          && !(joiner.joined() == 1 && WrapHeadings.headingOver(lines, i))
          && !(WrapHeadings.opensCapital(line.text()) && readsAlone(line.text()));
      if (join && joiner.add(line)) {
        continue;
      }
      if (joiner.open()) {
        out.add(joiner.line());
      }
      joiner.start(line);
    }
    out.add(joiner.line());
    return out;
  }

  /**
   * Whether line {@code a} ends a sentence ("harbour.", "Is it open?", "he said.”", but not "Dr.") over a line
   * {@code b} that opens with a capital or a quotation mark: the two may be lines of their own (a caption
   * printed twice, a paragraph under a heading), so they are not joined, at the cost of a paragraph split
   * where its sentence and a wrapped line end together. Abbreviations are {@link Sentences#abbreviation}'s.
   */
  static boolean sentenceBreak(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int k = a.length() - 1;
    while (k > 0 && "\"'\u2019\u201d)]".indexOf(a.charAt(k)) >= 0) {
      k--;
    }
    char end = a.charAt(k);
    if (".!?\u2026".indexOf(end) < 0 || end == '.' && Sentences.abbreviation(a, k)) {
      return false;
    }
    int first = b.codePointAt(0);
    return Character.isUpperCase(first) || "\"'\u2018\u201c(".indexOf(first) >= 0;
  }

  // A line that reads as a line of its own, whatever stands over it: a byline, a date line, a photo's credit
  // ("By Ana Ruiz", "Published: March 3, 2026", "Photo: Jo Park"). A wrap does not break a line into one of those.
  private static boolean readsAlone(String text) {
    return Bylines.read(text).isPresent() || PublishedDates.parse(text).isPresent()
        || CreditShapes.photoCredit(text).isPresent();
  }

  // A line of a quoted reply in an e-mail: '>' first, after any spaces ("> On Monday, Ann wrote:", ">> Yes").
  static boolean quotedReply(Line line) {
    String raw = line.raw();
    int k = 0;
    while (k < raw.length() && (raw.charAt(k) == ' ' || raw.charAt(k) == '\t')) {
      k++;
    }
    return k < raw.length() && raw.charAt(k) == '>';
  }

  private static int prefix(int[] counts, int to) {
    int sum = 0;
    for (int k = 0; k <= to; k++) {
      sum += counts[k];
    }
    return sum;
  }

  // Whether a break agrees with one of the widths that tie as the best: length <= w <= length + next.
  private static boolean agreesAny(int length, int next, int[] tiedUpTo) {
    int from = Math.max(length, 1);
    int to = Math.min(length + next, MAX_WIDTH);
    return next >= 0 && from <= to && tiedUpTo[to] > tiedUpTo[from - 1];
  }

  private static boolean opensSmall(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
  }

  private static int indent(Line line) {
    String raw = line.raw();
    int k = 0;
    while (k < raw.length() && Character.isWhitespace(raw.charAt(k))) {
      k++;
    }
    return k;
  }
}
