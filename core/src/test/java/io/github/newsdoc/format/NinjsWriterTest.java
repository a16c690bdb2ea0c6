package io.github.newsdoc.format;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.PublicationTime;
import io.github.newsdoc.testing.NinjsSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What goes where in a ninjs item, on a hand-written article. */
class NinjsWriterTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  final Article article = Samples.article();
  final JsonNode item = MAPPER.readTree(NinjsWriter.standard().write(article));

  @Test
  void identityTypeAndStandard() {
    assertTrue(item.get("uri").stringValue().matches("urn:newsdoc:[0-9a-f]{32}"), item.get("uri").toString());
    assertEquals(NinjsWriter.uriOf(article), item.get("uri").stringValue());
    assertNotEquals(NinjsWriter.uriOf(article), NinjsWriter.uriOf(article.withTags("Another")));
    assertEquals("text", item.get("type").stringValue());
    assertEquals("3.1", item.path("standard").path("version").stringValue());
  }

  @Test
  void headlineBodiesAndBy() {
    assertEquals(article.title(), item.path("headlines").path(0).path("value").stringValue());
    JsonNode bodies = item.get("bodies");
    assertEquals("text/plain", bodies.path(0).path("contentType").stringValue());
    assertEquals(Samples.P0 + "\n\n" + Samples.P1 + "\n\n" + Samples.P2, bodies.path(0).path("value").stringValue());
    String html = bodies.path(1).path("value").stringValue();
    assertEquals("text/html", bodies.path(1).path("contentType").stringValue());
    assertEquals(3, html.split("<p>", -1).length - 1);
    assertTrue(html.contains("A sign read &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;."), html);
    assertFalse(html.contains("<script>"));
    assertEquals("Jo Park (Labour Reporter), Coast Wire", item.path("by").stringValue());
    assertEquals("KESTREL BAY", item.path("located").stringValue());
  }

  @Test
  void onlyATimeWithItsOffsetIsADateTime() {
    assertEquals("2026-03-02T09:15:00+01:00", item.path("firstCreated").stringValue());
    assertFalse(item.has("versionCreated"), "a date alone is no RFC 3339 date-time");
    JsonNode local = MAPPER.readTree(NinjsWriter.standard().write(article.withPublished(
        PublicationTime.of(LocalDate.of(2026, 3, 2), LocalTime.of(9, 15)))));
    assertFalse(local.has("firstCreated"), "a time without an offset is no point in time");
    JsonNode annotations = MAPPER.readTree(local.path("descriptions").path(0).path("value").stringValue());
    assertEquals("2026-03-02T09:15", annotations.path("published").stringValue());
    assertEquals("2026-03-03", annotations.path("updated").stringValue());
  }

  @Test
  void entitiesTagsCreditsAndPictures() {
    assertEquals("Ines Cole", item.path("people").path(0).path("name").stringValue());
    assertEquals("quoted", item.path("people").path(0).path("rel").stringValue());
    assertEquals("e1", item.path("people").path(0).path("literal").stringValue());
    assertEquals("Harbour Union", item.path("organisations").path(0).path("name").stringValue());
    assertEquals("mentioned", item.path("organisations").path(0).path("rel").stringValue());
    assertEquals("Kestrel Bay", item.path("places").path(0).path("name").stringValue());
    assertEquals(List.of("Labour", "Shipping"), names(item.get("subjects")));
    assertEquals("{\"name\":\"Coast Wire\",\"role\":\"credit\"}", item.path("infoSources").path(0).toString());
    assertEquals("{\"name\":\"Coast Wire\",\"role\":\"dateline\"}", item.path("infoSources").path(1).toString());
    JsonNode picture = item.path("associations").path(0);
    assertEquals(1, item.path("associations").size());
    assertEquals("picture 1", picture.path("name").stringValue());
    assertEquals(NinjsWriter.uriOf(article) + "#block-1", picture.path("uri").stringValue());
    assertEquals("picture", picture.path("type").stringValue());
    assertEquals("Pickets at the east gate.", picture.path("descriptions").path(0).path("value").stringValue());
    assertEquals("Lee Moss/Coast Wire", picture.path("by").stringValue());
    assertEquals(List.of("strike"), names(picture.get("subjects")));
  }

  @Test
  void quotesAttributionsAliasesAndRolesTravelInTheAnnotations() {
    JsonNode description = item.path("descriptions").path(0);
    assertEquals(NinjsWriter.ANNOTATIONS_ROLE, description.path("role").stringValue());
    assertEquals(NinjsWriter.ANNOTATIONS_TYPE, description.path("contentType").stringValue());
    JsonNode annotations = MAPPER.readTree(description.path("value").stringValue());
    assertEquals(1, annotations.path("version").asInt());
    assertEquals(2, annotations.path("quotes").size());
    JsonNode said = annotations.path("quotes").path(1);
    assertEquals("We will stay out until the cranes are safe,", said.path("text").stringValue());
    assertEquals("Ines Cole", said.path("attribution").path("speaker").stringValue());
    assertEquals("e1", said.path("attribution").path("entity").stringValue());
    assertEquals("said", said.path("attribution").path("cue").stringValue());
    JsonNode cole = annotations.path("entities").path(0);
    assertEquals("[\"Cole\"]", cole.path("aliases").toString());
    assertEquals("[\"secretary\"]", cole.path("titles").toString());
    assertEquals("Labour Reporter", annotations.path("bylines").path(0).path("role").stringValue());
  }

  @Test
  void theItemValidatesAgainstTheNinjs31Schema() {
    assertEquals(List.of(), NinjsSchema.errors(NinjsWriter.standard().write(article)));
    assertEquals(List.of(), NinjsSchema.errors(NinjsWriter.standard().write(Article.builder().title("").build())));
    assertEquals(List.of(), NinjsSchema.errors(NinjsWriter.standard().withPrettyPrinting()
        .write(article, "https://news.example/2026/03/harbour-strike")));
  }

  @Test
  void theSchemaCheckCanFail() {
    ObjectNode extra = (ObjectNode) item.deepCopy();
    extra.put("quotes", "not a ninjs property");
    assertFalse(NinjsSchema.errors(extra.toString()).isEmpty(), "ninjs 3.1 closes the item to other properties");
    ObjectNode dateOnly = (ObjectNode) item.deepCopy();
    dateOnly.put("firstCreated", "2026-03-02");
    assertFalse(NinjsSchema.errors(dateOnly.toString()).isEmpty(), "formats are asserted");
  }

  @Test
  void aUriMustBeAbsolute() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NinjsWriter.standard().write(article, "story-17"));
    assertEquals("uri: must be an absolute URI such as urn:… or https://…, but was 'story-17'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NinjsWriter.standard().write(article, "urn:a b"));
    assertThrows(NullPointerException.class, () -> NinjsWriter.standard().write(null));
  }

  @Test
  void prettyPrintingIndentsTheSameItem() {
    String pretty = NinjsWriter.standard().withPrettyPrinting().write(article);
    assertTrue(pretty.contains("\n  \"uri\""), pretty);
    assertEquals(item, MAPPER.readTree(pretty));
  }

  static List<String> names(JsonNode list) {
    return list.valueStream().map(n -> n.path("name").stringValue()).collect(java.util.stream.Collectors.toList());
  }
}
