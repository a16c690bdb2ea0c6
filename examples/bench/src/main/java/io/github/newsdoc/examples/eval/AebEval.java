package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.parser.ArticleParser;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores the parser's article bodies on the article-extraction-benchmark pages with the benchmark's metric.
 *
 * <p>Each text is cut into words (runs of letters, digits and {@code _}, like Python's {@code \w+}),
 * lower-cased, and turned into the multiset of its 4-word shingles (a text of fewer than 4 words is one
 * shingle). Per page, with {@code tp} the size of the multiset intersection of our shingles and the body's,
 * precision is {@code tp / |ours|} and recall {@code tp / |gold|}; the scores are the means over the pages and
 * F1 of the two means. Edge cases: no shingles on either side scores precision and recall 1; none of ours but
 * some gold scores precision 0 and recall 0, and the page counts in the precision mean (the benchmark's
 * {@code evaluate.py} leaves such pages out of it, which would reward extracting nothing); some of ours but no
 * gold scores precision 0 and recall 1. The figures as {@code evaluate.py} computes them (case kept, pages
 * without output left out of the precision mean) are printed too.
 *
 * <p>Run from the repository root: {@code java -cp examples/bench/target/newsdoc-bench.jar
 * io.github.newsdoc.examples.eval.AebEval [--worst [N]]}, with the corpus at {@code ../shared/corpus} or
 * {@code -Dnewsdoc.corpus=DIR}.
 */
public final class AebEval {
  private static final String USAGE = String.join("\n",
      "Usage: AebEval [--worst [N]]",
      "",
      "Scores the parser's article bodies (blocks, and paragraphs only) against the human-checked bodies of",
      "the article-extraction-benchmark pages, with 4-word shingle precision and recall; the whole page is the",
      "baseline. The corpus is -Dnewsdoc.corpus=DIR (default ../shared/corpus), folder aeb.",
      "",
      "  --worst [N]   list the N pages (default 10) with the lowest F1 of our blocks",
      "");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int SHINGLE = 4;

  private AebEval() {}

  /** Prints the scores; see the class comment and {@code --help}. Exits with 2 when the corpus is missing. */
  public static void main(String[] args) {
    EvalCli.exit(run(args, EvalCli.corpus(), ArticleParser.standard()::parse, System.out, System.err));
  }

  /**
   * Scores the pages of {@code corpus/aeb} as parsed by {@code parser} and prints the report; returns the exit
   * status: 0, or 2 for a bad command line or a missing corpus.
   */
  static int run(String[] args, Path corpus, Function<Path, Article> parser, PrintStream out, PrintStream err) {
    int worst = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("-h") || args[i].equals("--help")) {
        out.print(USAGE);
        return 0;
      } else if (args[i].equals("--worst")) {
        worst = 10;
        if (i + 1 < args.length && args[i + 1].matches("\\d+")) {
          worst = Integer.parseInt(args[++i]);
        }
      } else {
        return EvalCli.usageError(err, "AebEval", USAGE,
            new IllegalArgumentException("unknown argument '" + args[i] + "'"));
      }
    }
    Path root = corpus.resolve("aeb");
    Path pages = root.resolve("page");
    if (EvalCli.corpusMissing(err, "AebEval", pages)) {
      return EvalCli.FAILURE;
    }
    Map<String, String> urls = urls(root.resolve("index.tsv"));

    List<Variant> variants = List.of(
        new Variant("our blocks (paragraphs + captions)", a -> join(a.blocks())),
        new Variant("our paragraphs only", a -> join(a.paragraphs())),
        new Variant("whole page, every line (baseline)", null));
    List<PageScore> blockScores = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int n = 0;
    int missingBody = 0;
    for (Path page : EvalFiles.list(pages, ".txt")) {
      String file = page.getFileName().toString();
      Path bodyFile = root.resolve("body").resolve(file);
      if (!Files.isRegularFile(bodyFile)) {
        missingBody++;
        continue;
      }
      n++;
      String pageText = EvalFiles.read(page);
      String gold = EvalFiles.read(bodyFile);
      Article article;
      try {
        article = parser.apply(page);
      } catch (RuntimeException e) {
        failures.add(file + ": " + EvalCli.describe(e));
        article = null;
      }
      for (Variant v : variants) {
        String ours = v.extract == null ? pageText : article == null ? "" : v.extract.apply(article);
        Score s = Score.of(ours, gold, true);
        v.add(s, Score.of(ours, gold, false));
        if (v == variants.get(0)) {
          String name = file.substring(0, file.length() - ".txt".length());
          blockScores.add(new PageScore(name, urls.getOrDefault(name, ""), s));
        }
      }
    }

    out.printf(Locale.ROOT, "AEB article bodies (%s: %d pages; lower-cased 4-word shingles, means over pages)%n",
        root, n);
    out.printf(Locale.ROOT, "%-36s %6s %7s %7s %7s   %s%n", "variant", "empty", "P", "R", "F1",
        "evaluate.py P / R / F1");
    for (Variant v : variants) {
      double p = v.precision / n;
      double r = v.recall / n;
      double op = v.officialPrecisionPages == 0 ? 0 : v.officialPrecision / v.officialPrecisionPages;
      double or = v.officialRecallPages == 0 ? 0 : v.officialRecall / v.officialRecallPages;
      out.printf(Locale.ROOT, "%-36s %6d %7.3f %7.3f %7.3f   %.3f / %.3f / %.3f%n",
          v.name, v.empty, p, r, f1(p, r), op, or, f1(op, or));
    }
    out.println("empty = pages where the variant gave no word; they score precision 0 here and are left out"
        + " of evaluate.py's precision mean, which also keeps case");
    if (missingBody > 0) {
      out.println(missingBody + " pages have no body file and were skipped");
    }
    if (!failures.isEmpty()) {
      out.println(failures.size() + " pages failed to parse (scored as empty output)"
          + (failures.size() > 5 ? ", the first 5:" : ":"));
      failures.stream().limit(5).forEach(f -> out.println("  " + f));
    }
    if (worst > 0) {
      out.println();
      out.println("worst " + Math.min(worst, blockScores.size()) + " pages by F1 of our blocks"
          + " (shingles: ours / gold / common)");
      blockScores.stream()
          .sorted(Comparator.comparingDouble((PageScore p) -> p.score.f1()).thenComparing(PageScore::name))
          .limit(worst)
          .forEach(p -> out.printf(Locale.ROOT, "  %-32s P %.3f  R %.3f  F1 %.3f  %6d / %6d / %6d  %s%n",
              p.name, p.score.precision, p.score.recall, p.score.f1(), p.score.ours, p.score.gold, p.score.common,
              p.url));
    }
    return 0;
  }

  private static String join(List<? extends Block> blocks) {
    return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The words of a text, lower-cased or not. */
  static List<String> words(String text, boolean lowerCase) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(lowerCase ? m.group().toLowerCase(Locale.ROOT) : m.group());
    }
    return words;
  }

  /** The multiset of shingles: each run of 4 words, or the whole text when it has fewer words. */
  static Map<String, Integer> shingles(String text, boolean lowerCase) {
    List<String> words = words(text, lowerCase);
    Map<String, Integer> shingles = new HashMap<>();
    if (words.isEmpty()) {
      return shingles;
    }
    int count = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < count; i++) {
      shingles.merge(String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE))), 1, Integer::sum);
    }
    return shingles;
  }

  private static Map<String, String> urls(Path index) {
    Map<String, String> urls = new HashMap<>();
    if (Files.isRegularFile(index)) {
      for (String line : EvalFiles.read(index).split("\n")) {
        String[] cells = line.split("\t", 2);
        if (cells.length == 2) {
          urls.put(cells[0].trim(), cells[1].trim());
        }
      }
    }
    return urls;
  }



  /** One way of taking a body out of a page, and its sums over the pages. */
  private static final class Variant {
    final String name;
    final Function<Article, String> extract; // null: the whole page text
    double precision;
    double recall;
    int empty;
    double officialPrecision;
    int officialPrecisionPages;
    double officialRecall;
    int officialRecallPages;

    Variant(String name, Function<Article, String> extract) {
      this.name = name;
      this.extract = extract;
    }

    void add(Score s, Score caseKept) {
      precision += s.precision;
      recall += s.recall;
      empty += s.ours == 0 ? 1 : 0;
      // evaluate.py: precision is averaged over the pages with output, recall over the pages with gold.
      if (caseKept.ours > 0) {
        officialPrecision += (double) caseKept.common / caseKept.ours;
        officialPrecisionPages++;
      }
      if (caseKept.gold > 0) {
        officialRecall += (double) caseKept.common / caseKept.gold;
        officialRecallPages++;
      }
    }
  }

  /** A page's shingle counts and scores. */
  record Score(int ours, int gold, int common, double precision, double recall) {
    static Score of(String ours, String gold, boolean lowerCase) {
      Map<String, Integer> o = shingles(ours, lowerCase);
      Map<String, Integer> g = shingles(gold, lowerCase);
      int nOurs = o.values().stream().mapToInt(Integer::intValue).sum();
      int nGold = g.values().stream().mapToInt(Integer::intValue).sum();
      int common = 0;
      for (Map.Entry<String, Integer> e : o.entrySet()) {
        common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
      }
      double p;
      double r;
      if (nOurs == 0 && nGold == 0) {
        p = 1;
        r = 1;
      } else if (nOurs == 0) {
        p = 0;
        r = 0;
      } else if (nGold == 0) {
        p = 0;
        r = 1;
      } else {
        p = (double) common / nOurs;
        r = (double) common / nGold;
      }
      return new Score(nOurs, nGold, common, p, r);
    }

    double f1() {
      return AebEval.f1(precision, recall);
    }
  }

  private record PageScore(String name, String url, Score score) {}
}
