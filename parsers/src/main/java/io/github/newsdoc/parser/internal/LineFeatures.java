package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence {@link LineModel} weighs for each line of a page: what the rules made of the line, its
 * shape (width, sentence end, capitals, digits, link-like), the lines around it (prose or menu items, what
 * the rules made of them, blank lines), its place on the page (how far the nearest wide prose is), and
 * whether the page prints it twice. Nothing here names a site or a site's words.
 *
 * <p>Public only so that the trainer in {@code examples/bench} computes the very features the parser
 * weighs; the package is not exported.
 */
public final class LineFeatures {
  /** The features' names, in the order of the arrays {@link #of} returns. */
  public static final List<String> NAMES = List.of(
      "rules:paragraph", "rules:outside-article", "rules:page", "rules:worded-chrome",
      "words:log", "width:hundreds", "ends-sentence", "prose", "link-like",
      "capitalised-share", "all-capitals", "digit-share", "ends-colon", "question", "separators",
      "starts-with-mark", "web-address",
      "previous:prose", "next:prose", "previous:link-like", "next:link-like",
      "window:prose-share", "window:link-share", "window:paragraph-share",
      "blank-before", "blank-after", "block:log-lines", "wide-prose:log-distance", "page:position",
      "repeated", "paragraph-x-link-like", "paragraph-x-short");

  private static final int WINDOW = 3;
  private static final int WIDE = 200;

  private LineFeatures() {}

  /**
   * The features of each line, from the lines' raw texts and 1-based numbers (in order, blank lines left
   * out) and the roles and rules the parser gave them ({@code null} role: no rule claimed the line).
   */
  public static double[][] of(List<String> raw, int[] numbers, LineRole[] roles, String[] rules) {
    List<Line> lines = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).isBlank()) {
        throw new IllegalArgumentException("line " + numbers[i] + " is blank: blank lines are left out");
      }
      boolean afterBlank = i == 0 || numbers[i - 1] + 1 < numbers[i];
      lines.add(new Line(numbers[i], raw.get(i), Text.normalise(raw.get(i)), afterBlank));
    }
    return of(lines, new LineMeasures(lines), roles, rules);
  }

  /**
   * Whether a line as read ends a sentence, as the model's rule that such a paragraph is never chrome reads it
   * ({@code LineModel.mayBeChrome}).
   */
  public static boolean endsSentence(String raw) {
    String text = Text.normalise(raw);
    return !text.isEmpty() && LineMeasures.endsSentence(text);
  }

  /** The features of each line, the lines measured already. */
  static double[][] of(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules) {
    int n = lines.size();
    Map<String, Integer> seen = new HashMap<>();
    for (Line line : lines) {
      seen.merge(line.text(), 1, Integer::sum);
    }
    int[] wideAbove = new int[n];
    int last = -1_000_000;
    for (int i = 0; i < n; i++) {
      if (shapes.width(i) >= WIDE) {
        last = i;
      }
      wideAbove[i] = i - last;
    }
    int[] block = new int[n];
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && !lines.get(j).afterBlank()) {
        j++;
      }
      for (int k = i; k < j; k++) {
        block[k] = j - i;
      }
      i = j;
    }
    double[][] features = new double[n][];
    int next = 1_000_000;
    for (int i = n - 1; i >= 0; i--) {
      if (shapes.width(i) >= WIDE) {
        next = i;
      }
      int distance = Math.min(wideAbove[i], next - i);
      features[i] = line(lines, shapes, roles, rules, i, distance, block[i], seen.get(lines.get(i).text()) > 1);
    }
    return features;
  }

  private static double[] line(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules, int i,
      int wideDistance, int block, boolean repeated) {
    int n = lines.size();
    String text = lines.get(i).text();
    String rule = rules[i] == null ? "" : rules[i];
    boolean paragraph = roles[i] == null || roles[i] == LineRole.PARAGRAPH;
    boolean pageRule = rule.startsWith("page:");
    int words = 0;
    int capitalised = 0;
    int letters = 0;
    int upper = 0;
    int digits = 0;
    boolean inWord = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      boolean wordChar = Character.isLetterOrDigit(c);
      if (wordChar && !inWord) {
        words++;
        if (Character.isUpperCase(c)) {
          capitalised++;
        }
      }
      inWord = wordChar || inWord && (c == '\'' || c == '\u2019' || c == '-');
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      } else if (Character.isDigit(c)) {
        digits++;
      }
    }
    char end = text.charAt(text.length() - 1);
    char start = text.charAt(0);
    int prose = 0;
    int links = 0;
    int paragraphs = 0;
    int window = 0;
    for (int k = Math.max(0, i - WINDOW); k <= Math.min(n - 1, i + WINDOW); k++) {
      if (k != i) {
        window++;
        prose += shapes.prose(k) ? 1 : 0;
        links += shapes.linkLike(k) ? 1 : 0;
        paragraphs += roles[k] == null || roles[k] == LineRole.PARAGRAPH ? 1 : 0;
      }
    }
    boolean linkLike = shapes.linkLike(i);
    return new double[] {
      paragraph ? 1 : 0,
      rule.startsWith(PageExtractor.OUTSIDE_RULE) || rule.startsWith(PageExtractor.NO_ARTICLE) ? 1 : 0,
      pageRule ? 1 : 0,
      roles[i] == LineRole.BOILERPLATE && !pageRule ? 1 : 0,
      Math.log1p(words),
      Math.min(5, shapes.width(i) / 100.0),
      LineMeasures.endsSentence(text) ? 1 : 0,
      shapes.prose(i) ? 1 : 0,
      linkLike ? 1 : 0,
      words == 0 ? 0 : (double) capitalised / words,
      letters >= 2 && upper == letters ? 1 : 0,
      text.isEmpty() ? 0 : (double) digits / text.length(),
      end == ':' ? 1 : 0,
      end == '?' ? 1 : 0,
      text.indexOf('|') >= 0 || text.indexOf('\u2022') >= 0 || text.indexOf('\u00b7') >= 0 ? 1 : 0,
      start == '-' || start == '\u2022' || start == '*' || start == '\u2013' || start == '\u2014' ? 1 : 0,
      text.contains("http") || text.contains("www.") || text.indexOf('@') >= 0 ? 1 : 0,
      i > 0 && shapes.prose(i - 1) ? 1 : 0,
      i + 1 < n && shapes.prose(i + 1) ? 1 : 0,
      i > 0 && shapes.linkLike(i - 1) ? 1 : 0,
      i + 1 < n && shapes.linkLike(i + 1) ? 1 : 0,
      window == 0 ? 0 : (double) prose / window,
      window == 0 ? 0 : (double) links / window,
      window == 0 ? 0 : (double) paragraphs / window,
      lines.get(i).afterBlank() ? 1 : 0,
      i + 1 >= n || lines.get(i + 1).afterBlank() ? 1 : 0,
      Math.log1p(block),
      Math.log1p(Math.min(wideDistance, 1000)),
      n <= 1 ? 0 : (double) i / (n - 1),
      repeated ? 1 : 0,
      paragraph && linkLike ? 1 : 0,
      paragraph && words <= 4 ? 1 : 0,
    };
  }
}
