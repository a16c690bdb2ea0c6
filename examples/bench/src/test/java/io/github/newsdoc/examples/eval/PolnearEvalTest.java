package io.github.newsdoc.examples.eval;

import io.github.newsdoc.parser.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PolnearEval on the fixtures: {@code eval/corpus/polnear}, one annotated text in train (three direct quotes,
 * each with a Source, and an indirect one) and one text without annotation in dev.
 */
class PolnearEvalTest {
  private static List<String> row(Fixtures.Result r, String heading, String first) {
    List<String> lines = r.lines();
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(heading + " ")) {
        from = i;
      } else if (from >= 0 && lines.get(i).startsWith(first + " ")) {
        return List.of(lines.get(i).trim().split(" +"));
      }
    }
    throw new AssertionError("no row " + first + " under " + heading + "\n" + r.out());
  }

  @Test
  void scoresAKnownMismatch() {
    // Ours: "We had no choice" with its source, "It is the end" credited to the mayor instead of "he", and a
    // spurious "fishing boats"; "Nobody asked us" is missed.
    Fixtures.Result r = Fixtures.capture((out, err) -> PolnearEval.run(new String[] {"--errors", "5"},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals(0, r.status(), r.err());
    assertEquals("gold: 1 texts, 4 Content spans, 3 direct quotes (Content holding \" \u201c \u201d or, in 0, only ''"
        + " or \u2018), 3 of them with a Source", r.lines().get(1));
    // columns: texts, gold, ours, ours-hit, gold-hit, P, R, F1
    assertEquals(List.of("train", "1", "3", "3", "2", "2", "0.667", "0.667", "0.667"), row(r, "quotes", "train"));
    assertEquals(List.of("dev", "0", "0", "0", "0", "0", "0.000", "0.000", "0.000"), row(r, "quotes", "dev"));
    assertEquals(List.of("all", "1", "3", "3", "2", "2", "0.667", "0.667", "0.667"), row(r, "quotes", "all"));
    // columns: gold-src, found-src, attributed, mention-ok, speaker-ok, either-ok (count and rate), end-to-end
    assertEquals(List.of("all", "3", "2", "2", "1.000", "1", "0.500", "1", "0.500", "1", "0.500", "0.333"),
        row(r, "sources", "all"));
    assertTrue(r.out().contains("checks: 0 gold direct quotes start outside the title and the blocks (lines the"
        + " parser gave another role); 0 blocks not found in their file; 0 parse failures; 0 .ann spans whose"
        + " offsets disagree with their text; 1 texts without .ann\n"), r.out());
    assertTrue(r.out().contains("== missed gold direct quotes ([[gold quote]]): 1\n"
        + "  train/kelbypost_2026-01-05_council-closes-harbour_a1b2 T11\n"), r.out());
    assertTrue(r.out().contains("[[\"Nobody asked us.\"]]"), r.out());
    assertTrue(r.out().contains("== spurious quotes ([[our quote]]): 1\n"), r.out());
    assertTrue(r.out().contains("to [[fishing boats]]."), r.out());
    assertTrue(r.out().contains("== wrong or no source ([[gold quote]], <<gold source>>, {{our mention}}): 1\n"
        + "  train/kelbypost_2026-01-05_council-closes-harbour_a1b2 T7: gold <<he>>, ours: speaker \"Ines Cole\","
        + " cue \"said\", mention {{Mayor Ines Cole}}\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void theOracleScoresTheGoldItselfPerfectly() {
    Fixtures.Result r = Fixtures.capture((out, err) -> PolnearEval.run(new String[] {"--split", "train", "--oracle"},
        Fixtures.corpus(), Fixtures.STRUCTURE::parse, out, err));

    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("train", "1", "3", "3", "3", "3", "1.000", "1.000", "1.000"), row(r, "quotes", "train"));
    assertEquals(List.of("train", "3", "3", "3", "1.000", "3", "1.000", "3", "1.000", "3", "1.000", "1.000"),
        row(r, "sources", "train"));
  }

  @Test
  void strictMarksLeaveOutNoQuoteOfTheFixture() {
    Fixtures.Result r = Fixtures.capture((out, err) -> PolnearEval.run(new String[] {"--strict-marks"},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals("gold: 1 texts, 4 Content spans, 3 direct quotes (Content holding \" \u201c \u201d), 3 of them with"
        + " a Source", r.lines().get(1));
  }

  @Test
  void runsWithTheStandardParser() {
    Fixtures.Result r = Fixtures.capture((out, err) -> PolnearEval.run(new String[] {"--split", "train"},
        Fixtures.corpus(), ArticleParser.standard()::parse, out, err));

    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("train", "1", "3"), row(r, "quotes", "train").subList(0, 3), r.out());
  }

  @Test
  void bySieveCountsEachSievesCreditsAndTheRightOnes() {
    Fixtures.Result r = Fixtures.capture((out, err) -> PolnearEval.run(new String[] {"--split", "train", "--by-sieve"},
        Fixtures.corpus(), ArticleParser.standard()::parse, out, err));

    assertEquals(0, r.status(), r.err());
    assertEquals("sieves (found gold quotes with a Source each credited; right by mention or speaker)", r.lines().get(0));
    int credited = 0;
    for (String line : r.lines().subList(1, r.lines().size())) {
      if (!line.startsWith("  ")) {
        break;
      }
      String[] cells = line.trim().split("\\s+");
      int n = Integer.parseInt(cells[1]);
      int right = Integer.parseInt(cells[2]);
      assertTrue(right <= n, line);
      credited += n;
    }
    assertTrue(credited > 0 && credited <= 3, r.out());
  }

  @Test
  void aMissingCorpusExitsWith2(@TempDir Path tmp) {
    Fixtures.Result r = Fixtures.capture((out, err) -> PolnearEval.run(new String[0], tmp,
        Fixtures::harbourWithQuotes, out, err));

    assertEquals(2, r.status());
    assertEquals("PolnearEval: corpus not found: " + tmp.resolve("polnear") + " (set -Dnewsdoc.corpus=DIR)\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void aMissingSplitExitsWith2(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("polnear/train/text"));
    Fixtures.Result r = Fixtures.capture((out, err) -> PolnearEval.run(new String[] {"--split", "dev"}, tmp,
        Fixtures::harbourWithQuotes, out, err));

    assertEquals(2, r.status());
    assertEquals("PolnearEval: corpus not found: " + tmp.resolve("polnear").resolve("dev").resolve("text")
        + " (set -Dnewsdoc.corpus=DIR)\n", r.err());
  }

  @Test
  void aBadSplitExitsWith2() {
    Fixtures.Result r = Fixtures.capture((out, err) -> PolnearEval.run(new String[] {"--split", "test"},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("PolnearEval: --split must be train, dev or all, not 'test'\nUsage: PolnearEval"),
        r.err());
  }

  @Test
  void theBlindDevSplitRefusesItsErrors() {
    Fixtures.Result r = Fixtures.capture((out, err) -> PolnearEval.run(new String[] {"--split", "dev", "--errors", "5"},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertEquals("PolnearEval: the dev split is blind: only its summary is shown, never its errors; drop --errors or"
        + " use --split train\n", r.err());
  }
}
