package io.github.newsdoc.examples.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.ParseReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.newsdoc.model.PublicationTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** StructureEval on an invented page whose report is set by hand. */
class StructureEvalTest {
  private static final String GOLD = String.join("\n",
      "page\tp1",
      "title\tPort \u201cReopens\u201d",
      "byline\tJo Park",
      "byline\tAna Ruiz",
      "published\t2026-03-03T09:00 EST",
      "updated\t2026-03-03T10:40 EST",
      "caption\tThe old crossing.\tCity Desk",
      "caption\tA second picture.\tJo Park",
      "paragraphs\t2",
      "# line 2 is a share button",
      "L1-1\tTITLE",
      "L2-2\tCHROME",
      "L3-4\tPARAGRAPH",
      "L5-5\tCHROME",
      "");

  // ours: the right title and date, one byline of two, two paragraphs, one caption of two, and the chrome
  // line 5 read as a paragraph and the article line 4 read as boilerplate
  private static ParseReport ours(byte[] page) {
    Article a = Article.builder().title("Port \"reopens\"").published(PublicationTime.inZone(LocalDate.of(2026, 3, 3), LocalTime.of(9, 0), ZoneId.of("America/New_York")))
        .updated(PublicationTime.of(LocalDate.of(2026, 3, 3), LocalTime.of(9, 40)))
        .addByline(Byline.of("Jo Park", java.util.Optional.empty()))
        .addBlock(Paragraph.of("One.")).addBlock(Paragraph.of("Two."))
        .addBlock(Caption.builder().text("The old crossing").credit("Photo: City Desk").build())
        .build();
    return new ParseReport(a, List.of(new LineAssignment(1, "Port", LineRole.TITLE, "title"),
        new LineAssignment(2, "Share", LineRole.BOILERPLATE, "x"),
        new LineAssignment(3, "One.", LineRole.PARAGRAPH, "default:paragraph"),
        new LineAssignment(4, "Two.", LineRole.BOILERPLATE, "y"),
        new LineAssignment(5, "Sign up", LineRole.PARAGRAPH, "default:paragraph")), List.of());
  }

  // A half of invented pages under dir: one gold file and its page beside it.
  private static void inventedHalf(Path dir, String name) throws IOException {
    Path half = Files.createDirectories(dir.resolve(name));
    Files.writeString(half.resolve("p1.gold"), GOLD);
    Files.writeString(half.resolve("p1.txt"), "page text\n");
  }

  @Test
  void scoresEachFieldAndTheChromeLeft(@TempDir Path dir) throws IOException {
    inventedHalf(dir, "invented");
    Fixtures.Result r = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.toString(), "--half", "invented"}, dir, StructureEvalTest::ours, out, err));
    assertEquals(0, r.status(), r.err());
    assertEquals("structure, invented half: 1 pages", r.lines().get(0));
    assertTrue(r.out().contains("title right             1 / 1  1.000"), r.out());
    assertTrue(r.out().contains("paragraph count exact   1 / 1  1.000"), r.out());
    assertTrue(r.out().contains("bylines right           0 / 1  0.000"), r.out());
    assertTrue(r.out().contains("date right              1 / 1  1.000"), r.out());
    assertTrue(r.out().contains("date day right          1 / 1  1.000"), r.out());
    assertTrue(r.out().contains("updated right           0 / 1  0.000"), r.out());
    assertTrue(r.out().contains("p1: updated '2026-03-03T09:40', gold '2026-03-03T10:40 EST' (wrong time)"), r.out());
    assertTrue(r.out().contains("captions with credit    1 / 2  0.500"), r.out());
    assertTrue(r.out().contains("chrome left in article 1 / 2  0.500"), r.out());
    assertTrue(r.out().contains("p1:5: chrome read as PARAGRAPH: Sign up"), r.out());
    assertTrue(r.out().contains("article lines kept    1 / 2  0.500"), r.out());
    assertTrue(r.out().contains("p1:4: article line read as BOILERPLATE: Two."), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"test", "test2"})
  void theBlindHalvesListNoErrors(String blind, @TempDir Path dir) throws IOException {
    Path half = Files.createDirectories(dir.resolve(blind));
    Files.writeString(half.resolve("p1.gold"), GOLD);
    Files.writeString(half.resolve("BLIND"), "all\n");
    Files.createDirectories(dir.resolve("aeb/page"));
    Files.writeString(dir.resolve("aeb/page/p1.txt"), "page text\n");
    Fixtures.Result r = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.toString(), "--half", blind, "--errors", "50"}, dir, StructureEvalTest::ours, out, err));
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("(blind half: no errors listed)"), r.out());
    assertFalse(r.out().contains("chrome read as"), r.out());
  }

  @Test
  void theSecondInventedHalvesReadTheirOwnPagesAndTheTestOneIsBlind(@TempDir Path dir) throws IOException {
    for (String name : List.of("invented2", "invented2-test")) {
      inventedHalf(dir, name);
    }
    Files.writeString(dir.resolve("invented2-test/BLIND"), "all\n");
    Fixtures.Result tuning = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.toString(), "--half", "invented2", "--errors", "50"}, dir, StructureEvalTest::ours,
        out, err));
    assertEquals(0, tuning.status(), tuning.err());
    assertTrue(tuning.out().contains("p1:5: chrome read as PARAGRAPH: Sign up"), tuning.out());
    Fixtures.Result blind = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.toString(), "--half", "invented2-test", "--errors", "50"}, dir,
        StructureEvalTest::ours, out, err));
    assertEquals(0, blind.status(), blind.err());
    assertEquals("structure, invented2-test half: 1 pages", blind.lines().get(0));
    assertTrue(blind.out().contains("chrome left in article 1 / 2  0.500"), blind.out());
    assertTrue(blind.out().contains("(blind half: no errors listed)"), blind.out());
    assertFalse(blind.out().contains("chrome read as"), blind.out());
  }

  @Test
  void theSecondTuningHalfListsItsErrors(@TempDir Path dir) throws IOException {
    Path half = Files.createDirectories(dir.resolve("dev2"));
    Files.writeString(half.resolve("p1.gold"), GOLD);
    Files.createDirectories(dir.resolve("aeb/page"));
    Files.writeString(dir.resolve("aeb/page/p1.txt"), "page text\n");
    Fixtures.Result r = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.toString(), "--half", "dev2", "--errors", "50"}, dir, StructureEvalTest::ours, out, err));
    assertEquals(0, r.status(), r.err());
    assertEquals("structure, dev2 half: 1 pages", r.out().lines().findFirst().orElseThrow());
    assertTrue(r.out().contains("chrome read as"), r.out());
  }

  @Test
  void anUnknownHalfIsAUsageErrorThatNamesTheHalvesThereAre(@TempDir Path dir) throws IOException {
    for (String name : List.of("dev", "invented9")) {
      Files.writeString(Files.createDirectories(dir.resolve(name)).resolve("p1.gold"), GOLD);
    }
    Files.createDirectories(dir.resolve("notes")); // a folder without gold files is no half
    Fixtures.Result r = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.toString(), "--half", "test3"}, dir, StructureEvalTest::ours, out, err));
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("--half takes a folder of " + dir + " that holds gold files (dev, invented9),"
        + " not 'test3'"), r.err());
  }

  // A new test half without its marker is blind all the same.
  @Test
  void aTestHalfWithoutItsMarkerIsBlindByItsName(@TempDir Path dir) throws IOException {
    inventedHalf(dir, "invented9-test");
    Fixtures.Result r = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.toString(), "--half", "invented9-test", "--errors", "50"}, dir,
        StructureEvalTest::ours, out, err));
    assertTrue(r.out().contains("(blind half: no errors listed)"), r.out());
  }

  @Test
  void aMissingGoldFolderIsReportedAsSuch(@TempDir Path dir) {
    Fixtures.Result r = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.resolve("absent").toString()}, dir, StructureEvalTest::ours, out, err));
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().startsWith("StructureEval: gold not found: " + dir.resolve("absent")), r.err());
  }

  @Test
  void everyTestHalfOfTheShippedGoldIsBlind() throws IOException {
    Path root = Path.of("../eval-data/structure");
    List<String> halves = StructureEval.halves(root);
    assertTrue(halves.containsAll(List.of("dev", "test", "invented7", "invented7-test")), halves.toString());
    for (String half : halves) {
      boolean test = half.startsWith("test") || half.endsWith("-test");
      assertEquals(test, StructureEval.blind(root.resolve(half)), half);
      assertEquals(test, Files.isRegularFile(root.resolve(half).resolve("BLIND")), half + " holds its marker");
    }
  }

  @Test
  void referencesReadTheirValuesFromThePage(@TempDir Path dir) throws IOException {
    Path half = Files.createDirectories(dir.resolve("test"));
    Files.writeString(half.resolve("p1.gold"), GOLD.replace("title\tPort \u201cReopens\u201d", "title\t@L2:4-16"));
    Files.createDirectories(dir.resolve("aeb/page"));
    Files.writeString(dir.resolve("aeb/page/p1.txt"), "Menu\nThe Port reopens today\n");
    Fixtures.Result r = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.toString(), "--half", "test"}, dir, StructureEvalTest::ours, out, err));
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("title right             1 / 1  1.000"), r.out());
  }

  @Test
  void aReferencePastThePageIsReported(@TempDir Path dir) throws IOException {
    Path half = Files.createDirectories(dir.resolve("test"));
    Files.writeString(half.resolve("p1.gold"), GOLD.replace("title\tPort \u201cReopens\u201d", "title\t@L9"));
    Files.createDirectories(dir.resolve("aeb/page"));
    Files.writeString(dir.resolve("aeb/page/p1.txt"), "Menu\n");
    Fixtures.Result r = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.toString(), "--half", "test"}, dir, StructureEvalTest::ours, out, err));
    assertEquals(1, r.status());
    assertTrue(r.err().contains("no line 9 in the page"), r.err());
  }

  @Test
  void aMissingGoldFolderExitsWithTwo(@TempDir Path dir) {
    Fixtures.Result r = Fixtures.capture((out, err) -> StructureEval.run(
        new String[] {"--gold", dir.resolve("none").toString()}, dir, StructureEvalTest::ours, out, err));
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("StructureEval: gold not found:"), r.err());
  }
}
