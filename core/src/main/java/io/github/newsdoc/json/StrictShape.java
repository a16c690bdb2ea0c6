package io.github.newsdoc.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What strict reading checks on the document's tree before it is bound, read from the JSON Schema itself
 * ({@link ArticleJson#SCHEMA_RESOURCE}): every required property (the model reads a missing schema version,
 * list or flag as its default), each value's JSON type and constants (binding alone would coerce
 * {@code "1"}, {@code []} or {@code 5}), the allowed values of the schema version, and {@code null}, which the schema allows nowhere. Patterns, ranges
 * and the model's invariants are checked when binding.
 */
final class StrictShape {
  private static final JsonNode SCHEMA = load();

  private StrictShape() {}

  private static JsonNode load() {
    try (InputStream in = StrictShape.class.getResourceAsStream(ArticleJson.SCHEMA_RESOURCE)) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks the document's tree.
   *
   * @throws NewsJsonException at the first object that lacks a required property, or the first null
   */
  static void check(JsonNode root) {
    if (!root.isObject()) {
      throw new NewsJsonException(-1, -1, "$", "the document is " + describe(root) + ", not an article object", null);
    }
    check(root, SCHEMA, "$");
  }

  private static void check(JsonNode node, JsonNode schema, String path) {
    schema = resolve(schema);
    if (node.isNull()) {
      throw new NewsJsonException(-1, -1, path, "null is not allowed here", null);
    }
    String type = schema.path("type").asString("");
    if (!type.isEmpty() && !hasType(node, type)) {
      throw new NewsJsonException(-1, -1, path, "expected " + type + ", but was " + describe(node), null);
    }
    if (schema.has("const") && !schema.get("const").equals(node)) {
      throw new NewsJsonException(-1, -1, path, "expected " + schema.get("const") + ", but was " + node, null);
    }
    if (schema.has("enum") && !contains(schema.get("enum"), node)) {
      throw new NewsJsonException(-1, -1, path, "expected one of " + schema.get("enum") + ", but was " + node, null);
    }
    if (schema.has("oneOf") && node.isObject()) {
      // the block alternatives: the one whose "type" constant the object names
      for (JsonNode alternative : schema.get("oneOf")) {
        JsonNode named = resolve(alternative).path("properties").path("type").path("const");
        if (named.isMissingNode() || named.equals(node.get("type"))) {
          check(node, alternative, path);
          return;
        }
      }
      return;
    }
    if (node.isObject()) {
      for (JsonNode required : schema.path("required")) {
        if (!node.has(required.asString())) {
          throw new NewsJsonException(-1, -1, path, "missing required property '" + required.asString() + "'", null);
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode property = schema.path("properties").path(e.getKey());
        if (e.getValue().isNull()) {
          throw new NewsJsonException(-1, -1, path + "." + e.getKey(), "null is not allowed here", null);
        }
        if (!property.isMissingNode()) {
          check(e.getValue(), property, path + "." + e.getKey());
        }
      }
    } else if (node.isArray()) {
      JsonNode items = schema.path("items");
      for (int i = 0; i < node.size(); i++) {
        if (items.isMissingNode()) {
          if (node.get(i).isNull()) {
            throw new NewsJsonException(-1, -1, path + "[" + i + "]", "null is not allowed here", null);
          }
        } else {
          check(node.get(i), items, path + "[" + i + "]");
        }
      }
    }
  }

  private static boolean contains(JsonNode values, JsonNode node) {
    for (JsonNode value : values) {
      if (value.equals(node)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasType(JsonNode node, String type) {
    switch (type) {
      case "object":
        return node.isObject();
      case "array":
        return node.isArray();
      case "string":
        return node.isString();
      case "integer":
        return node.isIntegralNumber();
      case "number":
        return node.isNumber();
      case "boolean":
        return node.isBoolean();
      default:
        return true;
    }
  }

  // "#/$defs/name" references, the only kind the schema uses
  private static JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      schema = SCHEMA.path("$defs").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }

  static String describe(JsonNode node) {
    return node.isNull() ? "null" : node.isArray() ? "an array" : node.isString() ? "a string"
        : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "not an object";
  }
}
