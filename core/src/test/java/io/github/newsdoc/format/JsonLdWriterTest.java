package io.github.newsdoc.format;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.testing.ArticleGenerators;
import io.github.newsdoc.testing.JsonLdChecks;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

/** The schema.org NewsArticle: what goes where, and the structure over generated articles. */
class JsonLdWriterTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  final Article article = Samples.article();
  final JsonNode doc = MAPPER.readTree(JsonLdWriter.standard().write(article));

  @Test
  void articleFields() {
    assertEquals("NewsArticle", doc.path("@type").stringValue());
    assertEquals(article.title(), doc.path("headline").stringValue());
    assertEquals("2026-03-02T09:15+01:00", doc.path("datePublished").stringValue());
    assertEquals("2026-03-03", doc.path("dateModified").stringValue());
    assertEquals("KESTREL BAY (Coast Wire)", doc.path("dateline").stringValue());
    assertEquals("[\"Labour\",\"Shipping\"]", doc.path("keywords").toString());
    assertEquals(Samples.P0 + "\n\n" + Samples.P1 + "\n\n" + Samples.P2, doc.path("articleBody").stringValue());
  }

  @Test
  void authorsArePeopleUnlessTheNameIsAnOrganisationOfTheArticle() {
    assertEquals("{\"@type\":\"Person\",\"name\":\"Jo Park\",\"jobTitle\":\"Labour Reporter\"}",
        doc.path("author").path(0).toString());
    assertEquals("{\"@type\":\"Organization\",\"name\":\"Coast Wire\"}", doc.path("author").path(1).toString());
  }

  @Test
  void imagesMentionsAndQuotations() {
    assertEquals("{\"@type\":\"ImageObject\",\"caption\":\"Pickets at the east gate.\","
        + "\"creditText\":\"Lee Moss/Coast Wire\",\"keywords\":[\"strike\"]}", doc.path("image").path(0).toString());
    assertEquals("{\"@type\":\"Person\",\"@id\":\"#e1\",\"name\":\"Ines Cole\",\"alternateName\":[\"Cole\"],"
        + "\"jobTitle\":[\"secretary\"]}", doc.path("mentions").path(0).toString());
    assertEquals("Organization", doc.path("mentions").path(1).path("@type").stringValue());
    assertEquals("Place", doc.path("mentions").path(2).path("@type").stringValue());
    JsonNode said = doc.path("hasPart").path(1);
    assertEquals("Quotation", said.path("@type").stringValue());
    assertEquals("We will stay out until the cranes are safe,", said.path("text").stringValue());
    assertEquals("{\"@type\":\"Person\",\"@id\":\"#e1\",\"name\":\"Ines Cole\"}",
        said.path("spokenByCharacter").toString());
    assertFalse(doc.path("hasPart").path(0).has("spokenByCharacter"), "the title's quote has no speaker");
  }

  @Test
  void anUnresolvedSpeakerIsAnOrganisationWhenItNamesOneOfTheArticlesBodies() {
    Article a = article.withQuotes(
        io.github.newsdoc.model.Quote.builder().text("We will stay out until the cranes are safe,")
            .start(io.github.newsdoc.model.Position.of(2, 1)).end(io.github.newsdoc.model.Position.of(2, 44))
            .attribution(io.github.newsdoc.model.Attribution.builder().speaker("officials of the Harbour Union")
                .cue("said").build()).build(),
        io.github.newsdoc.model.Quote.builder().text("Cranes first")
            .start(io.github.newsdoc.model.Position.of(-1, 17)).end(io.github.newsdoc.model.Position.of(-1, 29))
            .attribution(io.github.newsdoc.model.Attribution.builder().speaker("a Harbour Unionist").cue("said")
                .build()).build());
    JsonNode parts = MAPPER.readTree(JsonLdWriter.standard().write(a)).path("hasPart");
    assertEquals("{\"@type\":\"Organization\",\"name\":\"officials of the Harbour Union\"}",
        parts.path(0).path("spokenByCharacter").toString());
    assertEquals("{\"@type\":\"Person\",\"name\":\"a Harbour Unionist\"}",
        parts.path(1).path("spokenByCharacter").toString(), "a name inside a longer word is not the body");
  }

  @Test
  void theDocumentPassesTheStructuralChecks() {
    assertEquals(List.of(), JsonLdChecks.problems(JsonLdWriter.standard().write(article), article));
    Article empty = Article.builder().title("").build();
    assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"}", JsonLdWriter.standard().write(empty));
  }

  @Test
  void theChecksCanFail() {
    assertEquals(List.of("$.@type: 'Article' is not one of [NewsArticle]", "$.keywords: empty array"),
        JsonLdChecks.problems("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"keywords\":[]}"));
    assertEquals(List.of("$.hasPart[0]: a Quotation without text"), JsonLdChecks.problems(
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"hasPart\":[{\"@type\":\"Quotation\"}]}"));
  }

  @Test
  void everyGeneratedArticlePassesTheStructuralChecks() {
    qt().withExamples(500)
        .forAll(ArticleGenerators.articles())
        .checkAssert(a -> {
          String json = JsonLdWriter.standard().write(a);
          List<String> problems = JsonLdChecks.problems(json, a);
          if (!problems.isEmpty()) {
            throw new AssertionError(problems + " in " + json);
          }
        });
  }
}
