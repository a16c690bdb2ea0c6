package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second opinion on the lines of a page: a logistic model over {@link LineFeatures} that gives the odds
 * that a line is the article's text, and overrules the rules only when it is nearly sure. A paragraph the
 * model gives less than {@value #LOW} becomes boilerplate ({@value #CHROME_RULE}); boilerplate it gives
 * more than {@value #HIGH} becomes a paragraph ({@value #TEXT_RULE}). The rule it overruled follows a slash
 * ({@code model:article-text/page:link-like}), so the report shows both readings and the trainer can see
 * the rules' own.
 *
 * A paragraph that ends a sentence is never taken for chrome ({@link #mayBeChrome}), nor is the headline of a
 * live page's entry, which the page's rules read on evidence the model has no feature for ({@link LiveEntries}).
 *
 * <p>The weights are data, {@code model/page-lines.tsv}, trained by {@code LineModelTrainer} in
 * {@code examples/bench} on the structure gold sets that are tuning data; its leave-one-site-out figures
 * (each page left out of the training in turn and tried) are in its report and the README. The features
 * include what the rules decided, so the model learns where their reading should yield; without them the
 * same model has several times the rules' errors on those pages.
 *
 * <p>Only pages are asked (texts whose article {@link PageExtractor} found among chrome): a clean article
 * keeps every paragraph.
 */
final class LineModel {
  /** The rule of a paragraph the model reads as boilerplate. */
  static final String CHROME_RULE = "model:page-chrome";
  /** The rule of boilerplate the model reads as the article's text. */
  static final String TEXT_RULE = "model:article-text";
  static final double LOW = 0.05;
  static final double HIGH = 0.95;
  private static final String RESOURCE = "/io/github/newsdoc/parser/model/page-lines.tsv";
  private static final double[] WEIGHTS = load(RESOURCE);

  private LineModel() {}

  /** Overrules the roles of the page's lines the model is nearly sure of. */
  static void apply(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules) {
    double[][] features = LineFeatures.of(lines, shapes, roles, rules);
    for (int i = 0; i < lines.size(); i++) {
      boolean paragraph = roles[i] == null || roles[i] == LineRole.PARAGRAPH;
      if (!paragraph && roles[i] != LineRole.BOILERPLATE || LiveEntries.RULE.equals(rules[i])) {
        continue;
      }
      double p = probability(features[i]);
      if (paragraph && p < LOW && mayBeChrome(shapes.text(i))) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = CHROME_RULE + "/" + (rules[i] == null ? "default:paragraph" : rules[i]);
      } else if (!paragraph && p > HIGH) {
        roles[i] = LineRole.PARAGRAPH;
        rules[i] = TEXT_RULE + "/" + rules[i];
      }
    }
  }

  /**
   * Whether the model may take a paragraph for chrome: not when it ends a sentence. Figures and notes the
   * article closes with ("Landings, tonnes: 1,414 (2019); 989 (2020).") look like a page's data to the model,
   * and an article's sentence lost is worse than a line of chrome kept.
   */
  static boolean mayBeChrome(String text) {
    return !LineMeasures.endsSentence(text);
  }

  /** The model's odds, as a probability, that a line with these features is the article's text. */
  static double probability(double[] features) {
    double z = WEIGHTS[WEIGHTS.length - 1];
    for (int k = 0; k < features.length; k++) {
      z += WEIGHTS[k] * features[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  static double[] load(String path) {
    try (InputStream in = LineModel.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("model missing from the class path: " + path);
      }
      return read(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + path, e);
    }
  }

  /**
   * Reads {@code name TAB weight} lines, one for each of {@link LineFeatures#NAMES} and then {@code bias};
   * a missing, unknown, repeated or unreadable weight fails with the file and line.
   */
  static double[] read(String path, BufferedReader reader) throws IOException {
    List<String> names = LineFeatures.NAMES;
    Map<String, Double> weights = new HashMap<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 2) {
        throw new IllegalStateException(path + ":" + number + ": want 'name<TAB>weight', got '" + line + "'");
      }
      if (!names.contains(cells[0]) && !cells[0].equals("bias")) {
        throw new IllegalStateException(path + ":" + number + ": no feature is named '" + cells[0] + "'");
      }
      double w;
      try {
        w = Double.parseDouble(cells[1]);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(path + ":" + number + ": '" + cells[1] + "' is not a number", e);
      }
      if (weights.put(cells[0], w) != null) {
        throw new IllegalStateException(path + ":" + number + ": '" + cells[0] + "' is weighted twice");
      }
    }
    double[] out = new double[names.size() + 1];
    for (int k = 0; k <= names.size(); k++) {
      String name = k < names.size() ? names.get(k) : "bias";
      Double w = weights.get(name);
      if (w == null) {
        throw new IllegalStateException(path + ": no weight for '" + name + "'");
      }
      out[k] = w;
    }
    return out;
  }
}
