package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.parser.testing.NothingLost;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the parser over the shared corpus when it stands beside the repository ({@code ../shared/corpus}):
 * every file parses, loses no line, and reads back equal from its canonical text; the seeds have the
 * structure a careful reader sees. The corpus text is not ours, so expectations are counts, not text.
 */
class CorpusTest {
  static final Path CORPUS = Path.of(System.getProperty("newsdoc.corpus", "../../shared/corpus"));

  static List<Path> files(String part) throws IOException {
    Path dir = CORPUS.resolve(part);
    assumeTrue(Files.isDirectory(dir), "no corpus at " + dir.toAbsolutePath());
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyCorpusFileParsesLosesNothingAndReadsBackEqual() throws IOException {
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (String part : List.of("seeds", "bbc", "polnear", "aeb")) {
      for (Path f : files(part)) {
        count++;
        byte[] bytes = Files.readAllBytes(f);
        ParseReport report = ArticleParser.standard().analyze(bytes);
        List<String> lost = NothingLost.check(new String(bytes, StandardCharsets.UTF_8), report);
        if (!lost.isEmpty()) {
          failures.add(f + ": " + lost);
        }
        Article again = Newsdoc.parse(Newsdoc.write(report.article()));
        if (!again.equals(report.article())) {
          failures.add(f + ": canonical text reads back different");
        }
      }
    }
    assertTrue(count > 3_000, "only " + count + " files");
    assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())));
  }

  @Test
  void theOneFileThatIsNotUtf8IsReadByTheFallbackAndReported() throws IOException {
    Path f = CORPUS.resolve("bbc/sport/199.txt");
    assumeTrue(Files.exists(f));
    ParseReport report = ArticleParser.standard().analyze(f);
    assertEquals(1, report.problems().size());
    assertTrue(report.problems().get(0).message().startsWith("byte 0xA3 is not UTF-8"));
  }

  /** Counts a careful reader gives each seed: paragraphs, captions (keywords, credit), date, dateline, … */
  @Test
  void seedsHaveTheStructureAReaderSees() throws IOException {
    List<Path> seeds = files("seeds");
    assertEquals(5, seeds.size());
    // paragraphs, captions, keyword captions, credited captions, date?, dateline?, tags, credits, boilerplate
    int[][] expected = {
      {21, 2, 2, 2, 0, 0, 0, 0, 0},
      {32, 2, 2, 2, 0, 0, 0, 0, 12},
      {11, 1, 0, 1, 1, 0, 3, 0, 0},
      {22, 0, 0, 0, 0, 1, 0, 0, 2},
      {19, 1, 0, 0, 0, 0, 0, 2, 8},
    };
    for (int i = 0; i < seeds.size(); i++) {
      Article a = Newsdoc.parse(seeds.get(i));
      List<Caption> captions = a.captions();
      int[] actual = {
        a.paragraphs().size(), captions.size(),
        (int) captions.stream().filter(c -> !c.keywords().isEmpty()).count(),
        (int) captions.stream().filter(c -> c.credit().isPresent()).count(),
        a.published().isPresent() ? 1 : 0, a.dateline().isPresent() ? 1 : 0,
        a.tags().size(), a.credits().size(), a.boilerplate().size()
      };
      assertEquals(java.util.Arrays.toString(expected[i]), java.util.Arrays.toString(actual), seeds.get(i).toString());
      assertTrue(!a.title().isEmpty() && !a.title().contains(" - ") && !a.title().contains(" | "), a.title());
    }
  }
}
