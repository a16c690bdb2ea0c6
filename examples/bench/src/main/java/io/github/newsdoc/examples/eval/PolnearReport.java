package io.github.newsdoc.examples.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link PolnearEval}'s counts for one split, one publisher or one text, and the report printed from them. */
final class PolnearReport {
  private PolnearReport() {}

  /** Counts for one split. */
  static final class Tally {
    // per sieve: the found gold quotes with a Source it credited, and how many of them are right
    final SieveTally sieves = new SieveTally();
    int texts;
    int unannotated;
    int contentSpans;
    int gold;
    int goldWithSource;
    int goldByApostrophes;
    int goldFound;
    int foundWithSource;
    int attributed;
    int mentionRight;
    int speakerRight;
    int eitherRight;
    int ours;
    int oursHit;
    int goldOutside;
    int unmappedBlocks;
    int parseFailures;
    int offsetMismatches;

    void add(Tally t) {
      sieves.add(t.sieves);
      texts += t.texts;
      unannotated += t.unannotated;
      contentSpans += t.contentSpans;
      gold += t.gold;
      goldWithSource += t.goldWithSource;
      goldByApostrophes += t.goldByApostrophes;
      goldFound += t.goldFound;
      foundWithSource += t.foundWithSource;
      attributed += t.attributed;
      mentionRight += t.mentionRight;
      speakerRight += t.speakerRight;
      eitherRight += t.eitherRight;
      ours += t.ours;
      oursHit += t.oursHit;
      goldOutside += t.goldOutside;
      unmappedBlocks += t.unmappedBlocks;
      parseFailures += t.parseFailures;
      offsetMismatches += t.offsetMismatches;
    }
  }

  static void print(PrintStream out, Path root, PolnearEval.Options o, Map<String, Tally> tallies,
      Map<String, Tally> publishers, Tally all, List<String> multiAnnotated, PolnearEval.Examples ex) {
    if (o.bySieve) {
      all.sieves.print(out);
    }
    out.println("PolNeAR direct quotes and their sources (" + root + ", split " + o.split
        + (o.oracle ? "; ORACLE: our quotes replaced by gold ones" : "") + ")");
    out.printf(Locale.ROOT, "gold: %d texts, %d Content spans, %d direct quotes (Content holding \" %s %s%s),"
        + " %d of them with a Source%n", all.texts, all.contentSpans, all.gold, "\u201c", "\u201d",
        o.strictMarks ? "" : String.format(Locale.ROOT, " or, in %d, only '' or \u2018", all.goldByApostrophes),
        all.goldWithSource);
    if (!multiAnnotated.isEmpty()) {
      out.println("annotators: " + multiAnnotated.size() + " texts have several annotators' .ann files;"
          + " the first in name order was used, e.g. " + multiAnnotated.get(0));
    }
    out.println();
    quoteTable(out, "quotes", tallies);
    if (!publishers.isEmpty()) {
      quoteTable(out, "by publisher", publishers);
    }
    out.println();
    out.println("sources of the found gold quotes that have a gold Source (rates over found-src;"
        + " end-to-end = mention-ok over gold-src)");
    sourceTable(out, "sources", tallies);
    if (!publishers.isEmpty()) {
      sourceTable(out, "by publisher", publishers);
    }
    out.println();
    out.printf(Locale.ROOT, "checks: %d gold direct quotes start outside the title and the blocks (lines the"
        + " parser gave another role); %d blocks not found in their file; %d parse failures; %d .ann spans whose"
        + " offsets disagree with their text; %d texts without .ann%n",
        all.goldOutside, all.unmappedBlocks, all.parseFailures, all.offsetMismatches, all.unannotated);
    if (o.errors > 0) {
      section(out, "missed gold direct quotes ([[gold quote]])", ex.missed, o.errors);
      section(out, "spurious quotes ([[our quote]])", ex.spurious, o.errors);
      section(out, "wrong or no source ([[gold quote]], <<gold source>>, {{our mention}})", ex.wrongSource,
          o.errors);
    }
    if (!ex.failures.isEmpty()) {
      section(out, "parse failures", ex.failures, Math.max(o.errors, 5));
    }
  }

  private static void quoteTable(PrintStream out, String heading, Map<String, Tally> rows) {
    out.printf(Locale.ROOT, "%-12s %6s %6s %6s %8s %8s %7s %7s %7s%n",
        heading, "texts", "gold", "ours", "ours-hit", "gold-hit", "P", "R", "F1");
    for (Map.Entry<String, Tally> e : rows.entrySet()) {
      Tally t = e.getValue();
      double p = EvalCli.ratio(t.oursHit, t.ours);
      double r = EvalCli.ratio(t.goldFound, t.gold);
      out.printf(Locale.ROOT, "%-12s %6d %6d %6d %8d %8d %7.3f %7.3f %7.3f%n",
          e.getKey(), t.texts, t.gold, t.ours, t.oursHit, t.goldFound, p, r, EvalCli.f1(p, r));
    }
  }

  private static void sourceTable(PrintStream out, String heading, Map<String, Tally> rows) {
    out.printf(Locale.ROOT, "%-12s %8s %9s %12s %12s %12s %12s %10s%n",
        heading, "gold-src", "found-src", "attributed", "mention-ok", "speaker-ok", "either-ok", "end-to-end");
    for (Map.Entry<String, Tally> e : rows.entrySet()) {
      Tally t = e.getValue();
      out.printf(Locale.ROOT, "%-12s %8d %9d %12s %12s %12s %12s %10.3f%n",
          e.getKey(), t.goldWithSource, t.foundWithSource, rate(t.attributed, t.foundWithSource),
          rate(t.mentionRight, t.foundWithSource), rate(t.speakerRight, t.foundWithSource),
          rate(t.eitherRight, t.foundWithSource), EvalCli.ratio(t.mentionRight, t.goldWithSource));
    }
  }

  private static void section(PrintStream out, String title, List<String> items, int n) {
    out.println();
    out.println("== " + title + ": " + items.size() + (items.size() > n ? ", " + n + " shown" : ""));
    int shown = Math.min(n, items.size());
    for (int k = 0; k < shown; k++) {
      // Spread the examples over the corpus rather than taking the first texts.
      out.println("  " + items.get((int) ((long) k * items.size() / shown)));
    }
  }

  private static String rate(int a, int b) {
    return String.format(Locale.ROOT, "%d %.3f", a, EvalCli.ratio(a, b));
  }
}
