package io.github.newsdoc.examples.eval;

import io.github.newsdoc.parser.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** QuoteEval on the fixtures: {@code eval/quotes-gold} against {@code eval/corpus/news}. */
class QuoteEvalTest {
  private static final String GOLD = Fixtures.path("quotes-gold").toString();

  @Test
  void scoresAKnownMismatch() {
    // Gold: three quotes of news/harbour.txt and one of a file the corpus lacks. Ours: "We had no choice"
    // with the right source, "It is the end" credited to the wrong person, a spurious "fishing boats";
    // "Nobody asked us" is missed.
    Fixtures.Result r = Fixtures.capture((out, err) -> QuoteEval.run(new String[] {"--gold", GOLD, "--errors", "5"},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals(0, r.status(), r.err());
    assertEquals("Quotes against hand-annotated quote openings (" + GOLD + "): 1 articles, 1 unread",
        r.lines().get(0));
    assertEquals("quotes   gold 3, ours 3 (0 of them continue the quote before, which the gold reads as one),"
        + " found 2: P 0.667 R 0.667 F1 0.667", r.lines().get(1));
    assertEquals("sources  found with a source 2: attributed 1.000, mention right 0.500, mention or speaker"
        + " right 0.500", r.lines().get(2));
    assertEquals("no source given: found 0, of which we credited 0", r.lines().get(3));
    assertTrue(r.out().contains("missed gold quotes (1):\n  news/harbour.txt: \"Nobody asked us\"\n"), r.out());
    assertTrue(r.out().contains("spurious quotes of ours (1):\n  news/harbour.txt: \"fishing boats\"\n"), r.out());
    assertTrue(r.out().contains("wrong or no source (1):\n  news/harbour.txt: \"It is the end of a way\" gold he /"
        + " Tom Reed, ours: Mayor Ines Cole / Ines Cole\n"), r.out());
    assertEquals("QuoteEval: news/gone.txt: no such corpus file (set -Dnewsdoc.corpus=DIR)\n", r.err());
  }

  @Test
  void runsWithTheStandardParser() {
    Fixtures.Result r = Fixtures.capture((out, err) -> QuoteEval.run(new String[] {"--gold", GOLD},
        Fixtures.corpus(), ArticleParser.standard()::parse, out, err));

    assertEquals(0, r.status(), r.err());
    assertTrue(r.lines().get(1).startsWith("quotes   gold 3, ours "), r.out());
  }

  @Test
  void aMissingCorpusExitsWith2(@TempDir Path tmp) {
    Path missing = tmp.resolve("corpus");
    Fixtures.Result r = Fixtures.capture((out, err) -> QuoteEval.run(new String[] {"--gold", GOLD}, missing,
        Fixtures::harbourWithQuotes, out, err));

    assertEquals(2, r.status());
    assertEquals("QuoteEval: corpus not found: " + missing + " (set -Dnewsdoc.corpus=DIR)\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void aMissingGoldFolderExitsWith2(@TempDir Path tmp) {
    Path missing = tmp.resolve("gold");
    Fixtures.Result r = Fixtures.capture((out, err) -> QuoteEval.run(new String[] {"--gold", missing.toString()},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals(2, r.status());
    assertEquals("QuoteEval: gold not found: " + missing + " (run from the repository root or use --gold DIR)\n",
        r.err());
  }

  @Test
  void aBadArgumentExitsWith2() {
    Fixtures.Result r = Fixtures.capture((out, err) -> QuoteEval.run(new String[] {"--errors", "many"},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("QuoteEval: --errors takes a number, not 'many'\nUsage: QuoteEval"), r.err());
  }

  @Test
  void aGoldKeptAsKeysScoresAsTheWordsDo(@TempDir Path tmp) throws Exception {
    java.nio.file.Files.write(tmp.resolve("gold.tsv"), QuoteGoldKeys.convert(java.nio.file.Files.readAllLines(
        Fixtures.path("quotes-gold").resolve("gold.tsv"))));
    String keyed = java.nio.file.Files.readString(tmp.resolve("gold.tsv"));
    assertTrue(!keyed.contains("We had no choice") && keyed.contains("\t~"), keyed);
    Fixtures.Result words = Fixtures.capture((out, err) -> QuoteEval.run(new String[] {"--gold", GOLD},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));
    Fixtures.Result keys = Fixtures.capture((out, err) -> QuoteEval.run(new String[] {"--gold", tmp.toString(),
        "--errors", "5"}, Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals(0, keys.status(), keys.err());
    assertEquals(words.lines().subList(1, 4), keys.lines().subList(1, 4));
    assertTrue(keys.out().contains("missed gold quotes (1):\n  news/harbour.txt: gold quote 3\n"), keys.out());
  }

  @Test
  void anOpeningsKeysAreItsFirstWordsKeys() {
    String keyed = QuoteEval.keyed("It's very, very hard");
    assertEquals(4, keyed.split(",").length, keyed); // "it", "very", "very", "hard": the possessive-like 's goes
    assertTrue(keyed.startsWith("~" + QuoteEval.key(java.util.List.of("it")) + ","), keyed);
    assertTrue(keyed.endsWith(QuoteEval.key(java.util.List.of("it", "very", "very", "hard"))), keyed);
  }
}
