package io.github.newsdoc.parser;

import io.github.newsdoc.json.ArticleJson;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.testing.NothingLost;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every fixture article under {@code src/test/resources/fixtures}: its JSON must be exactly its golden
 * file, no line may be lost, and its canonical text must read back to the same article.
 *
 * <p>Run with {@code -Dnewsdoc.update-golden=true} to rewrite the golden files after a deliberate change;
 * review the diff before committing it.
 */
class FixturesTest {
  static final Path DIR = Path.of("src/test/resources/fixtures");
  static final ArticleJson JSON = ArticleJson.standard().withPrettyPrinting();

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> jsonIsTheGoldenFile() throws IOException {
    boolean update = Boolean.getBoolean("newsdoc.update-golden");
    return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String json = JSON.write(Newsdoc.parse(f)).replace("\r\n", "\n") + "\n";
      Path golden = Path.of(f.toString().replaceAll("\\.txt$", ".json"));
      if (update) {
        Files.writeString(golden, json, StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(golden), "no golden file " + golden);
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json);
    }));
  }

  @TestFactory
  Stream<DynamicTest> nothingIsLost() throws IOException {
    return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      byte[] bytes = Files.readAllBytes(f);
      String source = new String(bytes, StandardCharsets.UTF_8);
      ParseReport report = ArticleParser.standard().analyze(bytes);
      assertEquals(List.of(), NothingLost.check(source, report));
    }));
  }

  @TestFactory
  Stream<DynamicTest> canonicalTextReadsBackEqual() throws IOException {
    return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Article article = Newsdoc.parse(f);
      Article again = Newsdoc.parse(Newsdoc.write(article));
      assertEquals(JSON.write(article), JSON.write(again));
      assertEquals(article, again);
    }));
  }
}
