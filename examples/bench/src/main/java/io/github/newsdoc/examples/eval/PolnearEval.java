package io.github.newsdoc.examples.eval;

import io.github.newsdoc.examples.eval.BratFile.Annotation;
import io.github.newsdoc.examples.eval.BratFile.Event;
import io.github.newsdoc.examples.eval.BratFile.Offsets;
import io.github.newsdoc.examples.eval.BratFile.Range;
import io.github.newsdoc.examples.eval.BratFile.TextBound;
import io.github.newsdoc.examples.eval.PolnearReport.Tally;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Position;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.model.Span;
import io.github.newsdoc.parser.ArticleParser;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the parser's direct quotes and their attributions against PolNeAR's human annotation.
 *
 * <p>Gold: a direct quote is a {@code Content} span of the text's {@code .ann} file (the first one in name
 * order when several annotators did the text) whose text holds {@code "}, U+201C or U+201D, or, unless
 * {@code --strict-marks}, two apostrophes {@code ''} (PolNeAR's New York Times texts quote {@code ''so''}) or
 * an opening single mark U+2018 (headlines quote {@code ‘so’}).
 * Its source is the {@code Source} span of the same {@code E} line, when there is one. Offsets in {@code .ann}
 * files count code points. Ours: each quote's start and end position, mapped to a code-point offset of the
 * file (each block is found in the file in order). A quote of ours is a hit if it overlaps a gold direct
 * quote; a gold direct quote is found if a quote of ours overlaps it. A found gold quote with a source has its
 * source right if one of the overlapping quotes has an attribution whose {@code mention} overlaps the gold
 * source; "speaker" is the looser check that {@code speaker()} and the gold source text hold the same words,
 * one run of words inside the other; "either" counts a source right by either check (a pronoun or a
 * description in the gold source can only be checked by the mention).
 *
 * <p>Run from the repository root: {@code java -cp examples/bench/target/newsdoc-bench.jar
 * io.github.newsdoc.examples.eval.PolnearEval [--split train|dev|all] [--errors N]}, with the corpus at
 * {@code ../shared/corpus} or {@code -Dnewsdoc.corpus=DIR}; {@code --help} lists the other options.
 */
public final class PolnearEval {
  private static final String USAGE = String.join("\n",
      "Usage: PolnearEval [--split train|dev|all] [--errors N] [--by-publisher] [--by-sieve] [--strict-marks] [--oracle]",
      "",
      "Scores the parser's direct quotes and their sources against PolNeAR (-Dnewsdoc.corpus=DIR, default",
      "../shared/corpus).",
      "",
      "  --split S        train, dev or all (default all)",
      "  --errors N       print N examples of each error kind: missed, spurious, wrong source (train only: dev is blind)",
      "  --by-publisher   also print the tables by publisher (the first part of the file name)",
      "  --by-sieve       also print, for each attribution sieve, how many found gold quotes with a Source it",
      "                   credited and the share right by mention or speaker (what the sieve confidences are",
      "                   calibrated on); the texts are then read by the standard parser's report",
      "  --strict-marks   a gold direct quote must hold \" \u201c or \u201d; by default two apostrophes ''",
      "                   count too, as the New York Times texts quote ''like this'', and an opening",
      "                   single mark \u2018, as headlines quote \u2018like this\u2019",
      "  --oracle         replace our quotes by ones built from the gold annotation: checks the evaluator",
      "                   itself (expect figures near 1)",
      "");


  private PolnearEval() {}

  /** Prints the scores; see the class comment and {@code --help}. Exits with 2 when the corpus is missing. */
  public static void main(String[] args) {
    EvalCli.exit(run(args, EvalCli.corpus(), ArticleParser.standard()::parse, System.out, System.err));
  }

  /**
   * Scores the texts of {@code corpus/polnear} as parsed by {@code parser} and prints the report; returns the
   * exit status: 0, or 2 for a bad command line or a missing corpus.
   */
  static int run(String[] args, Path corpus, Function<String, Article> parser, PrintStream out,
      PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      return EvalCli.usageError(err, "PolnearEval", USAGE, e);
    }
    if (options.help) {
      out.print(USAGE);
      return 0;
    }
    if (options.errors > 0 && options.split.equals("dev")) {
      // the dev split is the project's held-out part of PolNeAR: only its summary is read (with --split all,
      // only train's errors are listed)
      err.println("PolnearEval: the dev split is blind: only its summary is shown, never its errors; drop --errors"
          + " or use --split train");
      return EvalCli.FAILURE;
    }
    Path root = corpus.resolve("polnear");
    if (EvalCli.corpusMissing(err, "PolnearEval", root)) {
      return EvalCli.FAILURE;
    }
    List<String> splits = options.split.equals("all") ? List.of("train", "dev") : List.of(options.split);
    Map<String, Tally> tallies = new LinkedHashMap<>();
    Map<String, Tally> publishers = new TreeMap<>();
    Examples examples = new Examples();
    List<String> multiAnnotated = new ArrayList<>();
    for (String split : splits) {
      Path textDir = root.resolve(split).resolve("text");
      Path annDir = root.resolve(split).resolve("attributions");
      if (EvalCli.corpusMissing(err, "PolnearEval", textDir)) {
        return EvalCli.FAILURE;
      }
      Map<String, List<Path>> annotations = BratFile.annotationsByText(annDir);
      Tally tally = new Tally();
      for (Path textFile : EvalFiles.list(textDir, ".txt")) {
        String file = textFile.getFileName().toString();
        String name = file.substring(0, file.length() - ".txt".length());
        List<Path> anns = annotations.getOrDefault(name, List.of());
        if (anns.isEmpty()) {
          tally.unannotated++;
          continue;
        }
        if (anns.size() > 1) {
          multiAnnotated.add(split + "/" + anns.get(0).getFileName() + " (of " + anns.size() + ")");
        }
        Tally one = evaluate(split + "/" + name, textFile, anns.get(0), parser, options,
            split.equals("dev") ? new Examples() : examples); // dev is blind: its errors are never kept
        tally.add(one);
        publishers.computeIfAbsent(name.split("_", 2)[0], k -> new Tally()).add(one);
      }
      tallies.put(split, tally);
    }
    Tally all = new Tally();
    tallies.values().forEach(all::add);
    if (tallies.size() > 1) {
      tallies.put("all", all);
    }
    PolnearReport.print(out, root, options, tallies, options.byPublisher ? publishers : Map.of(), all, multiAnnotated,
        examples);
    return 0;
  }

  // ---------------------------------------------------------------------------------------------------------
  // One text

  private static Tally evaluate(String name, Path textFile, Path annFile, Function<String, Article> parser,
      Options options, Examples ex) {
    Tally t = new Tally();
    String text = EvalFiles.read(textFile);
    Offsets off = new Offsets(text);
    Annotation ann = Annotation.read(annFile);
    t.texts++;
    t.contentSpans += ann.countType("Content");
    t.offsetMismatches += ann.offsetMismatches(text, off);
    List<Gold> golds = gold(ann, text, off, !options.strictMarks);

    Article article;
    // the sieve behind each quote (--by-sieve): the standard parser's report gives the article and its
    // sieves from one parse
    Map<Integer, String> sieveOf = new java.util.HashMap<>();
    try {
      if (options.bySieve && !options.oracle) {
        var report = ArticleParser.standard().analyze(text);
        article = report.article();
        report.attributions().forEach(a -> sieveOf.put(a.quote(), a.sieve()));
      } else {
        article = parser.apply(text);
      }
    } catch (RuntimeException e) {
      t.parseFailures++;
      ex.failures.add(name + ": " + EvalCli.describe(e));
      article = null;
    }
    TextLayout parsed = article == null ? null : new TextLayout(article, text);
    if (parsed != null) {
      t.unmappedBlocks += parsed.unmapped;
    }
    if (parsed != null && options.oracle) {
      article = oracle(parsed, golds, text, off);
    }
    final TextLayout layout = parsed == null ? null : new TextLayout(article, text);
    List<Quote> quotes = article == null ? List.of() : article.quotes();

    // Our quotes as code-point ranges of the file; null where a block could not be found.
    List<Range> ours = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      int s = layout.fileChar(q.start());
      int e = layout.fileChar(q.end());
      ours.add(s < 0 || e < 0 ? null : new Range(off.cp(s), off.cp(e)));
    }

    boolean[] oursHit = new boolean[quotes.size()];
    for (Gold g : golds) {
      t.gold++;
      t.goldByApostrophes += g.byApostrophes ? 1 : 0;
      if (g.source() != null) {
        t.goldWithSource++;
      }
      if (layout != null && !layout.inside(off.ch(Range.min(g.content)))) {
        t.goldOutside++;
      }
      List<Integer> by = new ArrayList<>();
      for (int i = 0; i < ours.size(); i++) {
        if (ours.get(i) != null && g.overlaps(ours.get(i))) {
          by.add(i);
          oursHit[i] = true;
        }
      }
      if (by.isEmpty()) {
        ex.missed.add(name + " " + g.id() + (layout != null && !layout.inside(off.ch(Range.min(g.content)))
            ? " (not in the title or a block)" : "") + "\n    "
            + MarkedContext.of(text, List.of(MarkedContext.mark(off, g.content, "[[", "]]"))));
        continue;
      }
      t.goldFound++;
      if (g.source() == null) {
        continue;
      }
      t.foundWithSource++;
      boolean attributed = false;
      boolean mentionRight = false;
      boolean speakerRight = false;
      Attribution shown = null;
      String sieve = null;
      for (int i : by) {
        Optional<Attribution> a = quotes.get(i).attribution();
        if (a.isEmpty()) {
          continue;
        }
        attributed = true;
        if (shown == null) {
          shown = a.get();
          sieve = sieveOf.get(i);
        }
        Range m = a.get().mention().map(s -> layout.fileRange(s, off)).orElse(null);
        if (m != null && Range.overlaps(g.source(), m)) {
          mentionRight = true;
        }
        if (SourceWords.same(a.get().speaker(), g.sourceText)) {
          speakerRight = true;
        }
      }
      t.attributed += attributed ? 1 : 0;
      t.mentionRight += mentionRight ? 1 : 0;
      t.speakerRight += speakerRight ? 1 : 0;
      t.eitherRight += mentionRight || speakerRight ? 1 : 0;
      if (sieve != null) {
        t.sieves.add(sieve, mentionRight || speakerRight);
      }
      if (!mentionRight) {
        List<MarkedContext.Mark> marks = new ArrayList<>();
        marks.add(MarkedContext.mark(off, g.content, "[[", "]]"));
        marks.add(MarkedContext.mark(off, g.source(), "<<", ">>"));
        String what;
        if (shown == null) {
          what = "no attribution";
        } else {
          Range m = shown.mention().map(s -> layout.fileRange(s, off)).orElse(null);
          what = "speaker \"" + shown.speaker() + "\", cue \"" + shown.cue() + "\", "
              + (sieve == null ? "" : "sieve " + sieve + ", ") + (m == null ? "no mention" : "mention {{" + text.substring(off.ch(m.start()), off.ch(m.end())) + "}}");
          if (m != null) {
            marks.add(new MarkedContext.Mark(off.ch(m.start()), off.ch(m.end()), "{{", "}}"));
          }
        }
        ex.wrongSource.add(name + " " + g.id() + (speakerRight ? " [speaker ok]" : "") + ": gold <<"
            + MarkedContext.oneLine(g.sourceText) + ">>, ours: " + what
            + "\n    " + MarkedContext.of(text, marks));
      }
    }
    t.ours += quotes.size();
    for (int i = 0; i < quotes.size(); i++) {
      if (oursHit[i]) {
        t.oursHit++;
      } else if (ours.get(i) == null) {
        ex.spurious.add(name + " quote " + i + " (its block was not found in the file): "
            + MarkedContext.oneLine(quotes.get(i).text()));
      } else {
        Range r = ours.get(i);
        String who = quotes.get(i).attribution().map(a -> " [speaker \"" + a.speaker() + "\"]").orElse("");
        ex.spurious.add(name + " quote " + i + who + "\n    "
            + MarkedContext.of(text, List.of(new MarkedContext.Mark(off.ch(r.start()), off.ch(r.end()), "[[",
                "]]"))));
      }
    }
    return t;
  }

  /** The gold direct quotes of one text, in the order of the annotation file. */
  private static List<Gold> gold(Annotation ann, String text, Offsets off, boolean apostrophes) {
    List<Gold> golds = new ArrayList<>();
    for (TextBound tb : ann.textBounds.values()) {
      if (!tb.type().equals("Content")) {
        continue;
      }
      String content = tb.text(text, off);
      boolean marks = content.indexOf('"') >= 0 || content.indexOf('\u201c') >= 0
          || content.indexOf('\u201d') >= 0;
      // An opening single mark (U+2018) quotes too, as headlines and British style do; an apostrophe is
      // U+2019 or ', never U+2018.
      boolean byApostrophes = !marks && apostrophes && (content.contains("''") || content.indexOf('\u2018') >= 0);
      if (!marks && !byApostrophes) {
        continue;
      }
      TextBound source = null;
      for (Event e : ann.events) {
        if (e.contents().contains(tb.id()) && e.source() != null && ann.textBounds.containsKey(e.source())) {
          source = ann.textBounds.get(e.source());
          break;
        }
      }
      golds.add(new Gold(tb.id(), tb.ranges(), source == null ? null : source.ranges(),
          source == null ? null : source.text(text, off), byApostrophes));
    }
    return golds;
  }

  /** The article with quotes built from the gold annotation, to check the evaluator's offset arithmetic. */
  private static Article oracle(TextLayout layout, List<Gold> golds, String text, Offsets off) {
    List<Quote> quotes = new ArrayList<>();
    for (Gold g : golds) {
      int s = off.ch(Range.min(g.content));
      int e = off.ch(Range.max(g.content));
      Position start = layout.position(s);
      Position end = layout.position(e);
      if (start == null || end == null || end.compareTo(start) <= 0
          || start.block() == Position.TITLE && end.block() != Position.TITLE) {
        continue;
      }
      Quote.Builder q = Quote.builder().text(MarkedContext.oneLine(text.substring(s, e))).start(start).end(end);
      if (g.source() != null) {
        int ss = off.ch(Range.min(g.source()));
        int se = off.ch(Range.max(g.source()));
        Position ps = layout.position(ss);
        Position pe = layout.position(se);
        Attribution.Builder a = Attribution.builder().speaker(MarkedContext.oneLine(g.sourceText)).cue("said");
        if (ps != null && pe != null && ps.block() == pe.block()) {
          a.mention(Span.of(ps.block(), ps.offset(), pe.offset()));
        }
        q.attribution(a.build());
      }
      quotes.add(q.build());
    }
    quotes.sort((a, b) -> a.start().compareTo(b.start()));
    return layout.article.withQuotes(quotes);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Model

  static final class Options {
    String split = "all";
    int errors;
    boolean oracle;
    boolean byPublisher;
    boolean bySieve;
    boolean strictMarks;
    boolean help;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--split":
            o.split = EvalCli.value(args, ++i, "--split");
            if (!List.of("train", "dev", "all").contains(o.split)) {
              throw new IllegalArgumentException("--split must be train, dev or all, not '" + o.split + "'");
            }
            break;
          case "--errors":
            o.errors = count(EvalCli.value(args, ++i, "--errors"), "--errors");
            break;
          case "--oracle":
            o.oracle = true;
            break;
          case "--by-publisher":
            o.byPublisher = true;
            break;
          case "--by-sieve":
            o.bySieve = true;
            break;
          case "--strict-marks":
            o.strictMarks = true;
            break;
          case "-h":
          case "--help":
            o.help = true;
            break;
          default:
            throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
      return o;
    }
  }

  static int count(String s, String option) {
    try {
      int n = Integer.parseInt(s);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " needs a count, not '" + s + "'");
  }

  /** The error examples, each a printable entry. */
  static final class Examples {
    final List<String> missed = new ArrayList<>();
    final List<String> spurious = new ArrayList<>();
    final List<String> wrongSource = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
  }

  /** A gold direct quote: its Content fragments and its Source's (null when the attribution has none). */
  private record Gold(String id, List<Range> content, List<Range> source, String sourceText,
      boolean byApostrophes) {
    boolean overlaps(Range r) {
      return Range.overlaps(content, r);
    }
  }
}
