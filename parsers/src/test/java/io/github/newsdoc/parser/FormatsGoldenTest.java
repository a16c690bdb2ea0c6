package io.github.newsdoc.parser;

import io.github.newsdoc.format.HtmlWriter;
import io.github.newsdoc.format.JsonLdWriter;
import io.github.newsdoc.format.NinjsReader;
import io.github.newsdoc.format.NinjsWriter;
import io.github.newsdoc.json.NewsJson;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.testing.JsonLdChecks;
import io.github.newsdoc.testing.NinjsSchema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three newsroom formats of every fixture article, written from its golden article JSON
 * ({@code fixtures/NN-….json}), must be exactly their golden files under {@code src/test/resources/formats}
 * ({@code NN-….ninjs.json}, {@code .jsonld}, {@code .html}); the ninjs must also validate against the IPTC
 * schema (when {@code ../shared} is there) and read back, and the JSON-LD pass the structural checks.
 *
 * <p>Run with {@code -Dnewsdoc.update-golden=true} to rewrite the golden files after a deliberate change;
 * review the diff before committing it.
 */
class FormatsGoldenTest {
  static final Path DIR = Path.of("src/test/resources/formats");

  static Article article(Path fixture) {
    return NewsJson.read(Path.of(fixture.toString().replaceAll("\\.txt$", ".json")));
  }

  static String name(Path fixture, String suffix) {
    return fixture.getFileName().toString().replaceAll("\\.txt$", suffix);
  }

  @TestFactory
  Stream<DynamicTest> ninjs() throws IOException {
    return golden(".ninjs.json", a -> NinjsWriter.standard().withPrettyPrinting().write(a));
  }

  @TestFactory
  Stream<DynamicTest> jsonLd() throws IOException {
    return golden(".jsonld", a -> JsonLdWriter.standard().withPrettyPrinting().write(a));
  }

  @TestFactory
  Stream<DynamicTest> html() throws IOException {
    return golden(".html", a -> HtmlWriter.standard().write(a));
  }

  @TestFactory
  Stream<DynamicTest> ninjsIsValidAndReadsBack() throws IOException {
    return FixturesTest.fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Article a = article(f);
      String item = NinjsWriter.standard().write(a);
      assertEquals(a.withBoilerplate(), NinjsReader.read(item));
      assertEquals(List.of(), NinjsSchema.errors(item));
    }));
  }

  @TestFactory
  Stream<DynamicTest> jsonLdPassesTheStructuralChecks() throws IOException {
    return FixturesTest.fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Article a = article(f);
      assertEquals(List.of(), JsonLdChecks.problems(JsonLdWriter.standard().write(a), a));
    }));
  }

  private static Stream<DynamicTest> golden(String suffix, Function<Article, String> writer) throws IOException {
    boolean update = Boolean.getBoolean("newsdoc.update-golden");
    return FixturesTest.fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String written = writer.apply(article(f)).replace("\r\n", "\n");
      written = written.endsWith("\n") ? written : written + "\n";
      Path golden = DIR.resolve(name(f, suffix));
      if (update) {
        Files.createDirectories(DIR);
        Files.writeString(golden, written, StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(golden), "no golden file " + golden);
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), written);
    }));
  }
}
