package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EntityEval on the fixtures: {@code eval/entities-gold} against {@code eval/corpus/news}. */
class EntityEvalTest {
  private static final String GOLD = Fixtures.path("entities-gold").toString();

  // Gold of news/harbour.txt: Kelby (LOCATION), Ines Cole|Cole and Tom Reed (PERSON), Kelby Harbour Trust
  // (ORGANIZATION). Ours: Ines Cole matched by its alias, Tom Reed matched with the wrong type, Kelby, and
  // a spurious "Harbour Trust"; the Trust is missed. news/river.txt has no entity (a NONE line).
  private static Article harbourWithEntities(String text) {
    Article a = Fixtures.STRUCTURE.parse(text);
    if (!text.contains("Ines Cole")) {
      return a;
    }
    return a.withEntities(
        entity("e1", EntityType.PERSON, "Ines Cole", "Cole"),
        entity("e2", EntityType.ORGANIZATION, "Tom Reed"),
        entity("e3", EntityType.LOCATION, "Kelby"),
        entity("e4", EntityType.PERSON, "Harbour Trust"));
  }

  private static Entity entity(String id, EntityType type, String name, String... aliases) {
    return Entity.builder().id(id).type(type).name(name).addAliases(aliases).build();
  }

  private static List<String> row(Fixtures.Result r, String first) {
    return r.lines().stream().filter(l -> l.startsWith(first + " ")).findFirst()
        .map(l -> List.of(l.trim().split(" +")))
        .orElseThrow(() -> new AssertionError("no row " + first + "\n" + r.out()));
  }

  @Test
  void scoresAKnownMismatch() {
    Fixtures.Result r = Fixtures.capture((out, err) -> EntityEval.run(new String[] {"--gold", GOLD, "--errors", "5"},
        Fixtures.corpus(), EntityEvalTest::harbourWithEntities, out, err));

    assertEquals(0, r.status(), r.err());
    // news/river.txt is in dev (its path's hash is even), news/harbour.txt in test
    // columns: split, type, articles, gold, ours, P, R, F1, type accuracy, typed F1
    assertEquals(List.of("dev", "all", "1", "0", "0", "0.000", "0.000", "0.000", "0.000", "0.000"), row(r, "dev"));
    assertEquals(List.of("test", "all", "1", "4", "4", "0.750", "0.750", "0.750", "0.667", "0.500"), row(r, "test"));
    assertEquals(List.of("both", "all", "2", "4", "4", "0.750", "0.750", "0.750", "0.667", "0.500"), row(r, "both"));
    assertTrue(r.out().contains("missed gold entities (1):\n  news/harbour.txt: Kelby Harbour Trust (ORGANIZATION)\n"),
        r.out());
    assertTrue(r.out().contains("spurious entities of ours (1):\n  news/harbour.txt: Harbour Trust (PERSON)\n"),
        r.out());
    assertTrue(r.out().contains("matched with the wrong type (1):\n  news/harbour.txt: Tom Reed gold PERSON, ours"
        + " ORGANIZATION (\"Tom Reed\")\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void splitsByThePathsHash() {
    assertEquals("dev", EntityEval.splitOf("news/river.txt"));
    assertEquals("test", EntityEval.splitOf("news/harbour.txt"));
  }

  @Test
  void normalisesNamesBeforeMatching() {
    assertEquals("blair", EntityEval.normalise("Mr. Blair\u2019s"));
    assertEquals("harbour trust", EntityEval.normalise("The  Harbour\tTrust"));
  }

  @Test
  void runsWithTheStandardParser() {
    Fixtures.Result r = Fixtures.capture((out, err) -> EntityEval.run(new String[] {"--gold", GOLD, "--split", "test"},
        Fixtures.corpus(), ArticleParser.standard()::parse, out, err));

    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("test", "all", "1", "4"), row(r, "test").subList(0, 4), r.out());
  }

  @Test
  void aMissingCorpusExitsWith2(@TempDir Path tmp) {
    Path missing = tmp.resolve("corpus");
    Fixtures.Result r = Fixtures.capture((out, err) -> EntityEval.run(new String[] {"--gold", GOLD}, missing,
        EntityEvalTest::harbourWithEntities, out, err));

    assertEquals(2, r.status());
    assertEquals("EntityEval: corpus not found: " + missing + " (set -Dnewsdoc.corpus=DIR)\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void aMissingGoldFolderExitsWith2(@TempDir Path tmp) {
    Path missing = tmp.resolve("gold");
    Fixtures.Result r = Fixtures.capture((out, err) -> EntityEval.run(new String[] {"--gold", missing.toString()},
        Fixtures.corpus(), EntityEvalTest::harbourWithEntities, out, err));

    assertEquals(2, r.status());
    assertEquals("EntityEval: gold not found: " + missing + " (run from the repository root or use --gold DIR)\n",
        r.err());
  }

  @Test
  void aBadSplitExitsWith2() {
    Fixtures.Result r = Fixtures.capture((out, err) -> EntityEval.run(new String[] {"--split", "train"},
        Fixtures.corpus(), EntityEvalTest::harbourWithEntities, out, err));

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("EntityEval: --split takes dev, test or all, not 'train'\nUsage: EntityEval"),
        r.err());
  }

  @Test
  void aGoldBlindInItsTestSplitListsOnlyTheDevSplitsErrors(@TempDir Path tmp) throws Exception {
    Files.copy(Path.of(GOLD).resolve("gold.tsv"), tmp.resolve("gold.tsv"));
    Files.writeString(tmp.resolve("BLIND"), "test\n");

    Fixtures.Result dev = Fixtures.capture((out, err) -> EntityEval.run(
        new String[] {"--gold", tmp.toString(), "--split", "dev", "--errors", "5"}, Fixtures.corpus(),
        EntityEvalTest::harbourWithEntities, out, err));
    Fixtures.Result all = Fixtures.capture((out, err) -> EntityEval.run(
        new String[] {"--gold", tmp.toString(), "--errors", "5"}, Fixtures.corpus(),
        EntityEvalTest::harbourWithEntities, out, err));
    Fixtures.Result summary = Fixtures.capture((out, err) -> EntityEval.run(new String[] {"--gold", tmp.toString()},
        Fixtures.corpus(), EntityEvalTest::harbourWithEntities, out, err));

    assertEquals(0, dev.status(), dev.err());
    assertEquals(2, all.status());
    assertEquals("EntityEval: " + tmp + " is blind in its test split (see its BLIND file): only its summary is"
        + " shown, never its errors; drop --errors or use --split dev\n", all.err());
    assertEquals("", all.out());
    assertEquals(0, summary.status(), summary.err());
    assertEquals(List.of("test", "all", "1", "4", "4", "0.750", "0.750", "0.750", "0.667", "0.500"),
        row(summary, "test"));
  }
}
