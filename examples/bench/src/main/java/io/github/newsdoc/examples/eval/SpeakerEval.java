package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.parser.ArticleParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores the speaker credited to each quote against a hand-made gold of speakers at their fullest names,
 * like {@code examples/eval-data/speakers-holdout}: one line per quote, {@code path<TAB>block<TAB>offset<TAB>
 * key<TAB>speaker<TAB>other names}, where the quote opens at {@code offset} of {@code block} (-1 the title)
 * when the gold was made, its key is the first ten hex digits of the SHA-1 of its first 20 characters, the
 * speaker is the source's fullest name in the article (or the description as written, {@code -} for a
 * quote with no source) and the other names, {@code |}-separated, are the other forms the article prints for
 * that source. Run from the repository root with the corpus at {@code ../shared/corpus} or
 * {@code -Dnewsdoc.corpus=DIR}:
 *
 * <pre>{@code java -cp examples/bench/target/newsdoc-bench.jar io.github.newsdoc.examples.eval.SpeakerEval [--gold DIR] [--errors N]}</pre>
 *
 * <p>A gold quote is found as the first quote of ours, not yet taken, with its key (so that a block added or
 * dropped before it since does not lose it), else as the quote of ours opening at its position. Our speaker is right when it equals
 * the gold speaker, case and a leading article or trailing possessive aside ("exact"), or any of the names
 * the article prints for the source ("any printed name").
 */
public final class SpeakerEval {
  private static final String USAGE = String.join("\n",
      "Usage: SpeakerEval [--gold DIR] [--errors N]",
      "",
      "Scores the speakers the parser credits against hand-annotated speakers (default",
      "examples/eval-data/speakers-holdout), reading the corpus from -Dnewsdoc.corpus=DIR (default ../shared/corpus).",
      "Never ask a blind set for its errors: they are for the development set (examples/eval-data/speakers-dev).",
      "",
      "  --gold DIR   the folder of *.tsv gold files",
      "  --errors N   print up to N wrong speakers",
      "");

  private SpeakerEval() {}

  /** One gold line: where the quote opened, its key, its speaker, and the other names printed for the source. */
  record Gold(int block, int offset, String key, String speaker, List<String> others) {}

  /** Prints the scores; see the class comment and {@code --help}. Exits with 2 when the corpus is missing. */
  public static void main(String[] args) {
    EvalCli.exit(run(args, EvalCli.corpus(), ArticleParser.standard()::parse, System.out, System.err));
  }

  /**
   * Scores the speakers of the gold's articles in {@code corpus} as parsed by {@code parser} and prints the
   * report; returns the exit status: 0, or 2 for a bad command line or a missing corpus or gold folder.
   */
  static int run(String[] args, Path corpus, Function<String, Article> parser, PrintStream out,
      PrintStream err) {
    EvalCli.GoldRun run = EvalCli.goldRun(args, Path.of("examples/eval-data/speakers-holdout"), corpus, "SpeakerEval", USAGE,
        out, err);
    if (run.exit() != null) {
      return run.exit();
    }
    Path goldDir = run.gold();
    int errors = run.errors();
    Map<String, List<Gold>> gold;
    try {
      gold = readGold(goldDir);
    } catch (IllegalArgumentException e) {
      err.println("SpeakerEval: " + e.getMessage());
      return EvalCli.FAILURE;
    }
    int articles = 0;
    int unread = 0;
    int sourced = 0;
    int found = 0;
    int exact = 0;
    int anyName = 0;
    int unsourced = 0;
    int leftUncredited = 0;
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (String k : KINDS) {
      kinds.put(k, 0);
    }
    for (Map.Entry<String, List<Gold>> e : gold.entrySet()) {
      Article article = EvalCli.goldArticle("SpeakerEval", corpus, e.getKey(), parser, err);
      if (article == null) {
        unread++;
        continue;
      }
      articles++;
      Set<Quote> taken = new HashSet<>();
      for (Gold g : e.getValue()) {
        Quote q = find(article, g, taken);
        String ours = q == null ? null : q.attribution().map(Attribution::speaker).orElse("-");
        if (g.speaker().equals("-")) {
          unsourced++;
          leftUncredited += "-".equals(ours) ? 1 : 0;
          continue;
        }
        sourced++;
        if (ours == null) {
          wrong.add(e.getKey() + " " + g.block() + ":" + g.offset() + ": no quote of ours opens here; gold "
              + g.speaker());
          continue;
        }
        found++;
        Set<String> names = new HashSet<>();
        names.add(norm(g.speaker()));
        g.others().forEach(n -> names.add(norm(n)));
        boolean isExact = norm(ours).equals(norm(g.speaker()));
        exact += isExact ? 1 : 0;
        anyName += names.contains(norm(ours)) ? 1 : 0;
        if (!names.contains(norm(ours))) {
          kinds.merge(kind(ours, g.speaker()), 1, Integer::sum);
          wrong.add(e.getKey() + " " + g.block() + ":" + g.offset() + ": ours " + ours + ", gold " + g.speaker());
        }
      }
    }
    out.println("Speakers against hand-annotated speakers (" + goldDir + "): " + articles + " articles"
        + (unread > 0 ? ", " + unread + " unread" : ""));
    out.printf(Locale.ROOT, "quotes with a source %d, found %d; speaker exact %d (%.3f), any printed name %d (%.3f)%n",
        sourced, found, exact, EvalCli.ratio(exact, sourced), anyName, EvalCli.ratio(anyName, sourced));
    out.printf(Locale.ROOT, "quotes with no source %d, left uncredited %d%n", unsourced, leftUncredited);
    StringBuilder line = new StringBuilder("wrong by kind:");
    kinds.forEach((k, n) -> line.append(' ').append(k).append(' ').append(n).append(','));
    out.println(line.substring(0, line.length() - 1));
    if (errors > 0) {
      EvalCli.section(out, "wrong speakers", wrong, errors);
    }
    return 0;
  }

  /** The kinds of wrong speaker, in the order the report counts them. */
  static final List<String> KINDS = List.of("uncredited", "pronoun", "part-of-name", "name-and-more",
      "overlapping", "description", "other-name");

  /**
   * The kind of a wrong speaker, from the two names alone (a count of kinds tells a blind set's weak side
   * without showing one of its errors): no speaker, a pronoun left, some of the gold name's words only, the
   * gold name with more words, some words shared, a lower-case description, or another name.
   */
  static String kind(String ours, String gold) {
    String o = norm(ours);
    String g = norm(gold);
    Set<String> ow = new HashSet<>(List.of(o.split(" ")));
    Set<String> gw = new HashSet<>(List.of(g.split(" ")));
    if (ours.equals("-")) {
      return "uncredited";
    }
    if (PRONOUNS.contains(o)) {
      return "pronoun";
    }
    if (gw.containsAll(ow)) {
      return "part-of-name";
    }
    if (ow.containsAll(gw)) {
      return "name-and-more";
    }
    if (ow.stream().anyMatch(gw::contains)) {
      return "overlapping";
    }
    return Character.isLowerCase(ours.strip().codePointAt(0)) ? "description" : "other-name";
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "you'll",
      "his", "her", "their", "its");

  // Our first quote not yet taken with the gold quote's key, else the one opening at its position, or null.
  private static Quote find(Article article, Gold g, Set<Quote> taken) {
    Quote at = null;
    for (Quote q : article.quotes()) {
      if (!taken.contains(q) && key(q.text()).equals(g.key())) {
        taken.add(q);
        return q;
      }
      if (q.start().block() == g.block() && q.start().offset() == g.offset()) {
        at = q;
      }
    }
    return at;
  }

  /** A quote's key: the first ten hex digits of the SHA-1 of its first 20 characters, stripped. */
  static String key(String text) {
    String start = text.replace('\t', ' ').replace('\n', ' ');
    start = start.substring(0, Math.min(20, start.length())).strip();
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-1")
          .digest(start.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d).substring(0, 10);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // Lower case, without a leading article, a trailing possessive or doubled spaces.
  static String norm(String s) {
    String n = s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    n = n.replaceFirst("^(?:the|a|an) ", "");
    return n.replaceFirst("['’]s$", "");
  }

  private static Map<String, List<Gold>> readGold(Path dir) {
    Map<String, List<Gold>> gold = new LinkedHashMap<>();
    for (Path f : EvalFiles.list(dir, ".tsv")) {
      try {
        int line = 0;
        for (String l : Files.readAllLines(f)) {
          line++;
          if (l.isBlank() || l.startsWith("#")) {
            continue;
          }
          String[] c = l.split("\t", -1);
          if (c.length < 5) {
            throw new IllegalArgumentException(f + ":" + line + ": want path, block, offset, key, speaker");
          }
          List<String> others = c.length > 5 && !c[5].isBlank() ? List.of(c[5].split("\\|")) : List.of();
          int block;
          int offset;
          try {
            block = Integer.parseInt(c[1].strip());
            offset = Integer.parseInt(c[2].strip());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(f + ":" + line + ": block and offset must be numbers", e);
          }
          gold.computeIfAbsent(c[0], k -> new ArrayList<>())
              .add(new Gold(block, offset, c[3].strip(), c[4].strip(), others));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return gold;
  }
}
