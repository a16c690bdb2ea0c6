package io.github.newsdoc.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.testing.ArticleGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import io.github.newsdoc.model.PublicationTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/** Reading JSON cannot produce an invalid or surprising article; strict reading accepts only what the schema does. */
class StrictReadingTest {
  static final ArticleJson STRICT = ArticleJson.standard().withStrictReading();
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final String MINIMAL = "{\"schemaVersion\":2,\"title\":\"T\",\"bylines\":[],\"blocks\":[{\"type\":\"paragraph\","
      + "\"text\":\"Body text.\"}],\"tags\":[],\"credits\":[],\"boilerplate\":[],\"quotes\":[],\"entities\":[]}";

  static NewsJsonException strictFails(String json) {
    NewsJsonException e = assertThrows(NewsJsonException.class, () -> STRICT.read(json), json);
    assertTrue(!e.problem().isBlank());
    return e;
  }

  @Test
  void nullOrAnyOtherNonObjectDocumentIsRejectedInBothModes() {
    for (String json : List.of("null", " null ", "[]", "[{}]", "5", "1.5", "\"x\"", "true")) {
      assertThrows(NewsJsonException.class, () -> NewsJson.read(json), json);
      strictFails(json);
    }
    NewsJsonException e = assertThrows(NewsJsonException.class, () -> NewsJson.read("null"));
    assertEquals("at $: the document is null, not an article object", e.getMessage());
    assertThrows(NewsJsonException.class, () -> NewsJson.read(new StringReader("null")));
    assertThrows(NewsJsonException.class, () -> NewsJson.read(new ByteArrayInputStream("null".getBytes(StandardCharsets.UTF_8))));
    assertEquals("at $: the document is an array, not an article object", strictFails("[]").getMessage());
  }

  @Test
  void aPositionOrSpanNeedsAllItsFieldsInBothModes() {
    String quote = "{\"text\":\"Body\",\"start\":%s,\"end\":{\"block\":0,\"offset\":4},\"partial\":false}";
    for (String start : List.of("{}", "{\"block\":0}", "{\"offset\":0}")) {
      String json = MINIMAL.replace("\"quotes\":[]", "\"quotes\":[" + String.format(quote, start) + "]");
      NewsJsonException e = assertThrows(NewsJsonException.class, () -> NewsJson.read(json), start);
      assertTrue(e.problem().contains("Missing required creator property"), e.problem());
      strictFails(json);
    }
    String mention = MINIMAL.replace("\"entities\":[]", "\"entities\":[{\"id\":\"e1\",\"type\":\"PERSON\",\"name\":\"Body\","
        + "\"aliases\":[],\"titles\":[],\"mentions\":[{\"block\":0,\"start\":0}]}]");
    assertThrows(NewsJsonException.class, () -> NewsJson.read(mention));
    assertEquals(1, NewsJson.read(mention.replace("\"start\":0}", "\"start\":0,\"end\":4}")).entities().size());
  }

  @Test
  void strictReadingRejectsTheCoercionsLenientReadingAllows() {
    Map<String, String> coercions = Map.of(
        "\"schemaVersion\":2", "\"schemaVersion\":\"2\"",
        "\"schemaVersion\":2,", "\"schemaVersion\":1.5,",
        "\"title\":\"T\"", "\"title\":5",
        "\"title\":\"T\",", "\"title\":true,");
    for (Map.Entry<String, String> c : coercions.entrySet()) {
      strictFails(MINIMAL.replace(c.getKey(), c.getValue()));
    }
    String offset = MINIMAL.replace("\"quotes\":[]", "\"quotes\":[{\"text\":\"Body\",\"start\":{\"block\":0,\"offset\":1.9},"
        + "\"end\":{\"block\":0,\"offset\":4},\"partial\":false}]");
    strictFails(offset);
    strictFails(MINIMAL.replace("\"title\":\"T\"", "\"title\":\"T\",\"published\":20200101"));
    strictFails(MINIMAL.replace("\"entities\":[]", "\"entities\":[{\"id\":\"e1\",\"type\":0,\"name\":\"Body\","
        + "\"aliases\":[],\"titles\":[],\"mentions\":[]}]"));
    assertEquals("T", STRICT.read(MINIMAL).title());
  }

  @Test
  void strictReadingRequiresTheSchemaVersionAndEveryList() {
    for (String field : List.of("schemaVersion", "bylines", "blocks", "tags", "credits", "boilerplate", "quotes",
        "entities")) {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(MINIMAL);
      tree.remove(field);
      NewsJsonException e = strictFails(tree.toString());
      assertEquals("at $: missing required property '" + field + "'", e.getMessage());
      assertEquals(1, NewsJson.read(tree.toString()).blocks().size() + (field.equals("blocks") ? 1 : 0));
    }
  }

  @Test
  void publicationYearsHaveFourDigits() {
    IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
        () -> Article.builder().title("T").published(PublicationTime.of(LocalDate.of(999, 12, 31))).build());
    assertEquals("published: the year must be from 1000 to 9999, but was 999", low.getMessage());
    IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
        () -> Article.builder().title("T").updated(PublicationTime.of(LocalDate.of(10_000, 1, 1))).build());
    assertEquals("updated: the year must be from 1000 to 9999, but was 10000", high.getMessage());
    assertEquals(1000, Article.builder().title("T").published(PublicationTime.of(LocalDate.of(1000, 1, 1))).build()
        .published().get().date().getYear());
    for (String date : List.of("20200101", "\"+999999999-12-31\"", "\"0999-12-31\"", "\"+10000-01-01\"")) {
      String json = MINIMAL.replace("\"title\":\"T\"", "\"title\":\"T\",\"published\":" + date);
      NewsJsonException e = assertThrows(NewsJsonException.class, () -> NewsJson.read(json), date);
      assertTrue(!e.problem().isBlank());
    }
  }

  @Test
  void everyWriterEncodesALoneSurrogate(@TempDir Path dir) {
    Article a = Article.builder().title("half \ud800 pair").addBlock(Paragraph.of("end \udc00")).build();
    Path file = dir.resolve("a.json");
    NewsJson.write(a, file);
    assertEquals(a, NewsJson.read(file));
    assertEquals(a, NewsJson.read(NewsJson.write(a)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NewsJson.write(a, out);
    assertEquals(a, NewsJson.read(new ByteArrayInputStream(out.toByteArray())));
  }

  /** Each way of breaking one value or dropping one property of a written document. */
  static List<String> mutations(JsonNode root) {
    List<String> out = new ArrayList<>();
    List<Function<JsonNode, JsonNode>> wrong = List.of(
        n -> JsonNodeFactory.instance.stringNode(n.asString("1")), n -> JsonNodeFactory.instance.numberNode(1.5),
        n -> JsonNodeFactory.instance.numberNode(5), n -> JsonNodeFactory.instance.booleanNode(true),
        n -> JsonNodeFactory.instance.nullNode(), n -> JsonNodeFactory.instance.objectNode(),
        n -> JsonNodeFactory.instance.arrayNode());
    mutate(root, root, wrong, out);
    return out;
  }

  private static void mutate(JsonNode root, JsonNode node, List<Function<JsonNode, JsonNode>> wrong, List<String> out) {
    if (node instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = o.propertyNames().iterator(); it.hasNext(); ) {
        names.add(it.next());
      }
      for (String name : names) {
        JsonNode value = o.get(name);
        o.remove(name);
        out.add(root.toString());
        for (Function<JsonNode, JsonNode> w : wrong) {
          o.set(name, w.apply(value));
          out.add(root.toString());
        }
        o.set(name, value);
        mutate(root, value, wrong, out);
      }
    } else if (node instanceof ArrayNode) {
      ArrayNode a = (ArrayNode) node;
      for (int i = 0; i < a.size(); i++) {
        JsonNode value = a.get(i);
        for (Function<JsonNode, JsonNode> w : wrong) {
          a.set(i, w.apply(value));
          out.add(root.toString());
        }
        a.set(i, value);
        mutate(root, value, wrong, out);
      }
    }
  }

  @Test
  void strictReadingRejectsEveryDocumentTheSchemaRejects() throws Exception {
    Schema schema = ArticleJsonPropertiesTest.schema();
    qt().withExamples(12).withShrinkCycles(0)
        .forAll(ArticleGenerators.articles())
        .checkAssert(a -> {
          for (String json : mutations(MAPPER.readTree(NewsJson.write(a)))) {
            if (!schema.validate(json, InputFormat.JSON).isEmpty()) {
              try {
                Article read = STRICT.read(json);
                throw new AssertionError("strict reading accepted what the schema rejects: " + json + "\nread: " + read);
              } catch (NewsJsonException expected) {
                // rejected, as the schema does
              }
            }
          }
        });
  }
}
