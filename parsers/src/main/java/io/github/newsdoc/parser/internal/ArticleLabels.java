package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The article's own line labels: an interview's {@code Q:} and {@code A:}, a transcript's speaker names. When
 * at least {@value #MIN_PROSE} lines of prose on the page open with the same short label, a short line that
 * opens with it ("A: The harbour") is one more line of the same exchange, not a link of the site
 * ({@link PageExtractor}). A label is at most {@value #MAX_WORDS} words before a colon at most
 * {@value #MAX_LABEL} characters into the line. Lines a rule claimed and teasers stay as they are. Linear in
 * the lines.
 */
final class ArticleLabels {
  // Lines of prose that must open with a label for it to be the article's.
  static final int MIN_PROSE = 2;
  // A label ends with a colon at most this many characters into the line, after at most this many words.
  static final int MAX_LABEL = 20;
  static final int MAX_WORDS = 2;

  private ArticleLabels() {}

  /** Marks in {@code between} the lines that are not prose and open with a label of the article's prose. */
  static void mark(LineMeasures shapes, LineRole[] roles, long[] values, boolean[] teaser, boolean[] between) {
    Set<String> labels = labels(shapes, k -> roles[k] == null && values[k] > 0);
    if (labels.isEmpty()) {
      return;
    }
    for (int k = 0; k < values.length; k++) {
      if (roles[k] == null && values[k] <= 0 && !teaser[k] && labels.contains(label(shapes.text(k)))) {
        between[k] = true;
      }
    }
  }

  /** The labels that at least {@value #MIN_PROSE} of the lines {@code prose} accepts open with. */
  static Set<String> labels(LineMeasures shapes, IntPredicate prose) {
    Map<String, Integer> count = new HashMap<>();
    Set<String> labels = new HashSet<>();
    for (int k = 0; k < shapes.size(); k++) {
      if (prose.test(k)) {
        String label = label(shapes.text(k));
        if (label != null && count.merge(label, 1, Integer::sum) >= MIN_PROSE) {
          labels.add(label);
        }
      }
    }
    return labels;
  }

  /** The label a line opens with ("Q" of "Q: Where next?"), or null. */
  static String label(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > MAX_LABEL || colon + 1 < text.length() && text.charAt(colon + 1) != ' ') {
      return null; // no label, or a time or a link ("10:30", "https://…")
    }
    String label = text.substring(0, colon).strip();
    return label.isEmpty() || Text.words(label) > MAX_WORDS ? null : label;
  }
}
