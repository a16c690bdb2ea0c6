package io.github.newsdoc.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structural checks of a schema.org {@code NewsArticle} in JSON-LD as {@code JsonLdWriter} writes it: the
 * context and type, the types of the nested nodes, the properties each node must have, and no empty value
 * anywhere (no empty string, array or object).
 */
public final class JsonLdChecks {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** The properties each node type must have. */
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "NewsArticle", List.of("@context", "@type"),
      "ImageObject", List.of("@type", "caption"),
      "Quotation", List.of("@type", "text"),
      "Person", List.of("@type", "name"),
      "Organization", List.of("@type", "name"),
      "Place", List.of("@type", "name"),
      "Thing", List.of("@type", "name"));
  private static final Set<String> AGENTS = Set.of("Person", "Organization");
  private static final Set<String> MENTIONED = Set.of("Person", "Organization", "Place", "Thing");

  private JsonLdChecks() {}

  /** The problems found in a document, one line each; empty when it passes. */
  public static List<String> problems(String json) {
    List<String> problems = new ArrayList<>();
    JsonNode root = MAPPER.readTree(json);
    if (!root.isObject()) {
      return List.of("$: not an object");
    }
    if (!"https://schema.org".equals(root.path("@context").asString(""))) {
      problems.add("$.@context: not https://schema.org");
    }
    node(root, "$", Set.of("NewsArticle"), problems);
    for (String string : List.of("headline", "datePublished", "dateModified", "articleBody", "dateline")) {
      if (root.has(string) && !root.get(string).isString()) {
        problems.add("$." + string + ": not a string");
      }
    }
    each(root, "author", AGENTS, problems);
    each(root, "image", Set.of("ImageObject"), problems);
    each(root, "mentions", MENTIONED, problems);
    each(root, "hasPart", Set.of("Quotation"), problems);
    JsonNode parts = root.path("hasPart");
    for (int i = 0; i < parts.size(); i++) {
      JsonNode speaker = parts.get(i).get("spokenByCharacter");
      if (speaker != null) {
        node(speaker, "$.hasPart[" + i + "].spokenByCharacter", AGENTS, problems);
      }
    }
    empty(root, "$", problems);
    return problems;
  }

  /**
   * The problems found in the document written for {@code article}: those of {@link #problems(String)}, and
   * a headline exactly when the article has a title, a body exactly when it has paragraphs, and one image,
   * mention and quotation per caption, entity and quote.
   */
  public static List<String> problems(String json, io.github.newsdoc.model.Article article) {
    List<String> problems = new ArrayList<>(problems(json));
    JsonNode root = MAPPER.readTree(json);
    if (root.has("headline") != !article.title().isBlank()) {
      problems.add("$.headline: " + (root.has("headline") ? "written for an article without a title" : "missing"));
    }
    if (root.has("articleBody") != !article.paragraphs().isEmpty()) {
      problems.add("$.articleBody: " + (root.has("articleBody") ? "written without paragraphs" : "missing"));
    }
    count(root, "image", article.captions().size(), problems);
    count(root, "mentions", article.entities().size(), problems);
    count(root, "hasPart", article.quotes().size(), problems);
    return problems;
  }

  private static void count(JsonNode root, String name, int expected, List<String> problems) {
    int found = root.path(name).size();
    if (found != expected) {
      problems.add("$." + name + ": " + found + " nodes, expected " + expected);
    }
  }

  private static void each(JsonNode root, String name, Set<String> types, List<String> problems) {
    JsonNode list = root.get(name);
    if (list == null) {
      return;
    }
    if (!list.isArray()) {
      problems.add("$." + name + ": not an array");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      node(list.get(i), "$." + name + "[" + i + "]", types, problems);
    }
  }

  private static void node(JsonNode node, String at, Set<String> types, List<String> problems) {
    String type = node.path("@type").asString("");
    if (!types.contains(type)) {
      problems.add(at + ".@type: '" + type + "' is not one of " + types);
      return;
    }
    for (String required : REQUIRED.get(type)) {
      if (!node.has(required)) {
        problems.add(at + ": a " + type + " without " + required);
      }
    }
  }

  private static void empty(JsonNode node, String at, List<String> problems) {
    if (node.isString() && node.stringValue().isBlank()) {
      problems.add(at + ": empty string");
    } else if ((node.isArray() || node.isObject()) && node.isEmpty()) {
      problems.add(at + ": empty " + (node.isArray() ? "array" : "object"));
    } else if (node.isNull()) {
      problems.add(at + ": null");
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        empty(node.get(i), at + "[" + i + "]", problems);
      }
    } else if (node.isObject()) {
      node.properties().forEach(e -> empty(e.getValue(), at + "." + e.getKey(), problems));
    }
  }
}
