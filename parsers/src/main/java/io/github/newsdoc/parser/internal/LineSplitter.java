package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into its non-blank lines, at LF, CR and CRLF. */
public final class LineSplitter {
  private LineSplitter() {}

  /** Returns the non-blank lines, numbered from 1. */
  public static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int number = 1;
    boolean afterBlank = true;
    while (start <= n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String raw = text.substring(start, end);
      String normalised = Text.normalise(raw);
      if (normalised.isEmpty()) {
        afterBlank = true;
      } else {
        lines.add(new Line(number, raw, normalised, afterBlank));
        afterBlank = false;
      }
      if (end >= n) {
        break;
      }
      start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
      number++;
    }
    return lines;
  }
}
