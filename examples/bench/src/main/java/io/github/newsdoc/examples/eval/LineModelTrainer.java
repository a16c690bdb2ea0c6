package io.github.newsdoc.examples.eval;

import com.oracle.labs.mlrg.olcut.util.Pair;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.ParseReport;
import io.github.newsdoc.parser.internal.LineFeatures;
import org.tribuo.MutableDataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Trains the weights of the page-line model ({@code LineModel} in the parser) on the structure gold sets
 * that are tuning data, and reports how it does on each page when trained on all the others (leave one
 * site out: each page is one site).
 *
 * <p>The model answers one question for each line of a page the parser read as article text or as
 * boilerplate: is it the article's text? Its features ({@link LineFeatures}) include what the rules decided,
 * so the model learns where the rules' reading should be overruled.
 *
 * <p>Options: {@code --write FILE} writes the weights trained on every page; {@code --low}/{@code --high}
 * set the probabilities below which a paragraph becomes boilerplate and above which boilerplate becomes
 * a paragraph (the parser's are 0.05 and 0.95); {@code --flips} lists the lines those thresholds change
 * in the leave-one-site-out run (tuning pages only); {@code --rules-free} leaves out what the rules
 * decided and compares the model's errors with the rules' page by page.
 *
 * <pre>LineModelTrainer [--halves dev,dev2,invented,…] [--gold DIR] [--write FILE] [--low P]
 *     [--high P] [--flips] [--rules-free]</pre>
 */
public final class LineModelTrainer {
  private static final Label ARTICLE = new Label("article");
  private static final Label OTHER = new Label("other");

  // The features that say what the rules decided (named "rules:…" or for the rules' paragraphs): zero in the
  // rules-free comparison.
  private static final int[] RULE_FEATURES = java.util.stream.IntStream.range(0, LineFeatures.NAMES.size())
      .filter(k -> LineFeatures.NAMES.get(k).startsWith("rules:") || LineFeatures.NAMES.get(k).contains("paragraph"))
      .toArray();

  // The rule of a line the canonical writer labelled boilerplate: never asked.
  // The rule of a page with no article (the parser does not ask the model) and of a wrapped line's later parts.
  private static final String NO_ARTICLE = "page:no-article";
  private static final String CONTINUED = "wrap:continued";
  // The rules of the lines the shipped model overruled start so, the rule they overruled after a slash.
  private static final String MODEL = "model:";
  private static final String LABELLED = "boilerplate:labelled";

  private LineModelTrainer() {}

  /** One candidate line of one page: its features, gold answer and the rules' reading. */
  record Row(double[] x, boolean gold, boolean paragraph, String text, boolean mayBeChrome) {}

  /** One page's candidate lines, and the count of its paragraphs in the gold and in the parse. */
  record Page(String id, List<Row> rows, int goldParagraphs, int paragraphs) {}

  private static final String USAGE =
      "usage: LineModelTrainer [--halves dev,dev2,invented,…] [--gold DIR] [--write FILE]"
      + " [--low P] [--high P] [--flips] [--rules-free]\n";
  private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

  /** Runs the trainer; exits non-zero on a bad command line or a missing corpus or gold folder. */
  public static void main(String[] args) throws IOException {
    EvalCli.exit(run(args, EvalCli.corpus(), System.out, System.err));
  }

  static int run(String[] args, Path corpus, PrintStream out, PrintStream err) throws IOException {
    String halves = "dev,dev2,invented,invented2";
    Path gold = Path.of("examples/eval-data/structure");
    Path write = null;
    double low = 0.05;
    double high = 0.95;
    boolean flips = false;
    boolean rulesFree = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--halves" -> halves = EvalCli.value(args, ++i, "--halves");
          case "--gold" -> gold = Path.of(EvalCli.value(args, ++i, "--gold"));
          case "--write" -> write = Path.of(EvalCli.value(args, ++i, "--write"));
          case "--low" -> low = Double.parseDouble(EvalCli.value(args, ++i, "--low"));
          case "--high" -> high = Double.parseDouble(EvalCli.value(args, ++i, "--high"));
          case "--flips" -> flips = true;
          case "--rules-free" -> rulesFree = true;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      return EvalCli.usageError(err, "LineModelTrainer", USAGE, e);
    }
    if (EvalCli.goldMissing(err, "LineModelTrainer", gold)) {
      return EvalCli.FAILURE;
    }
    Path root = gold;
    List<String> tuning = StructureEval.halves(root).stream().filter(h -> !StructureEval.blind(root.resolve(h)))
        .toList();
    for (String half : halves.split(",")) {
      if (!tuning.contains(half)) {
        return EvalCli.usageError(err, "LineModelTrainer", USAGE, new IllegalArgumentException("--halves: '" + half
            + "' is not a tuning half (" + String.join(", ", tuning) + "); the blind halves are never trained on"));
      }
    }
    if (EvalCli.corpusMissing(err, "LineModelTrainer", corpus.resolve("aeb/page"))) {
      return EvalCli.FAILURE;
    }
    TRIBUO_LOG.setLevel(Level.WARNING); // its trainers log every thousand steps
    List<Page> pages = new ArrayList<>();
    for (String half : halves.split(",")) {
      pages.addAll(pages(root.resolve(half), corpus, rulesFree));
    }
    out.printf(Locale.ROOT, "%d pages, %d candidate lines%n", pages.size(),
        pages.stream().mapToInt(p -> p.rows().size()).sum());
    double[][] grid = {{0.02, 0.98}, {0.05, 0.95}, {0.1, 0.9}, {0.2, 0.8}, {0.3, 0.7}, {low, high}};
    int[][] fixes = new int[grid.length][4];
    int[] exactBefore = new int[1];
    int[][] exactAfter = new int[grid.length][1];
    for (int held = 0; held < pages.size(); held++) {
      List<Page> train = new ArrayList<>(pages);
      Page test = train.remove(held);
      double[] w = weights(train);
      if (test.goldParagraphs() == test.paragraphs()) {
        exactBefore[0]++;
      }
      for (int g = 0; g < grid.length; g++) {
        int delta = 0;
        for (Row r : test.rows()) {
          double p = probability(w, r.x());
          boolean now = r.paragraph() ? p >= grid[g][0] || !r.mayBeChrome() : p > grid[g][1];
          if (now != r.paragraph()) {
            delta += now ? 1 : -1;
            fixes[g][now == r.gold() ? 0 : 1]++;
            fixes[g][now ? 2 : 3]++;
            if (g == grid.length - 1 && flips) {
              out.printf(Locale.ROOT, "  flip %s p=%.3f %s %s%n", now == r.gold() ? "right" : "WRONG", p, test.id(),
                  r.text().length() > 100 ? r.text().substring(0, 100) : r.text());
            }
          }
        }
        if (test.goldParagraphs() == test.paragraphs() + delta) {
          exactAfter[g][0]++;
        }
      }
    }
    out.printf(Locale.ROOT, "leave one site out: paragraph counts exact before %d / %d%n", exactBefore[0], pages.size());
    if (rulesFree) {
      int rulesWrong = 0;
      int modelWrong = 0;
      for (int held = 0; held < pages.size(); held++) {
        List<Page> train = new ArrayList<>(pages);
        Page test = train.remove(held);
        double[] w = weights(train);
        int rw = 0;
        int mw = 0;
        for (Row r : test.rows()) {
          rw += r.paragraph() != r.gold() ? 1 : 0;
          mw += (probability(w, r.x()) >= 0.5) != r.gold() ? 1 : 0;
        }
        rulesWrong += rw;
        modelWrong += mw;
        out.printf(Locale.ROOT, "  %-40s rules wrong %3d, model wrong %3d of %d%n", test.id(), rw, mw, test.rows().size());
      }
      out.printf(Locale.ROOT, "rules-free: rules wrong %d, model wrong %d%n", rulesWrong, modelWrong);
    }
    for (int g = 0; g < grid.length; g++) {
      out.printf(Locale.ROOT, "  low %.2f high %.2f: flips right %d, wrong %d (to article %d, to boilerplate %d);"
          + " counts exact %d%n", grid[g][0], grid[g][1], fixes[g][0], fixes[g][1], fixes[g][2], fixes[g][3],
          exactAfter[g][0]);
    }
    double[] all = weights(pages);
    for (int k = 0; k < LineFeatures.NAMES.size(); k++) {
      out.printf(Locale.ROOT, "  %-28s %8.3f%n", LineFeatures.NAMES.get(k), all[k]);
    }
    out.printf(Locale.ROOT, "  %-28s %8.3f%n", "bias", all[all.length - 1]);
    if (write != null) {
      StringBuilder sb = new StringBuilder();
      sb.append("# The page-line model's weights, written by LineModelTrainer (examples/bench) from the structure\n")
          .append("# gold sets ").append(halves).append(". One feature a line: name, TAB, weight; 'bias' last.\n");
      for (int k = 0; k < LineFeatures.NAMES.size(); k++) {
        sb.append(LineFeatures.NAMES.get(k)).append('\t').append(String.format(Locale.ROOT, "%.6f", all[k])).append('\n');
      }
      sb.append("bias\t").append(String.format(Locale.ROOT, "%.6f", all[all.length - 1])).append('\n');
      Files.writeString(write, sb.toString(), StandardCharsets.UTF_8);
      out.println("wrote " + write);
    }
    return 0;
  }

  static double probability(double[] w, double[] x) {
    double z = w[w.length - 1];
    for (int k = 0; k < x.length; k++) {
      z += w[k] * x[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Trains on the pages and returns one weight a feature, then the bias: the log-odds of article text. */
  static double[] weights(List<Page> pages) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("structure gold", factory), factory);
    String[] names = LineFeatures.NAMES.toArray(new String[0]);
    for (Page page : pages) {
      for (Row r : page.rows()) {
        data.add(new ArrayExample<>(r.gold() ? ARTICLE : OTHER, names, r.x().clone()));
      }
    }
    Model<Label> model = new LogisticRegressionTrainer().train(data);
    Map<String, List<Pair<String, Double>>> top = model.getTopFeatures(-1);
    double[] w = new double[names.length + 1];
    for (Map.Entry<String, List<Pair<String, Double>>> e : top.entrySet()) {
      double sign = e.getKey().equals(ARTICLE.getLabel()) ? 1 : -1;
      for (Pair<String, Double> f : e.getValue()) {
        int k = f.getA().equals(Model.BIAS_FEATURE) ? names.length : LineFeatures.NAMES.indexOf(f.getA());
        w[k] += sign * f.getB();
      }
    }
    return w;
  }

  /** The pages of one half (its gold folder), parsed, with their candidate lines. */
  static List<Page> pages(Path gold, Path corpus, boolean rulesFree) throws IOException {
    boolean invented = StructureEval.pagesBeside(gold);
    List<Page> pages = new ArrayList<>();
    ArticleParser parser = ArticleParser.standard();
    for (Path file : StructureEval.golds(gold)) {
      String id = file.getFileName().toString().replaceFirst("\\.gold$", "");
      Path path = StructureEval.page(gold, id, invented, corpus);
      StructureGold g = StructureGold.read(file, path);
      ParseReport report = parser.analyze(Files.readAllBytes(path));
      List<LineAssignment> lines = report.lines();
      if (lines.stream().noneMatch(l -> l.rule().startsWith("page:"))
          || lines.stream().anyMatch(l -> l.rule().equals(NO_ARTICLE))) {
        continue; // not read as a page, or a page with no article: the model is not asked
      }
      lines = joinWrapped(lines);
      int n = lines.size();
      List<String> raw = new ArrayList<>(n);
      int[] numbers = new int[n];
      int overruled = 0; // paragraphs the shipped model added, less those it took away
      LineRole[] roles = new LineRole[n];
      String[] rules = new String[n];
      for (int i = 0; i < n; i++) {
        LineAssignment l = lines.get(i);
        raw.add(l.text());
        numbers[i] = l.line();
        roles[i] = l.role();
        rules[i] = l.rule();
        if (rules[i].startsWith(MODEL)) { // the rules' own reading, before the model the parser ships overruled it
          overruled += roles[i] == LineRole.PARAGRAPH ? 1 : -1;
          roles[i] = roles[i] == LineRole.PARAGRAPH ? LineRole.BOILERPLATE : LineRole.PARAGRAPH;
          rules[i] = rules[i].substring(rules[i].indexOf('/') + 1);
        }
      }
      double[][] x = LineFeatures.of(raw, numbers, roles, rules);
      if (rulesFree) {
        for (double[] row : x) {
          for (int k : RULE_FEATURES) {
            row[k] = 0;
          }
        }
      }
      List<Row> rows = new ArrayList<>();
      int paragraphs = 0;
      for (int i = 0; i < n; i++) {
        if (!candidate(roles[i], rules[i])) {
          continue;
        }
        String role = g.roles().get(numbers[i]);
        boolean paragraph = roles[i] == LineRole.PARAGRAPH;
        paragraphs += paragraph ? 1 : 0;
        rows.add(new Row(x[i], "PARAGRAPH".equals(role), paragraph, numbers[i] + ": " + raw.get(i),
            !LineFeatures.endsSentence(raw.get(i))));
      }
      String count = g.first("paragraphs");
      pages.add(new Page(id, rows, count == null ? -1 : Integer.parseInt(count.strip()),
          report.article().paragraphs().size() - overruled));
    }
    return pages;
  }

  /**
   * The lines as the parser weighs them: a line a fixed-width wrap broke ({@value #CONTINUED} under it) is
   * one line, its parts joined with a space, as the parser joins them before the segmenter reads them.
   */
  static List<LineAssignment> joinWrapped(List<LineAssignment> lines) {
    List<LineAssignment> joined = new ArrayList<>(lines.size());
    for (LineAssignment l : lines) {
      if (l.rule().equals(CONTINUED) && !joined.isEmpty()) {
        LineAssignment head = joined.remove(joined.size() - 1);
        joined.add(new LineAssignment(head.line(), head.text().stripTrailing() + " " + l.text().strip(), head.role(),
            head.rule()));
      } else {
        joined.add(l);
      }
    }
    return joined;
  }

  /** Whether the model is asked about a line: one read as article text or as boilerplate (not labelled). */
  static boolean candidate(LineRole role, String rule) {
    return role == LineRole.PARAGRAPH || role == LineRole.BOILERPLATE && !rule.equals(LABELLED);
  }
}
