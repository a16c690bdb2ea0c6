package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.parser.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AebEval on the fixtures: {@code eval/corpus/aeb}, one page with its body and one without. */
class AebEvalTest {
  // Ours: the body's first sentence as a paragraph and the page's newsletter line as a caption; the body's
  // second sentence is missed.
  private static Article extracted(Path page) {
    return Article.builder().title("Kelby council votes to close the old harbour")
        .addBlocks(Paragraph.of("The harbour will close in March after the vote."),
            Caption.builder().text("Subscribe to our newsletter").build())
        .build();
  }

  private static String row(Fixtures.Result r, String variant) {
    return r.lines().stream().filter(l -> l.startsWith(variant)).findFirst()
        .map(l -> l.substring(variant.length()).trim().replaceAll(" +", " "))
        .orElseThrow(() -> new AssertionError("no row " + variant + "\n" + r.out()));
  }

  @Test
  void shinglesAreRunsOfFourLowerCasedWords() {
    assertEquals(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1),
        AebEval.shingles("A b, c d a B c d", true));
    assertEquals(Map.of("Only three words", 1), AebEval.shingles("Only three words.", false));
    assertEquals(Map.of(), AebEval.shingles(" -- ", true));
  }

  @Test
  void scoresAKnownMismatch() {
    Fixtures.Result r = Fixtures.capture((out, err) -> AebEval.run(new String[] {"--worst", "1"},
        Fixtures.corpus(), AebEvalTest::extracted, out, err));

    assertEquals(0, r.status(), r.err());
    assertTrue(r.lines().get(0).endsWith("aeb: 1 pages; lower-cased 4-word shingles, means over pages)"), r.out());
    // 11 gold shingles. Blocks: 10 shingles, 6 of them gold (the paragraph's); paragraphs: 6, all gold.
    // The page: 26, every gold one among them.
    // columns: empty, P, R, F1, then evaluate.py's P / R / F1
    assertEquals("0 0.600 0.545 0.571 0.600 / 0.545 / 0.571", row(r, "our blocks (paragraphs + captions)"));
    assertEquals("0 1.000 0.545 0.706 1.000 / 0.545 / 0.706", row(r, "our paragraphs only"));
    assertEquals("0 0.423 1.000 0.595 0.423 / 1.000 / 0.595", row(r, "whole page, every line (baseline)"));
    assertTrue(r.out().contains("1 pages have no body file and were skipped\n"), r.out());
    assertTrue(r.out().contains("worst 1 pages by F1 of our blocks (shingles: ours / gold / common)\n"
        + "  kelbypost_a1b2                   P 0.600  R 0.545  F1 0.571      10 /     11 /      6"
        + "  https://kelbypost.example/harbour\n"), r.out());
  }

  @Test
  void runsWithTheStandardParser() {
    Fixtures.Result r = Fixtures.capture((out, err) -> AebEval.run(new String[0], Fixtures.corpus(),
        ArticleParser.standard()::parse, out, err));

    assertEquals(0, r.status(), r.err());
    // the baseline does not depend on the parser
    assertEquals("0 0.423 1.000 0.595 0.423 / 1.000 / 0.595", row(r, "whole page, every line (baseline)"));
  }

  @Test
  void aMissingCorpusExitsWith2(@TempDir Path tmp) {
    Fixtures.Result r = Fixtures.capture((out, err) -> AebEval.run(new String[0], tmp, AebEvalTest::extracted,
        out, err));

    assertEquals(2, r.status());
    assertEquals("AebEval: corpus not found: " + tmp.resolve("aeb").resolve("page")
        + " (set -Dnewsdoc.corpus=DIR)\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void anUnknownArgumentExitsWith2() {
    Fixtures.Result r = Fixtures.capture((out, err) -> AebEval.run(new String[] {"--best"}, Fixtures.corpus(),
        AebEvalTest::extracted, out, err));

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("AebEval: unknown argument '--best'\nUsage: AebEval"), r.err());
  }

  @Test
  void helpPrintsTheUsage() {
    Fixtures.Result r = Fixtures.capture((out, err) -> AebEval.run(new String[] {"--help"}, Fixtures.corpus(),
        AebEvalTest::extracted, out, err));

    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("Usage: AebEval [--worst [N]]\n"), r.out());
    assertEquals(List.of(), r.err().lines().toList());
  }
}
