package io.github.newsdoc.examples.eval;

import io.github.newsdoc.examples.eval.BratFile.Offsets;
import io.github.newsdoc.examples.eval.BratFile.Range;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The lines of a text around marked spans, for the examples an evaluator prints: [[gold]], <<source>>, {{ours}}. */
final class MarkedContext {
  private static final int CONTEXT = 160;
  private static final int MAX_CONTEXT = 900;

  private MarkedContext() {}

  /** Marks {@code open} and {@code close} to insert at {@code start} and {@code end} of the text. */
  record Mark(int start, int end, String open, String close) {}

  /** The mark around the ranges of the .ann file, as offsets into the text. */
  static Mark mark(Offsets off, List<Range> ranges, String open, String close) {
    return new Mark(off.ch(Range.min(ranges)), off.ch(Range.max(ranges)), open, close);
  }

  /** The line(s) around the marks, cut to a window, with the marks inserted and line breaks shown as " | ". */
  static String of(String text, List<Mark> marks) {
    int lo = marks.stream().mapToInt(Mark::start).min().orElse(0);
    int hi = marks.stream().mapToInt(Mark::end).max().orElse(0);
    int a = lo;
    while (a > 0 && text.charAt(a - 1) != '\n' && text.charAt(a - 1) != '\r') {
      a--;
    }
    int b = hi;
    while (b < text.length() && text.charAt(b) != '\n' && text.charAt(b) != '\r') {
      b++;
    }
    boolean cutLeft = a < lo - CONTEXT;
    boolean cutRight = b > hi + CONTEXT;
    a = Math.max(a, lo - CONTEXT);
    b = Math.min(b, hi + CONTEXT);
    TreeMap<Integer, StringBuilder> inserts = new TreeMap<>();
    for (Mark m : marks) { // closes go before opens at the same position
      inserts.computeIfAbsent(m.end(), k -> new StringBuilder()).insert(0, m.close);
    }
    for (Mark m : marks) {
      inserts.computeIfAbsent(m.start(), k -> new StringBuilder()).append(m.open);
    }
    StringBuilder out = new StringBuilder(cutLeft ? "..." : "");
    int at = a;
    for (Map.Entry<Integer, StringBuilder> e : inserts.entrySet()) {
      out.append(text, at, e.getKey()).append(e.getValue());
      at = e.getKey();
    }
    out.append(text, at, b).append(cutRight ? "..." : "");
    String s = oneLine(out.toString());
    if (s.length() > MAX_CONTEXT) {
      s = s.substring(0, MAX_CONTEXT / 2) + " ... " + s.substring(s.length() - MAX_CONTEXT / 2);
    }
    return s;
  }

  /** The text on one line, its line breaks shown as " | ". */
  static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", " | ");
  }
}
