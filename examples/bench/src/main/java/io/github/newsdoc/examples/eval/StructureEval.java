package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.ParseReport;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores whole pages against the structure gold ({@code examples/eval-data/structure}): the title, the
 * paragraph count, the bylines, the publication and update times (day, time and zone, see {@link GoldTimes};
 * the day alone is shown too), the captions with their credits, the share of chrome lines
 * left in the article, and the share of the article's lines (gold {@code PARAGRAPH}) read as paragraphs. The
 * errors list the chrome left before the article lines lost. A half is a folder of the gold's root that holds
 * {@code .gold} files; a half is blind when it holds a {@code BLIND} file (as every evaluator's blind gold does)
 * or is named {@code test}, {@code test2} or {@code …-test}: only its summary is ever printed. The others
 * ({@code dev}, {@code dev2}, {@code invented…}) are tuning data.
 * A half whose pages lie beside their gold files (the invented ones) reads them there; the others read the
 * pages of {@code aeb/page} in the corpus.
 *
 * <pre>
 * java -cp examples/bench/target/newsdoc-bench.jar io.github.newsdoc.examples.eval.StructureEval
 *     [--half NAME] [--gold DIR] [--errors N]
 * </pre>
 */
public final class StructureEval {
  private static final String USAGE =
      "usage: StructureEval [--half NAME] [--gold DIR] [--errors N]\n"
      + "  scores titles, paragraph counts, bylines, dates, captions, chrome left and article lines kept\n"
      + "  against the structure gold; NAME is a folder of the gold (default dev), and a folder that holds a\n"
      + "  BLIND file (test, test2, invented…-test) is blind: it prints its summary only, never its errors\n";
  // the roles that put a line in the article's content
  private static final Set<LineRole> CONTENT = Set.of(LineRole.TITLE, LineRole.PARAGRAPH, LineRole.CAPTION);

  private StructureEval() {}

  /** Runs the evaluation; see the class documentation. */
  public static void main(String[] args) {
    EvalCli.exit(run(args, EvalCli.corpus(), ArticleParser.standard()::analyze, System.out, System.err));
  }

  /** The figures of one half. */
  static final class Tally {
    int pages;
    int titles;
    int paragraphCounts;
    int bylinePages;
    int bylinesRight;
    int datePages;
    int datesRight;
    int dayRight;
    int updatedPages;
    int updatedRight;
    int captions;
    int captionsFound;
    int chrome;
    int chromeLeft;
    int articleLines;
    int articleLinesKept;
    int problems;
  }

  static int run(String[] args, Path corpus, Function<byte[], ParseReport> parser, PrintStream out, PrintStream err) {
    Path root = Path.of("examples/eval-data/structure");
    String half = "dev";
    int errors = 20;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "-h", "--help" -> {
            out.print(USAGE);
            return 0;
          }
          case "--half" -> half = EvalCli.value(args, ++i, "--half");
          case "--gold" -> root = Path.of(EvalCli.value(args, ++i, "--gold"));
          case "--errors" -> errors = EvalCli.errors(args, ++i);
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
    } catch (IllegalArgumentException e) {
      return EvalCli.usageError(err, "StructureEval", USAGE, e);
    }
    if (EvalCli.goldMissing(err, "StructureEval", root)) {
      return EvalCli.FAILURE;
    }
    List<String> halves = halves(root);
    if (!halves.contains(half)) {
      return EvalCli.usageError(err, "StructureEval", USAGE, new IllegalArgumentException("--half takes a folder of "
          + root + " that holds gold files (" + String.join(", ", halves) + "), not '" + half + "'"));
    }
    Path gold = root.resolve(half);
    boolean invented = pagesBeside(gold);
    if (!invented && EvalCli.corpusMissing(err, "StructureEval", corpus.resolve("aeb/page"))) {
      return EvalCli.FAILURE;
    }
    Tally t = new Tally();
    List<String> wrong = new ArrayList<>();
    for (Path file : golds(gold)) {
      StructureGold g;
      ParseReport report;
      try {
        String id = file.getFileName().toString().replaceFirst("\\.gold$", "");
        Path page = page(gold, id, invented, corpus);
        g = StructureGold.read(file, page);
        report = parser.apply(Files.readAllBytes(page));
      } catch (IOException | RuntimeException e) {
        err.println("StructureEval: " + file.getFileName() + ": " + e.getMessage());
        t.problems++;
        continue;
      }
      score(g, report, t, wrong);
    }
    out.printf(Locale.ROOT, "structure, %s half: %d pages%n", half, t.pages);
    out.printf(Locale.ROOT, "  title right           %3d / %d  %.3f%n", t.titles, t.pages, EvalCli.ratio(t.titles, t.pages));
    out.printf(Locale.ROOT, "  paragraph count exact %3d / %d  %.3f%n", t.paragraphCounts, t.pages,
        EvalCli.ratio(t.paragraphCounts, t.pages));
    out.printf(Locale.ROOT, "  bylines right         %3d / %d  %.3f  (pages that print one)%n", t.bylinesRight,
        t.bylinePages, EvalCli.ratio(t.bylinesRight, t.bylinePages));
    out.printf(Locale.ROOT, "  date right            %3d / %d  %.3f  (pages that print one; day, time and zone)%n",
        t.datesRight, t.datePages, EvalCli.ratio(t.datesRight, t.datePages));
    out.printf(Locale.ROOT, "  date day right        %3d / %d  %.3f%n", t.dayRight, t.datePages,
        EvalCli.ratio(t.dayRight, t.datePages));
    out.printf(Locale.ROOT, "  updated right         %3d / %d  %.3f  (pages that print one)%n", t.updatedRight,
        t.updatedPages, EvalCli.ratio(t.updatedRight, t.updatedPages));
    out.printf(Locale.ROOT, "  captions with credit  %3d / %d  %.3f%n", t.captionsFound, t.captions,
        EvalCli.ratio(t.captionsFound, t.captions));
    out.printf(Locale.ROOT, "  chrome left in article %d / %d  %.3f%n", t.chromeLeft, t.chrome,
        EvalCli.ratio(t.chromeLeft, t.chrome));
    out.printf(Locale.ROOT, "  article lines kept    %d / %d  %.3f  (gold paragraph lines read as paragraphs)%n",
        t.articleLinesKept, t.articleLines, EvalCli.ratio(t.articleLinesKept, t.articleLines));
    if (blind(gold)) {
      out.println("  (blind half: no errors listed)");
    } else if (errors > 0) {
      EvalCli.section(out, "wrong", wrong, errors);
    }
    return t.problems > 0 ? 1 : 0;
  }

  /** The halves under the gold's root: its folders that hold gold files, in name order (none if it is missing). */
  static List<String> halves(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).filter(d -> !golds(d).isEmpty())
          .map(d -> d.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a half is blind: its folder holds the {@code BLIND} marker every evaluator's blind gold holds, or its
   * name says so ({@code test}, {@code test2}, {@code …-test}), so that a new test half without its marker still
   * prints no errors and is never trained on.
   */
  static boolean blind(Path half) {
    String name = half.getFileName() == null ? "" : half.getFileName().toString();
    return Files.isRegularFile(half.resolve("BLIND")) || name.matches("test\\d*|.*-test");
  }

  /** Whether a half's pages lie beside their gold files (the invented halves) rather than in the corpus. */
  static boolean pagesBeside(Path half) {
    return golds(half).stream().allMatch(g -> Files.isRegularFile(
        g.resolveSibling(g.getFileName().toString().replaceFirst("\\.gold$", ".txt"))));
  }

  /** The page a gold file of a half describes: beside it for the invented halves, in the corpus for aeb's. */
  static Path page(Path gold, String id, boolean invented, Path corpus) {
    return invented ? gold.resolve(id + ".txt") : corpus.resolve("aeb/page/" + id + ".txt");
  }

  /** The gold files of a half, in name order. */
  static List<Path> golds(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".gold")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void score(StructureGold g, ParseReport report, Tally t, List<String> wrong) {
    Article a = report.article();
    t.pages++;
    String title = g.first("title");
    if (title != null && same(title, a.title())) {
      t.titles++;
    } else {
      wrong.add(g.page() + ": title '" + a.title() + "', gold '" + title + "'");
    }
    String paragraphs = g.first("paragraphs");
    if (paragraphs != null && Integer.parseInt(paragraphs.strip()) == a.paragraphs().size()) {
      t.paragraphCounts++;
    } else {
      wrong.add(g.page() + ": " + a.paragraphs().size() + " paragraphs, gold " + paragraphs);
    }
    Set<String> goldBylines = g.all("byline").stream().map(StructureEval::key).collect(Collectors.toCollection(TreeSet::new));
    Set<String> bylines = a.bylines().stream().map(Byline::name).map(StructureEval::key)
        .collect(Collectors.toCollection(TreeSet::new));
    if (!goldBylines.isEmpty()) {
      t.bylinePages++;
      if (goldBylines.equals(bylines)) {
        t.bylinesRight++;
      } else {
        wrong.add(g.page() + ": bylines " + bylines + ", gold " + goldBylines);
      }
    }
    String published = g.first("published");
    if (published != null) {
      t.datePages++;
      String day = published.length() >= 10 ? published.substring(0, 10) : published;
      if (a.published().map(p -> p.date().toString().equals(day)).orElse(false)) {
        t.dayRight++;
      }
      Optional<String> mismatch = GoldTimes.mismatch(published, a.published());
      if (mismatch.isEmpty()) {
        t.datesRight++;
      } else {
        wrong.add(g.page() + ": published '" + a.published().map(Object::toString).orElse("") + "', gold '"
            + published + "' (" + mismatch.get() + ")");
      }
    }
    String updated = g.first("updated");
    if (updated != null) {
      t.updatedPages++;
      Optional<String> mismatch = GoldTimes.mismatch(updated, a.updated());
      if (mismatch.isEmpty()) {
        t.updatedRight++;
      } else {
        wrong.add(g.page() + ": updated '" + a.updated().map(Object::toString).orElse("") + "', gold '"
            + updated + "' (" + mismatch.get() + ")");
      }
    }
    for (String c : g.all("caption")) {
      int tab = c.indexOf('\t');
      String text = tab < 0 ? c : c.substring(0, tab);
      String credit = tab < 0 ? "" : c.substring(tab + 1);
      t.captions++;
      boolean found = a.captions().stream().anyMatch(x -> overlaps(text, x.text())
          && (credit.isBlank() || x.credit().map(k -> overlaps(credit, k)).orElse(false)));
      if (found) {
        t.captionsFound++;
      } else {
        wrong.add(g.page() + ": caption not found with its credit: '" + text + "' / '" + credit + "'; ours: "
            + a.captions().stream().map(x -> x.text() + " / " + x.credit().orElse("")).collect(Collectors.toList()));
      }
    }
    // the article's own lines, as the report reads them
    List<String> lost = new ArrayList<>();
    Map<Integer, LineAssignment> byLine = new HashMap<>();
    for (LineAssignment l : report.lines()) {
      byLine.put(l.line(), l);
    }
    for (Map.Entry<Integer, String> e : g.roles().entrySet()) {
      LineAssignment l = byLine.get(e.getKey());
      if ("PARAGRAPH".equals(e.getValue()) && l != null) {
        t.articleLines++;
        if (l.role() == LineRole.PARAGRAPH) {
          t.articleLinesKept++;
        } else {
          lost.add(g.page() + ":" + l.line() + ": article line read as " + l.role() + ": " + l.text());
        }
      }
    }
    for (LineAssignment l : report.lines()) {
      String role = g.roles().get(l.line());
      if ("CHROME".equals(role)) {
        t.chrome++;
        if (CONTENT.contains(l.role())) {
          t.chromeLeft++;
          wrong.add(g.page() + ":" + l.line() + ": chrome read as " + l.role() + ": " + l.text());
        }
      }
    }
    wrong.addAll(lost);
  }

  // Texts compared as a reader would: case, spacing, typographic marks and accents aside.
  static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return n.replaceAll("[\u2018\u2019\u201c\u201d\"']", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }

  // One text holds the other, once both are keyed (a caption's label or credit may be cut off either side).
  static boolean overlaps(String gold, String ours) {
    String g = key(gold);
    String o = key(ours);
    return !g.isEmpty() && !o.isEmpty() && (g.contains(o) || o.contains(g));
  }
}
