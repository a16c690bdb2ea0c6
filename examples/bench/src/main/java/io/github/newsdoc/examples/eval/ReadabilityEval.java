package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.ArticleParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores whole pages from other sites than the AEB pages: the readability test pages of the corpus
 * ({@code readability/page}), against their expected bodies ({@code readability/body}) and metadata
 * ({@code readability/meta/*.json}: title, byline, publishedTime).
 *
 * <p>The pages, in name order, are split in two halves: the even-numbered ones (0, 2, …) are tuning data
 * whose errors may be read, the odd-numbered ones are blind: {@code --half odd} prints the summary only.
 * Per page: the body's 4-word shingle precision, recall and F1 of our paragraphs against the expected body
 * (as {@link AebEval} scores them, means over the pages); the title right when its words, lower-cased, are
 * the expected title's or, more than ten letters long, stand inside it (a title without the site's name);
 * the byline right, on pages that expect one, when one of our authors' names stands inside the expected
 * byline; the day right, on pages that expect a publication time, when our publication date is its day.
 *
 * <p>Run from the repository root: {@code java -cp examples/bench/target/newsdoc-bench.jar
 * io.github.newsdoc.examples.eval.ReadabilityEval [--half even|odd|all] [--errors N]}, with the corpus at
 * {@code ../shared/corpus} or {@code -Dnewsdoc.corpus=DIR}.
 */
public final class ReadabilityEval {
  private static final String USAGE = String.join("\n",
      "Usage: ReadabilityEval [--half even|odd|all] [--errors N]",
      "",
      "Scores the parser on the readability test pages (-Dnewsdoc.corpus=DIR, default ../shared/corpus,",
      "folder readability): body shingle P/R/F1, titles, bylines and publication days against the expected",
      "bodies and metadata. Pages in name order: the even-numbered half is tuning data, the odd-numbered half",
      "is blind (its errors are never printed).",
      "",
      "  --half H     even (default), odd or all",
      "  --errors N   print up to N pages that miss (F1 under 0.8, or a wrong title, byline or day); even only",
      "");
  private static final double WEAK_F1 = 0.8;
  private static final int MIN_TITLE_PART = 10;

  private ReadabilityEval() {}

  /** Prints the scores; see the class comment and {@code --help}. Exits with 2 when the corpus is missing. */
  public static void main(String[] args) {
    EvalCli.exit(run(args, EvalCli.corpus(), ArticleParser.standard()::parse, System.out, System.err));
  }

  /** Scores the chosen half as parsed by {@code parser}; returns 0, or 2 for a bad command line or corpus. */
  static int run(String[] args, Path corpus, Function<Path, Article> parser, PrintStream out, PrintStream err) {
    String half = "even";
    int errors = 0;
    for (int i = 0; i < args.length; i++) {
      try {
        if (args[i].equals("-h") || args[i].equals("--help")) {
          out.print(USAGE);
          return 0;
        } else if (args[i].equals("--half")) {
          half = EvalCli.value(args, ++i, "--half");
          if (!List.of("even", "odd", "all").contains(half)) {
            throw new IllegalArgumentException("--half must be even, odd or all, not '" + half + "'");
          }
        } else if (args[i].equals("--errors")) {
          errors = EvalCli.errors(args, ++i);
        } else {
          throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      } catch (IllegalArgumentException e) {
        return EvalCli.usageError(err, "ReadabilityEval", USAGE, e);
      }
    }
    if (errors > 0 && !half.equals("even")) {
      err.println("ReadabilityEval: the odd-numbered half is blind: only its summary is shown, never its errors;"
          + " drop --errors or use --half even");
      return EvalCli.FAILURE;
    }
    Path root = corpus.resolve("readability");
    Path pages = root.resolve("page");
    if (EvalCli.corpusMissing(err, "ReadabilityEval", pages)) {
      return EvalCli.FAILURE;
    }
    JsonMapper json = JsonMapper.builder().build();
    List<Path> all = EvalFiles.list(pages, ".txt");
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    int n = 0;
    int titles = 0;
    int bylines = 0;
    int bylineTotal = 0;
    int days = 0;
    int dayTotal = 0;
    List<String> misses = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      if (half.equals("even") && k % 2 != 0 || half.equals("odd") && k % 2 == 0) {
        continue;
      }
      Path page = all.get(k);
      String file = page.getFileName().toString();
      String name = file.substring(0, file.length() - ".txt".length());
      Path bodyFile = root.resolve("body").resolve(file);
      Path metaFile = root.resolve("meta").resolve(name + ".json");
      if (!Files.isRegularFile(bodyFile) || !Files.isRegularFile(metaFile)) {
        continue;
      }
      n++;
      Article article;
      try {
        article = parser.apply(page);
      } catch (RuntimeException e) {
        misses.add(name + ": " + EvalCli.describe(e));
        article = null;
      }
      String ours = article == null ? "" : article.paragraphs().stream().map(Block::text)
          .collect(Collectors.joining("\n"));
      AebEval.Score s = AebEval.Score.of(ours, EvalFiles.read(bodyFile), true);
      precision += s.precision();
      recall += s.recall();
      f1 += s.f1();
      JsonNode meta = json.readTree(metaFile.toFile());
      String goldTitle = text(meta, "title");
      String ourTitle = article == null ? "" : article.title();
      boolean title = titleRight(ourTitle, goldTitle);
      titles += title ? 1 : 0;
      String goldByline = text(meta, "byline");
      List<String> ourBylines = article == null ? List.of()
          : article.bylines().stream().map(Byline::name).collect(Collectors.toList());
      boolean byline = true;
      if (goldByline != null) {
        bylineTotal++;
        String gold = words(goldByline);
        byline = ourBylines.stream().map(ReadabilityEval::words).anyMatch(b -> !b.isEmpty() && gold.contains(b));
        bylines += byline ? 1 : 0;
      }
      String goldTime = text(meta, "publishedTime");
      String ourDay = article == null ? null : article.published().map(p -> p.date().toString()).orElse(null);
      boolean day = true;
      if (goldTime != null && goldTime.length() >= 10) {
        dayTotal++;
        day = goldTime.substring(0, 10).equals(ourDay);
        days += day ? 1 : 0;
      }
      if (s.f1() < WEAK_F1 || !title || !byline || !day) {
        misses.add(String.format(Locale.ROOT, "%s: F1 %.2f (P %.2f R %.2f) title %s byline %s day %s", name,
            s.f1(), s.precision(), s.recall(), title ? "ok" : "'" + ourTitle + "'", byline ? "ok" : ourBylines,
            day ? "ok" : ourDay));
      }
    }
    out.printf(Locale.ROOT, "readability %s: %d pages  body P %.3f R %.3f F1 %.3f  titles %d/%d  bylines %d/%d"
        + "  days %d/%d%n", half, n, ratio(precision, n), ratio(recall, n), ratio(f1, n), titles, n, bylines,
        bylineTotal, days, dayTotal);
    if (errors > 0) {
      EvalCli.section(out, "pages that miss", misses, errors);
    }
    return 0;
  }

  // Whether our title is the expected one: the same words, or more than ten letters of them inside it.
  static boolean titleRight(String ours, String gold) {
    if (gold == null || ours == null) {
      return false;
    }
    String o = words(ours);
    String g = words(gold);
    return !g.isEmpty() && (o.equals(g) || o.length() > MIN_TITLE_PART && g.contains(o));
  }

  // The words of a text, lower-cased, one space between (the words AebEval makes its shingles of).
  static String words(String text) {
    return String.join(" ", AebEval.words(text, true));
  }

  private static String text(JsonNode meta, String field) {
    JsonNode node = meta.get(field);
    return node == null || node.isNull() ? null : node.asString();
  }

  private static double ratio(double sum, int n) {
    return n == 0 ? 0 : sum / n;
  }
}
