package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.ArticleParser;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores the parser's entities (people, organisations, places) against the hand-made gold of
 * {@code examples/eval-data/entities} (its README gives the guidelines and the format).
 *
 * <p>Each gold article is parsed with {@link ArticleParser#standard()} (entities on). Within an article, our
 * entities are matched one-to-one to the gold ones: an entity of ours can match a gold entity when one of its
 * forms (name or alias) equals one of the gold entity's forms after {@link #normalise(String) normalisation}
 * (case folded, typographic apostrophes unified, a possessive {@code 's} dropped, a leading {@code the} and
 * the honorifics Mr, Mrs, Ms, Dr, Sir and Lord dropped, white space collapsed). The matching is a maximum
 * one (augmenting paths), built first from the pairs whose types agree and then completed with the others,
 * so a wrong type never costs a match. An entity counts once per article: precision is the share of our
 * entities matched, recall the share of gold entities matched, whatever the types; type accuracy is the share
 * of matched pairs whose type the gold accepts (a gold type {@code A/B} accepts either). "typed F1" counts a
 * match only when the type is right too. The per-type rows count gold entities by their first gold type and
 * ours by our type.
 *
 * <p>Splits: an article is in {@code dev} when {@code path.hashCode()} is even, else in {@code test}, with
 * {@code path} the corpus-relative path as the gold writes it ({@code bbc/business/007.txt}); the parity of
 * {@link String#hashCode()} is that of the sum of the path's chars, so the split is stable across JVMs. Tune
 * on {@code dev}; {@code test} is the figure for articles not looked at.
 *
 * <p>Run from the repository root: {@code java -cp examples/bench/target/newsdoc-bench.jar
 * io.github.newsdoc.examples.eval.EntityEval [--split dev|test|all] [--errors N]}, with the corpus at
 * {@code ../shared/corpus} or {@code -Dnewsdoc.corpus=DIR}; {@code --help} lists the other options.
 */
public final class EntityEval {
  private static final String USAGE = String.join("\n",
      "Usage: EntityEval [--split dev|test|all] [--errors N] [--gold DIR]",
      "",
      "Scores the parser's entities against the hand-made gold (examples/eval-data/entities) on the articles",
      "of the corpus (-Dnewsdoc.corpus=DIR, default ../shared/corpus).",
      "",
      "  --split S    dev (path.hashCode() even), test (odd) or all (default all)",
      "  --errors N   print N examples of each error kind (names only): missed, spurious, wrong type",
      "  --gold DIR   the gold folder (default examples/eval-data/entities)",
      "");

  private static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");
  private static final Pattern HONORIFIC = Pattern.compile("^(mr|mrs|ms|dr|sir|lord)\\.? ");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private EntityEval() {}

  /** Prints the scores; see the class comment and {@code --help}. Exits with 2 when the corpus is missing. */
  public static void main(String[] args) {
    EvalCli.exit(run(args, EvalCli.corpus(), ArticleParser.standard()::parse, System.out, System.err));
  }

  /**
   * Scores the entities of the gold's articles in {@code corpus} as parsed by {@code parser} and prints the
   * report; returns the exit status: 0, or 2 for a bad command line or a missing corpus or gold folder.
   */
  static int run(String[] args, Path corpus, Function<String, Article> parser, PrintStream out,
      PrintStream err) {
    String split = "all";
    int errors = 0;
    Path goldDir = Path.of("examples/eval-data/entities");
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "-h", "--help" -> {
            out.print(USAGE);
            return 0;
          }
          case "--split" -> {
            split = EvalCli.value(args, ++i, "--split");
            if (!List.of("dev", "test", "all").contains(split)) {
              throw new IllegalArgumentException("--split takes dev, test or all, not '" + split + "'");
            }
          }
          case "--errors" -> errors = EvalCli.errors(args, ++i);
          case "--gold" -> goldDir = Path.of(EvalCli.value(args, ++i, "--gold"));
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
    } catch (IllegalArgumentException e) {
      return EvalCli.usageError(err, "EntityEval", USAGE, e);
    }
    if (EvalCli.goldMissing(err, "EntityEval", goldDir) || EvalCli.corpusMissing(err, "EntityEval", corpus)
        || EvalCli.blindErrors(err, "EntityEval", goldDir, split, errors)) {
      return EvalCli.FAILURE;
    }
    Map<String, List<Gold>> gold = readGold(goldDir);
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (String s : split.equals("all") ? List.of("dev", "test") : List.of(split)) {
      tallies.put(s, new Tally());
    }
    Examples examples = new Examples();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<Gold>> e : gold.entrySet()) {
      String path = e.getKey();
      Tally tally = tallies.get(splitOf(path));
      if (tally == null) {
        continue;
      }
      Path file = corpus.resolve(path);
      if (!Files.isRegularFile(file)) {
        problems.add(path + ": no such corpus file (set -Dnewsdoc.corpus=DIR)");
        continue;
      }
      List<Entity> ours;
      try {
        ours = parser.apply(EvalFiles.read(file)).entities();
      } catch (RuntimeException ex) {
        problems.add(path + ": " + EvalCli.describe(ex));
        ours = List.of();
      }
      evaluate(path, e.getValue(), ours, tally, examples);
    }
    print(out, goldDir, corpus, split, tallies, examples, errors, problems);
    return 0;
  }

  /** The split of a corpus-relative path: dev when its hash is even (so when the sum of its chars is). */
  static String splitOf(String path) {
    return (path.hashCode() & 1) == 0 ? "dev" : "test";
  }

  /**
   * A name as the matching compares it: lower-cased, typographic apostrophes as {@code '}, white space
   * collapsed, a possessive {@code 's}, a leading {@code the} and an honorific (Mr, Mrs, Ms, Dr, Sir, Lord,
   * with or without a full stop) dropped.
   */
  static String normalise(String name) {
    String s = SPACES.matcher(name.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\''))
        .replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("s'")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    s = HONORIFIC.matcher(s).replaceFirst("");
    return s.strip();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Gold

  /** A gold entity: the types it may have (the first the likelier) and its forms. */
  private record Gold(List<String> types, List<String> forms) {
    String name() {
      return forms.get(0);
    }
  }

  /** Every {@code *.tsv} of the folder, by corpus-relative path in file order; NONE lines give empty lists. */
  private static Map<String, List<Gold>> readGold(Path dir) {
    Map<String, List<Gold>> gold = new LinkedHashMap<>();
    for (Path tsv : EvalFiles.list(dir, ".tsv")) {
      String[] lines = EvalFiles.read(tsv).split("\n");
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 3) {
          throw new IllegalStateException(tsv + ":" + (n + 1) + ": need 3 tab-separated cells, got " + cells.length);
        }
        List<Gold> list = gold.computeIfAbsent(cells[0].strip(), k -> new ArrayList<>());
        if (cells[1].equals("NONE")) {
          continue;
        }
        List<String> types = Arrays.asList(cells[1].split("/"));
        for (String t : types) {
          if (!TYPES.contains(t)) {
            throw new IllegalStateException(tsv + ":" + (n + 1) + ": unknown type " + t);
          }
        }
        List<String> forms = new ArrayList<>();
        for (String f : cells[2].split("\\|")) {
          if (!f.isBlank()) {
            forms.add(f.strip());
          }
        }
        list.add(new Gold(types, forms));
      }
    }
    return gold;
  }

  // ---------------------------------------------------------------------------------------------------------
  // One article

  private static void evaluate(String path, List<Gold> gold, List<Entity> ours, Tally t, Examples ex) {
    t.articles++;
    List<Set<String>> goldForms = new ArrayList<>();
    for (Gold g : gold) {
      Set<String> s = new HashSet<>();
      g.forms().forEach(f -> s.add(normalise(f)));
      goldForms.add(s);
    }
    // candidate pairs: ours i can match gold j when a form is shared
    List<List<Integer>> typed = new ArrayList<>();
    List<List<Integer>> any = new ArrayList<>();
    for (Entity e : ours) {
      Set<String> forms = new HashSet<>();
      forms.add(normalise(e.name()));
      e.aliases().forEach(a -> forms.add(normalise(a)));
      List<Integer> same = new ArrayList<>();
      List<Integer> other = new ArrayList<>();
      for (int j = 0; j < gold.size(); j++) {
        if (!disjoint(forms, goldForms.get(j))) {
          (gold.get(j).types().contains(e.type().name()) ? same : other).add(j);
        }
      }
      typed.add(same);
      List<Integer> all = new ArrayList<>(same);
      all.addAll(other);
      any.add(all);
    }
    int[] goldMatch = new int[gold.size()];
    Arrays.fill(goldMatch, -1);
    int[] oursMatch = new int[ours.size()];
    Arrays.fill(oursMatch, -1);
    // first the pairs whose types agree, then the rest: a maximum matching that keeps as many right types
    // as the first pass found
    for (List<List<Integer>> edges : List.of(typed, any)) {
      for (int i = 0; i < ours.size(); i++) {
        if (oursMatch[i] < 0) {
          augment(i, edges, goldMatch, oursMatch, new boolean[gold.size()]);
        }
      }
    }
    for (int j = 0; j < gold.size(); j++) {
      Gold g = gold.get(j);
      Counts c = t.type(g.types().get(0));
      c.gold++;
      t.all.gold++;
      int i = goldMatch[j];
      if (i < 0) {
        ex.missed.add(path + ": " + g.name() + " (" + String.join("/", g.types()) + ")"
            + (g.forms().size() > 1 ? " also " + String.join("|", g.forms().subList(1, g.forms().size())) : ""));
        continue;
      }
      c.goldFound++;
      t.all.goldFound++;
      Entity e = ours.get(i);
      if (g.types().contains(e.type().name())) {
        c.typeRight++;
        t.all.typeRight++;
      } else {
        ex.wrongType.add(path + ": " + g.name() + " gold " + String.join("/", g.types()) + ", ours "
            + e.type() + " (\"" + e.name() + "\")");
      }
    }
    for (int i = 0; i < ours.size(); i++) {
      Entity e = ours.get(i);
      Counts c = t.type(e.type().name());
      c.ours++;
      t.all.ours++;
      if (oursMatch[i] >= 0) {
        c.oursHit++;
        t.all.oursHit++;
        if (gold.get(oursMatch[i]).types().contains(e.type().name())) {
          c.oursTypeRight++;
          t.all.oursTypeRight++;
        }
      } else {
        ex.spurious.add(path + ": " + e.name() + " (" + e.type() + ")"
            + (e.aliases().isEmpty() ? "" : " also " + String.join("|", e.aliases())));
      }
    }
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return false;
      }
    }
    return true;
  }

  // Kuhn's augmenting path from our entity i.
  private static boolean augment(int i, List<List<Integer>> edges, int[] goldMatch, int[] oursMatch,
      boolean[] seen) {
    for (int j : edges.get(i)) {
      if (seen[j]) {
        continue;
      }
      seen[j] = true;
      if (goldMatch[j] < 0 || augment(goldMatch[j], edges, goldMatch, oursMatch, seen)) {
        goldMatch[j] = i;
        oursMatch[i] = j;
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Report

  private static void print(PrintStream out, Path goldDir, Path root, String split, Map<String, Tally> tallies,
      Examples ex, int errors, List<String> problems) {
    out.println("Entities against the hand-made gold (" + goldDir + ", corpus " + root + ", split " + split
        + "; dev = path.hashCode() even)");
    out.printf(Locale.ROOT, "%-6s %-13s %5s %5s %5s %7s %7s %7s %8s %9s%n", "split", "type", "arts",
        "gold", "ours", "P", "R", "F1", "type-acc", "typed-F1");
    Tally pooled = new Tally();
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      row(out, e.getKey(), "all", t.articles, t.all);
      for (String type : TYPES) {
        row(out, "", type, t.articles, t.type(type));
      }
      pooled.add(t);
    }
    if (tallies.size() > 1) {
      row(out, "both", "all", pooled.articles, pooled.all);
      for (String type : TYPES) {
        row(out, "", type, pooled.articles, pooled.type(type));
      }
    }
    out.println("P = ours matched / ours, R = gold matched / gold (each entity once per article, any type);"
        + " type-acc = matched with the type right / matched; typed-F1 counts a match only with the type right."
        + " Type rows: gold by its first type, ours by our type.");
    if (!problems.isEmpty()) {
      out.println(problems.size() + " articles could not be read or parsed (scored as no entities):");
      problems.forEach(p -> out.println("  " + p));
    }
    if (errors > 0) {
      EvalCli.section(out, "missed gold entities", ex.missed, errors);
      EvalCli.section(out, "spurious entities of ours", ex.spurious, errors);
      EvalCli.section(out, "matched with the wrong type", ex.wrongType, errors);
    }
  }

  private static void row(PrintStream out, String split, String type, int articles, Counts c) {
    double p = EvalCli.ratio(c.oursHit, c.ours);
    double r = EvalCli.ratio(c.goldFound, c.gold);
    // typed: a match with the right type, counted on our side by our type and on the gold side by its type
    double tp = EvalCli.ratio(c.oursTypeRight, c.ours);
    double tr = EvalCli.ratio(c.typeRight, c.gold);
    out.printf(Locale.ROOT, "%-6s %-13s %5s %5d %5d %7.3f %7.3f %7.3f %8.3f %9.3f%n", split, type,
        type.equals("all") ? Integer.toString(articles) : "", c.gold, c.ours, p, r, EvalCli.f1(p, r),
        EvalCli.ratio(c.typeRight, c.goldFound), EvalCli.f1(tp, tr));
  }

  /** Counts for one split and one type (or all types). */
  private static final class Counts {
    int gold;
    int goldFound;
    int typeRight;
    int ours;
    int oursHit;
    int oursTypeRight;

    void add(Counts o) {
      gold += o.gold;
      goldFound += o.goldFound;
      typeRight += o.typeRight;
      ours += o.ours;
      oursHit += o.oursHit;
      oursTypeRight += o.oursTypeRight;
    }
  }

  /** One split's counts. */
  private static final class Tally {
    int articles;
    final Counts all = new Counts();
    final Map<String, Counts> byType = new LinkedHashMap<>();

    Counts type(String type) {
      return byType.computeIfAbsent(type, k -> new Counts());
    }

    void add(Tally o) {
      articles += o.articles;
      all.add(o.all);
      o.byType.forEach((type, c) -> type(type).add(c));
    }
  }

  /** Error examples, names only. */
  private static final class Examples {
    final List<String> missed = new ArrayList<>();
    final List<String> spurious = new ArrayList<>();
    final List<String> wrongType = new ArrayList<>();
  }
}
