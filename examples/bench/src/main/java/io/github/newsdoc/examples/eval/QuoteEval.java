package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.parser.ArticleParser;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores quotes and their sources against a hand-made gold of quote openings, like
 * {@code examples/eval-data/quotes-holdout}: one line per quote, {@code path<TAB>first words<TAB>mention<TAB>
 * speaker}, {@code -} where the text names no source. Run from the repository root with the corpus at
 * {@code ../shared/corpus} or {@code -Dnewsdoc.corpus=DIR}:
 *
 * <pre>{@code java -cp examples/bench/target/newsdoc-bench.jar io.github.newsdoc.examples.eval.QuoteEval [--gold DIR] [--errors N]}</pre>
 *
 * <p>A gold quote is found when a quote of ours, not yet taken, holds its first words (or, when ours is
 * shorter, opens them); ours left over are spurious, except those that open right after a found one with no
 * word between (a quote reopened after a sentence, which the gold writes as one line): they are counted
 * apart and not as spurious. A found quote's source is right by mention when our
 * mention's words and the gold mention's run inside one another, and right by either when the mention or
 * our speaker matches the gold mention or speaker that way (a pronoun's speaker names the person).
 */
public final class QuoteEval {
  private static final String USAGE = String.join("\n",
      "Usage: QuoteEval [--gold DIR] [--errors N]",
      "",
      "Scores the parser's quotes and sources against hand-annotated quote openings (default",
      "examples/eval-data/quotes-holdout), reading the corpus from -Dnewsdoc.corpus=DIR (default ../shared/corpus).",
      "",
      "  --gold DIR   the folder of *.tsv gold files",
      "  --errors N   print up to N missed quotes, spurious quotes and wrong sources",
      "");

  private QuoteEval() {}

  /** Prints the scores; see the class comment and {@code --help}. Exits with 2 when the corpus is missing. */
  public static void main(String[] args) {
    EvalCli.exit(run(args, EvalCli.corpus(), ArticleParser.standard()::parse, System.out, System.err));
  }

  /**
   * Scores the quotes of the gold's articles in {@code corpus} as parsed by {@code parser} and prints the
   * report; returns the exit status: 0, or 2 for a bad command line or a missing corpus or gold folder.
   */
  static int run(String[] args, Path corpus, Function<String, Article> parser, PrintStream out,
      PrintStream err) {
    EvalCli.GoldRun run = EvalCli.goldRun(args, Path.of("examples/eval-data/quotes-holdout"), corpus, "QuoteEval", USAGE,
        out, err);
    if (run.exit() != null) {
      return run.exit();
    }
    Path goldDir = run.gold();
    int errors = run.errors();
    Map<String, List<Gold>> gold = readGold(goldDir, err);
    Tally t = new Tally();
    List<String> missed = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, List<Gold>> e : gold.entrySet()) {
      Article article = EvalCli.goldArticle("QuoteEval", corpus, e.getKey(), parser, err);
      if (article == null) {
        t.problems++;
        continue;
      }
      t.articles++;
      score(e.getKey(), e.getValue(), article, t, missed, spurious, wrong);
    }
    print(out, goldDir, t);
    if (errors > 0) {
      EvalCli.section(out, "missed gold quotes", missed, errors);
      EvalCli.section(out, "spurious quotes of ours", spurious, errors);
      EvalCli.section(out, "wrong or no source", wrong, errors);
    }
    return 0;
  }

  private static void score(String path, List<Gold> gold, Article article, Tally t, List<String> missed,
      List<String> spurious, List<String> wrong) {
    List<Quote> ours = article.quotes();
    boolean[] taken = new boolean[ours.size()];
    t.ours += ours.size();
    for (int gi = 0; gi < gold.size(); gi++) {
      Gold g = gold.get(gi);
      t.gold++;
      boolean sourced = !g.mention.equals("-") || !g.speaker.equals("-");
      t.goldWithSource += sourced ? 1 : 0;
      int hit = find(g, ours, taken);
      if (hit < 0) {
        missed.add(path + ": " + g.shown(gi));
        continue;
      }
      taken[hit] = true;
      t.found++;
      Attribution a = ours.get(hit).attribution().orElse(null);
      if (!sourced) {
        t.foundWithoutSource++;
        t.guessed += a != null ? 1 : 0;
        continue;
      }
      t.foundWithSource++;
      if (a == null) {
        wrong.add(path + ": " + g.shown(gi) + " gold " + g.mention + " / " + g.speaker + ", ours: none");
        continue;
      }
      t.attributed++;
      String mention = a.mention().map(article::textOf).orElse("");
      boolean byMention = !g.mention.equals("-") && SourceWords.same(mention, g.mention);
      boolean bySpeaker = !g.speaker.equals("-") && SourceWords.same(a.speaker(), g.speaker)
          || !g.mention.equals("-") && SourceWords.same(a.speaker(), g.mention);
      t.mentionRight += byMention ? 1 : 0;
      t.eitherRight += byMention || bySpeaker ? 1 : 0;
      if (!byMention && !bySpeaker) {
        wrong.add(path + ": " + g.shown(gi) + " gold " + g.mention + " / " + g.speaker + ", ours: " + mention
            + " / " + a.speaker());
      }
    }
    boolean previousCounts = false;
    for (int i = 0; i < ours.size(); i++) {
      if (taken[i]) {
        previousCounts = true;
        continue;
      }
      if (previousCounts && continues(article, ours.get(i - 1), ours.get(i))) {
        t.continuations++; // "… responsibilities. "I want all …": a reopening mark the gold reads as one quote
        continue;
      }
      previousCounts = false;
      String text = ours.get(i).text().replace('\n', ' ');
      spurious.add(path + ": \"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"");
    }
    t.oursHit += (int) java.util.stream.IntStream.range(0, taken.length).filter(i -> taken[i]).count();
  }

  // Whether the quote opens right after the one before it in the same block, with no word between them.
  private static boolean continues(Article article, Quote before, Quote quote) {
    if (before.end().block() != quote.start().block()) {
      return false;
    }
    String text = article.textOf(quote.start().block());
    int from = Math.min(before.end().offset(), text.length());
    int to = Math.min(Math.max(from, quote.start().offset()), text.length());
    return text.substring(from, to).codePoints().noneMatch(Character::isLetterOrDigit);
  }

  // The first quote of ours, not yet taken, that holds the gold quote's first words, or opens them when ours
  // is the shorter. A keyed opening ("~" and the keys of its first 1, 2, ... words) is compared by the keys.
  private static int find(Gold g, List<Quote> ours, boolean[] taken) {
    List<String> keys = g.keyed() ? List.of(g.words.substring(1).split(",")) : null;
    List<String> want = g.keyed() ? null : SourceWords.words(g.words);
    int n = g.keyed() ? keys.size() : want.size();
    if (n == 0) {
      return -1;
    }
    for (int i = 0; i < ours.size(); i++) {
      if (taken[i]) {
        continue;
      }
      List<String> have = SourceWords.words(ours.get(i).text());
      boolean found = g.keyed()
          ? holds(have, keys.get(n - 1), n)
              || have.size() >= 2 && have.size() < n && key(have).equals(keys.get(have.size() - 1))
          : Collections.indexOfSubList(have, want) >= 0
              || have.size() >= 2 && have.size() < n && Collections.indexOfSubList(want, have) == 0;
      if (found) {
        return i;
      }
    }
    return -1;
  }

  // Whether some n words in a row of `have` have the key.
  private static boolean holds(List<String> have, String key, int n) {
    for (int k = 0; k + n <= have.size(); k++) {
      if (key(have.subList(k, k + n)).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key of words (as {@link SourceWords#words} gives them): the first ten hex digits of the SHA-1 of the
   * words joined by single spaces. A gold opening kept as keys holds no words of the article.
   */
  static String key(List<String> words) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-1")
          .digest(String.join(" ", words).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d).substring(0, 10);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A gold opening as keys: "~" and the keys of its first word, its first two words, and so on. */
  static String keyed(String firstWords) {
    List<String> words = SourceWords.words(firstWords);
    List<String> keys = new ArrayList<>();
    for (int k = 1; k <= words.size(); k++) {
      keys.add(key(words.subList(0, k)));
    }
    return "~" + String.join(",", keys);
  }

  private static void print(PrintStream out, Path goldDir, Tally t) {
    out.println("Quotes against hand-annotated quote openings (" + goldDir + "): " + t.articles
        + " articles" + (t.problems > 0 ? ", " + t.problems + " unread" : ""));
    double p = EvalCli.ratio(t.oursHit + t.continuations, t.ours);
    double r = EvalCli.ratio(t.found, t.gold);
    out.printf(Locale.ROOT, "quotes   gold %d, ours %d (%d of them continue the quote before, which the gold"
        + " reads as one), found %d: P %.3f R %.3f F1 %.3f%n", t.gold, t.ours, t.continuations, t.found, p, r,
        p + r == 0 ? 0 : 2 * p * r / (p + r));
    out.printf(Locale.ROOT, "sources  found with a source %d: attributed %.3f, mention right %.3f, mention"
        + " or speaker right %.3f%n", t.foundWithSource, EvalCli.ratio(t.attributed, t.foundWithSource),
        EvalCli.ratio(t.mentionRight, t.foundWithSource), EvalCli.ratio(t.eitherRight, t.foundWithSource));
    out.printf(Locale.ROOT, "no source given: found %d, of which we credited %d%n", t.foundWithoutSource,
        t.guessed);
  }

  // Every *.tsv of the folder: path, first words, mention, speaker; by path in file order.
  private static Map<String, List<Gold>> readGold(Path dir, PrintStream err) {
    Map<String, List<Gold>> gold = new LinkedHashMap<>();
    for (Path tsv : EvalFiles.list(dir, ".tsv")) {
      for (String line : EvalFiles.read(tsv).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length < 4) {
          err.println("QuoteEval: " + tsv + ": not four columns, skipped: " + line);
          continue;
        }
        gold.computeIfAbsent(cells[0].strip(), k -> new ArrayList<>())
            .add(new Gold(cells[1].strip(), cells[2].strip(), cells[3].strip()));
      }
    }
    return gold;
  }

  private record Gold(String words, String mention, String speaker) {
    boolean keyed() {
      return words.startsWith("~");
    }

    // How the quote is named in an error list: its first words, or its place in the article's gold.
    String shown(int index) {
      return keyed() ? "gold quote " + (index + 1) : "\"" + words + "\"";
    }
  }

  private static final class Tally {
    int articles;
    int problems;
    int gold;
    int goldWithSource;
    int ours;
    int oursHit;
    int continuations;
    int found;
    int foundWithSource;
    int foundWithoutSource;
    int guessed;
    int attributed;
    int mentionRight;
    int eitherRight;
  }
}
