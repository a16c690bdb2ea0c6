package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the lines of a text wrapped at a fixed width back into the lines its writer wrote. Plain text from
 * e-mail, wire feeds, terminals and some scrapers is wrapped at a width (often 70 to 80 characters): a
 * paragraph comes as several lines, each broken where the next word would not have fit. Read line by line,
 * such a paragraph is several short paragraphs, and its first line may be taken for a title.
 *
 * <p>The evidence is the wrapping itself. A line {@code a} followed, with no blank line between, by a line
 * {@code b} that opens with a small letter was broken at width {@code w} when {@code a} fits in {@code w} and
 * {@code a}, a space and the first word of {@code b} do not. Only such breaks inside a sentence count for a
 * width: the lines a writer or a page breaks by hand end where a sentence, a heading or an item ends, and the
 * next opens with a capital. The text's width is the one that the most such pairs agree on, between
 * {@value #MIN_WIDTH} and {@value #MAX_WIDTH} characters (a menu's short lines agree on none). The text is
 * wrapped when at least {@value #MIN_JOINS} pairs agree on that width and at least {@value #AGREEMENT} times as
 * many agree as disagree (a pair of any kind disagrees when its first line is wider than the width or the next
 * word would have fit after it, as does a short line followed by one that opens with a small letter). Then each
 * pair that agrees with the width is joined, with a space, or with nothing after a hyphen that ends a word
 * ("well-" and "known"); a line indented more than the line above it starts a paragraph and is not joined, and
 * so does a line that opens with a capital or a quotation mark under a line that ends a sentence: either may be
 * a line of its own (a caption printed twice, a paragraph under a heading), so a paragraph whose sentence and
 * wrap end together is read as two. A joined line is at most {@value #MAX_JOINED} characters long. Texts that
 * are not wrapped are returned as they are.
 * Linear in the lines.
 */
final class WrappedLines {
  /** The narrowest width a text is taken to be wrapped at. */
  static final int MIN_WIDTH = 40;
  /** The widest width a text is taken to be wrapped at. */
  static final int MAX_WIDTH = 200;
  /** The fewest broken lines that show a text is wrapped. */
  static final int MIN_JOINS = 3;
  /** The longest line a join makes: past it, the next line starts a line of its own. */
  static final int MAX_JOINED = 10_000;
  /** How many times more pairs of long lines agree with the width than disagree. */
  static final int AGREEMENT = 10;

  private WrappedLines() {}

  /** The lines of the text, wrapped lines joined; the same list when the text is not wrapped. */
  static List<Line> unwrap(List<Line> lines) {
    int n = lines.size();
    if (n < 2) {
      return lines;
    }
    int[] length = new int[n];
    int[] next = new int[n]; // the length of the first word of the line after, or -1 when none follows
    int[] change = new int[MAX_WIDTH + 2]; // breaks inside a sentence that agree with each width, as changes
    int[] changeAll = new int[MAX_WIDTH + 2]; // all breaks that agree with each width, to choose among ties
    for (int i = 0; i < n; i++) {
      length[i] = lines.get(i).raw().stripTrailing().length();
      next[i] = -1;
    }
    int shortThenSmall = 0; // a short line whose sentence runs on: a wrapping program would have filled it
    for (int i = 0; i + 1 < n; i++) {
      Line b = lines.get(i + 1);
      if (b.afterBlank()) {
        continue;
      }
      String t = b.raw().strip();
      if (length[i] < MIN_WIDTH) {
        if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) {
          shortThenSmall++;
        }
        continue;
      }
      int space = t.indexOf(' ');
      next[i] = space < 0 ? t.length() : space;
      // the widths this pair agrees with: length <= w < length + 1 + word; only a break inside a sentence,
      // before a word in small letters, is evidence (a writer's own lines end where the sentence ends)
      int lo = length[i];
      int hi = Math.min(MAX_WIDTH, length[i] + next[i]);
      if (lo <= hi) {
        changeAll[lo]++;
        changeAll[hi + 1]--;
        if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) {
          change[lo]++;
          change[hi + 1]--;
        }
      }
    }
    // the width most breaks inside a sentence agree with; of those, the one most breaks of any kind agree with
    // (the breaks before a capital tell 59 from 60 when no line inside a sentence is 60 long)
    int width = -1;
    int best = 0;
    int bestAll = 0;
    for (int w = MIN_WIDTH, run = 0, runAll = 0; w <= MAX_WIDTH; w++) {
      run += change[w];
      runAll += changeAll[w];
      if (run > best || run == best && best > 0 && runAll > bestAll) {
        best = run;
        bestAll = runAll;
        width = w;
      }
    }
    int disagree = shortThenSmall;
    for (int i = 0; i < n; i++) {
      if (next[i] >= 0 && (length[i] > width || length[i] + 1 + next[i] <= width)) {
        disagree++;
      }
    }
    if (best < MIN_JOINS || best < AGREEMENT * disagree) {
      return lines;
    }
    List<Line> out = new ArrayList<>(n);
    int i = 0;
    while (i < n) {
      Line first = lines.get(i);
      StringBuilder raw = null;
      StringBuilder text = null;
      int j = i;
      int joined = length[i];
      while (j + 1 < n && agrees(length[j], next[j], width) && indent(lines.get(j + 1)) <= indent(lines.get(j))
          && !sentenceBreak(lines.get(j).text(), lines.get(j + 1).text())
          && (joined += 1 + length[j + 1]) <= MAX_JOINED) {
        if (raw == null) {
          raw = new StringBuilder(first.raw().stripTrailing());
          text = new StringBuilder(first.text());
        }
        Line b = lines.get(j + 1);
        boolean hyphen = brokenAtHyphen(text);
        raw.append(hyphen ? "" : " ").append(b.raw().strip());
        text.append(hyphen ? "" : " ").append(b.text());
        j++;
      }
      out.add(raw == null ? first : new Line(first.number(), raw.toString(), text.toString(), first.afterBlank(),
          lines.get(j).last()));
      i = j + 1;
    }
    return out;
  }

  // A line that ends a sentence over one that opens with a capital or a quotation mark may be two lines of
  // their own (a caption printed twice, a paragraph under a heading): they are not joined, at the cost of a
  // paragraph split where its sentence and the wrap end together.
  static boolean sentenceBreak(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int k = a.length() - 1;
    while (k > 0 && "\"'\u2019\u201d)]".indexOf(a.charAt(k)) >= 0) {
      k--;
    }
    int first = b.codePointAt(0);
    return ".!?\u2026".indexOf(a.charAt(k)) >= 0 && (Character.isUpperCase(first) || "\"'\u2018\u201c(".indexOf(first) >= 0);
  }

  private static boolean agrees(int length, int next, int width) {
    return next >= 0 && length <= width && length + 1 + next > width;
  }

  // "well-" before "known": a hyphen after a letter, the word broken at it
  private static boolean brokenAtHyphen(CharSequence text) {
    int k = text.length();
    return k >= 2 && text.charAt(k - 1) == '-' && Character.isLetter(text.charAt(k - 2));
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
