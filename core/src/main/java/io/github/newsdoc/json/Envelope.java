package io.github.newsdoc.json;

import io.github.newsdoc.model.Article;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Iterator;

/** The JSON Lines envelope {@code {"source": …, "article": …}} around an article's JSON. */
final class Envelope {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private Envelope() {}

  /** The record as JSON: one line when the codec is compact, indented when it is pretty. */
  static String write(ArticleRecord record, ArticleJson codec) {
    String source = PLAIN.writeValueAsString(record.source());
    String article = codec.write(record.article());
    if (!codec.isPretty()) {
      return "{\"source\":" + source + ",\"article\":" + article + "}";
    }
    return "{\n  \"source\" : " + source + ",\n  \"article\" : " + article.replace("\n", "\n  ") + "\n}";
  }

  /**
   * Reads one record from its JSON text.
   *
   * @param line the 1-based line the record starts on, for messages
   * @throws NewsJsonException if the text is not a record
   */
  static ArticleRecord read(String json, int line, ArticleJson codec) {
    JsonNode node;
    try {
      node = PLAIN.readTree(json);
    } catch (JacksonException e) {
      RuntimeException translated = ArticleJson.translate(e);
      if (!(translated instanceof NewsJsonException)) {
        throw translated;
      }
      NewsJsonException inner = (NewsJsonException) translated;
      throw new NewsJsonException(line, inner.column(), inner.path(), inner.problem(), e);
    }
    if (node == null || !node.isObject()) {
      throw new NewsJsonException(line, -1, "$", "a record must be a JSON object {\"source\": …, \"article\": …}",
          null);
    }
    JsonNode source = node.get("source");
    if (source == null || !source.isString() || source.asString().isEmpty()) {
      throw new NewsJsonException(line, -1, "$.source", "must be a non-empty string", null);
    }
    JsonNode article = node.get("article");
    if (article == null || !article.isObject()) {
      throw new NewsJsonException(line, -1, "$.article", "must be an article object", null);
    }
    if (codec.isStrict()) {
      for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals("source") && !name.equals("article")) {
          throw new NewsJsonException(line, -1, "$." + name, "unknown property '" + name
              + "' (a record has source and article)", null);
        }
      }
    }
    Article read;
    try {
      read = codec.read(PLAIN.writeValueAsString(article));
    } catch (NewsJsonException e) {
      throw new NewsJsonException(line, -1, "$.article" + e.path().substring(1), e.problem(), e);
    }
    return new ArticleRecord(source.asString(), read);
  }
}
