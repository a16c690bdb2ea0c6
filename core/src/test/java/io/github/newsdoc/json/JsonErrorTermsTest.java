package io.github.newsdoc.json;

import io.github.newsdoc.testing.ArticleGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/** Finding 9, last part: read errors name JSON fields and types, never the Java classes behind them. */
class JsonErrorTermsTest {
  static final Pattern JAVA = Pattern.compile("\\$Json|io\\.github\\.newsdoc|java\\.(lang|util|time)|Abstract[A-Z]"
      + "|JsonToken|`");

  @Test
  void anUnknownPropertyNamesThePropertyAndTheKnownOnes() {
    NewsJsonException e = assertThrows(NewsJsonException.class,
        () -> ArticleJson.standard().withStrictReading().read("{\"schemaVersion\":1,\"title\":\"x\",\"bylines\":[],\"blocks\":[],\"tags\":[],\"credits\":[],"
            + "\"boilerplate\":[],\"quotes\":[],\"entities\":[],\"mood\":1}")); // complete but for 'mood'
    assertEquals("$.mood", e.path());
    assertTrue(e.problem().startsWith("unknown property 'mood' (known here: "), e.problem());
    assertTrue(e.problem().contains("title") && e.problem().contains("schemaVersion"), e.problem());
    assertFalse(JAVA.matcher(e.getMessage()).find(), e.getMessage());
  }

  @Test
  void aWrongTypeIsNamedInJsonTerms() {
    NewsJsonException e = assertThrows(NewsJsonException.class, () -> NewsJson.read("[1]"));
    assertFalse(JAVA.matcher(e.getMessage()).find(), e.getMessage());
    assertTrue(e.problem().contains("article object"), e.problem());
    e = assertThrows(NewsJsonException.class, () -> NewsJson.read("{\"title\":\"x\",\"tags\":{\"a\":1}}"));
    assertFalse(JAVA.matcher(e.getMessage()).find(), e.getMessage());
    assertTrue(e.problem().contains("array"), e.problem());
  }

  static final List<String> FIELDS = List.of("schemaVersion", "title", "published", "updated", "dateline", "bylines",
      "blocks", "tags", "credits", "boilerplate", "quotes", "entities", "unknownThing");
  static final List<String> VALUES = List.of("[]", "{}", "\"s\"", "1", "-1", "1.5", "true", "[1]", "[{}]",
      "{\"type\":\"table\"}", "[{\"type\":7}]", "[[]]", "\"2020-99-99\"", "{\"place\":[]}", "[{\"name\":{}}]",
      "[{\"start\":\"x\"}]");

  @Test
  void noMessageNamesAJavaClass() {
    Gen<String> field = SourceDSL.integers().between(0, FIELDS.size() - 1).map(FIELDS::get);
    Gen<String> value = SourceDSL.integers().between(0, VALUES.size() - 1).map(VALUES::get);
    ArticleJson strict = ArticleJson.standard().withStrictReading();
    qt().withExamples(500).forAll(ArticleGenerators.articles(), field, value).checkAssert((article, f, v) -> {
      String json = NewsJson.write(article);
      String changed = json.contains("\"" + f + "\":")
          ? json.replaceFirst("\"" + f + "\":(\\[\\]|\\{[^{}]*\\}|\"[^\"]*\"|-?\\d+)", "\"" + f + "\":" + v)
          : json.replaceFirst("\\{", "{\"" + f + "\":" + v + ",");
      for (ArticleJson codec : List.of(ArticleJson.standard(), strict)) {
        try {
          codec.read(changed);
        } catch (NewsJsonException e) {
          assertFalse(JAVA.matcher(e.getMessage()).find(), e.getMessage() + " reading " + changed);
        }
      }
    });
  }
}
