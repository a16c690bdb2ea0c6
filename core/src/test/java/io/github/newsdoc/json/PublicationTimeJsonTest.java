package io.github.newsdoc.json;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.PublicationTime;
import io.github.newsdoc.testing.ArticleGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/** The publication and update times in JSON, and documents of schema version 1. */
class PublicationTimeJsonTest {
  static final ArticleJson STRICT = ArticleJson.standard().withStrictReading();

  static String v1() throws IOException {
    try (InputStream in = PublicationTimeJsonTest.class.getResourceAsStream("v1-article.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aVersionOneDocumentReadsWithItsDateAsADateOnlyTime() throws IOException {
    String v1 = v1();
    assertTrue(v1.contains("\"schemaVersion\" : 1,") && v1.contains("\"published\" : \"2026-03-02\""));
    for (ArticleJson codec : List.of(ArticleJson.standard(), STRICT)) {
      Article a = codec.read(v1);
      assertEquals(PublicationTime.of(LocalDate.of(2026, 3, 2)), a.published().orElseThrow());
      assertTrue(a.updated().isEmpty());
      assertEquals(Article.SCHEMA_VERSION, a.schemaVersion());
      assertEquals(GoldenJsonTest.article().withPublished(PublicationTime.of(LocalDate.of(2026, 3, 2)))
          .withUpdated(java.util.Optional.empty()), a);
      assertTrue(NewsJson.write(a).startsWith("{\"schemaVersion\":3,"), NewsJson.write(a));
    }
  }

  @Test
  void aVersionOneDocumentWithAnUpdatedTimeIsAnError() throws IOException {
    String json = v1().replace("\"published\" : \"2026-03-02\",", "\"published\" : \"2026-03-02\", \"updated\" : \"2026-03-03\",");
    for (ArticleJson codec : List.of(ArticleJson.standard(), STRICT)) {
      NewsJsonException e = assertThrows(NewsJsonException.class, () -> codec.read(json));
      assertTrue(e.problem().startsWith("updated: a version 1 document has no updated time"), e.problem());
    }
    String timed = v1().replace("\"published\" : \"2026-03-02\",", "\"published\" : \"2026-03-02T10:00\",");
    NewsJsonException e = assertThrows(NewsJsonException.class, () -> NewsJson.read(timed));
    assertTrue(e.problem().startsWith("published: a version 1 document gives a date only"), e.problem());
  }

  @Test
  void versionTwoRoundTrips() throws IOException {
    Article a = GoldenJsonTest.article();
    String json = NewsJson.write(a);
    assertTrue(json.startsWith("{\"schemaVersion\":3,\"title\":\"Port authority to close east dock\","
        + "\"published\":\"2026-03-02T09:15Z\",\"updated\":\"2026-03-02T11:40-05:00[America/New_York]\","
        + "\"dateline\":"), json);
    assertEquals(a, STRICT.read(json));
    assertEquals(json, NewsJson.write(STRICT.read(json)));
  }

  @Test
  void articlesWithGeneratedTimesRoundTrip() {
    qt().withExamples(1000)
        .forAll(ArticleGenerators.publicationTimes(), ArticleGenerators.publicationTimes())
        .check((published, updated) -> {
          Article a = Article.builder().title("T").published(published).updated(updated)
              .addBlock(Paragraph.of("Text.")).build();
          String json = NewsJson.write(a);
          return STRICT.read(json).equals(a) && NewsJson.read(json).equals(a)
              && json.contains("\"published\":\"" + published + "\",\"updated\":\"" + updated + "\"");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2024-03-14T18:45:00.5\"", "\"2024-02-30\"", "\"2024-03-14T18:45[America/New_York]\"",
      "\"2024-03-14T18:45-04:00[Mars/Olympus]\"", "\"March 14, 2024\"", "\"2024-03-14T24:00\""})
  void malformedTimesNameTheFieldAndTheProblem(String value) {
    for (String field : List.of("published", "updated")) {
      String json = StrictReadingTest.MINIMAL.replace("\"title\":\"T\"", "\"title\":\"T\",\"" + field + "\":" + value);
      for (ArticleJson codec : List.of(ArticleJson.standard(), STRICT)) {
        NewsJsonException e = assertThrows(NewsJsonException.class, () -> codec.read(json), json);
        assertEquals("$." + field, e.path(), e.getMessage());
        assertTrue(e.getMessage().contains(value.replace("\"", "'")) || e.getMessage().contains("'"), e.getMessage());
        assertTrue(!e.problem().contains("PublicationTime") && !e.problem().contains("java."), e.problem());
      }
    }
  }

  @Test
  void strictReadingRefusesANumberForATime() {
    String json = StrictReadingTest.MINIMAL.replace("\"title\":\"T\"", "\"title\":\"T\",\"updated\":20240314");
    NewsJsonException e = assertThrows(NewsJsonException.class, () -> STRICT.read(json));
    assertEquals("$.updated", e.path());
    assertTrue(e.problem().contains("expected string"), e.problem());
  }
}
