package io.github.newsdoc.examples.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.parser.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SpeakerEval on the fixtures: {@code eval/speakers-gold} against {@code eval/corpus/news}. */
class SpeakerEvalTest {
  private static final String GOLD = Fixtures.path("speakers-gold").toString();

  @Test
  void scoresAKnownMismatch() {
    // Gold: three quotes of news/harbour.txt with a source, one position with no quote, one file the corpus
    // lacks. Ours: "We had no choice" credited to Ines Cole, "It is the end" to Ines Cole (wrong), and no
    // quote opens at "Nobody asked us".
    Fixtures.Result r = Fixtures.capture((out, err) -> SpeakerEval.run(new String[] {"--gold", GOLD, "--errors", "5"},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals(0, r.status(), r.err());
    assertEquals("Speakers against hand-annotated speakers (" + GOLD + "): 1 articles, 1 unread", r.lines().get(0));
    assertEquals("quotes with a source 3, found 2; speaker exact 1 (0.333), any printed name 1 (0.333)",
        r.lines().get(1));
    assertEquals("quotes with no source 1, left uncredited 0", r.lines().get(2));
    assertEquals("wrong by kind: uncredited 0, pronoun 0, part-of-name 0, name-and-more 0, overlapping 0,"
        + " description 0, other-name 1", r.lines().get(3));
    assertTrue(r.out().contains("wrong speakers (2):\n  news/harbour.txt 2:31: ours Ines Cole, gold Tom Reed\n"
        + "  news/harbour.txt 2:74: no quote of ours opens here; gold Tom Reed\n"), r.out());
    assertEquals("SpeakerEval: news/gone.txt: no such corpus file (set -Dnewsdoc.corpus=DIR)\n", r.err());
  }

  @Test
  void aQuoteIsKeyedByItsFirstTwentyCharacters() {
    assertEquals("e712dcd9f2", SpeakerEval.key("We had no choice"));
    assertEquals(SpeakerEval.key("It is the end of a way of life"), SpeakerEval.key("It is the end of a w"));
  }

  @Test
  void aWrongSpeakerHasAKindFromTheTwoNamesAlone() {
    assertEquals("uncredited", SpeakerEval.kind("-", "Tom Reed"));
    assertEquals("pronoun", SpeakerEval.kind("He", "Tom Reed"));
    assertEquals("part-of-name", SpeakerEval.kind("Reed", "Tom Reed"));
    assertEquals("name-and-more", SpeakerEval.kind("Harbour Tom Reed", "Tom Reed"));
    assertEquals("overlapping", SpeakerEval.kind("Tom Reed's side", "Tom Reed and Ines Cole"));
    assertEquals("description", SpeakerEval.kind("the harbour master", "Tom Reed"));
    assertEquals("other-name", SpeakerEval.kind("Ines Cole", "Tom Reed"));
  }

  @Test
  void namesAreComparedWithoutCaseArticleOrPossessive() {
    assertEquals("ines cole", SpeakerEval.norm("The Ines  Cole's"));
    assertEquals("harbour trust", SpeakerEval.norm("the Harbour Trust"));
  }

  @Test
  void runsWithTheStandardParser() {
    Fixtures.Result r = Fixtures.capture((out, err) -> SpeakerEval.run(new String[] {"--gold", GOLD},
        Fixtures.corpus(), ArticleParser.standard()::parse, out, err));

    assertEquals(0, r.status(), r.err());
    assertTrue(r.lines().get(1).startsWith("quotes with a source 3, found "), r.out());
  }

  @Test
  void aMissingCorpusExitsWith2(@TempDir Path tmp) {
    Path missing = tmp.resolve("corpus");
    Fixtures.Result r = Fixtures.capture((out, err) -> SpeakerEval.run(new String[] {"--gold", GOLD}, missing,
        Fixtures::harbourWithQuotes, out, err));

    assertEquals(2, r.status());
    assertEquals("SpeakerEval: corpus not found: " + missing + " (set -Dnewsdoc.corpus=DIR)\n", r.err());
  }

  @Test
  void aMalformedGoldLineSaysWhereAndExitsWith2(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("bad.tsv"), "news/harbour.txt\tone\t1\te712dcd9f2\tInes Cole\n");
    Fixtures.Result r = Fixtures.capture((out, err) -> SpeakerEval.run(new String[] {"--gold", tmp.toString()},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals(2, r.status());
    assertEquals("SpeakerEval: " + tmp.resolve("bad.tsv") + ":1: block and offset must be numbers\n", r.err());
  }

  @Test
  void aBlindGoldShowsItsSummaryButRefusesItsErrors(@TempDir Path tmp) throws Exception {
    Path gold = Fixtures.path("speakers-gold");
    for (Path f : Files.list(gold).toList()) {
      Files.copy(f, tmp.resolve(f.getFileName()));
    }
    Files.writeString(tmp.resolve("BLIND"), "# held out\nall\n");

    Fixtures.Result refused = Fixtures.capture((out, err) -> SpeakerEval.run(
        new String[] {"--gold", tmp.toString(), "--errors", "5"}, Fixtures.corpus(), Fixtures::harbourWithQuotes,
        out, err));
    Fixtures.Result summary = Fixtures.capture((out, err) -> SpeakerEval.run(new String[] {"--gold", tmp.toString()},
        Fixtures.corpus(), Fixtures::harbourWithQuotes, out, err));

    assertEquals(2, refused.status());
    assertEquals("", refused.out());
    assertEquals("SpeakerEval: " + tmp + " is blind (see its BLIND file): only its summary is shown, never its"
        + " errors; drop --errors\n", refused.err());
    assertEquals(0, summary.status(), summary.err());
    assertEquals("quotes with a source 3, found 2; speaker exact 1 (0.333), any printed name 1 (0.333)",
        summary.lines().get(1));
  }
}
