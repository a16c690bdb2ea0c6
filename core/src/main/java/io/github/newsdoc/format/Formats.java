package io.github.newsdoc.format;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.PublicationTime;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the writers share: one JSON mapper, the plain body and the date forms. */
final class Formats {
  /** Compact output; strings as long as Java allows, as in {@code ArticleJson}. */
  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build())
      .build();
  static final JsonMapper PRETTY = MAPPER.rebuild().configure(SerializationFeature.INDENT_OUTPUT, true).build();

  private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private Formats() {}

  /** The paragraphs' texts, separated by blank lines; captions are left out. */
  static String plainBody(Article article) {
    return article.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
  }

  /**
   * The time as an RFC 3339 date-time ({@code 2024-03-14T18:45:00-04:00}), when the page gave the time and
   * its offset; a date alone or a time without an offset is not a point in time and gives nothing.
   */
  static Optional<String> rfc3339(PublicationTime time) {
    return time.toOffsetDateTime().map(RFC_3339::format);
  }

  /**
   * The time as ISO 8601 without the region ({@code 2024-03-14}, {@code 2024-03-14T18:45},
   * {@code 2024-03-14T18:45-04:00}), as precise as the page is.
   */
  static String iso8601(PublicationTime time) {
    String s = time.toString();
    int region = s.indexOf('[');
    return region < 0 ? s : s.substring(0, region);
  }

  /** Adds {@code value} under {@code name} unless it is blank. */
  static void putText(ObjectNode node, String name, String value) {
    Objects.requireNonNull(value, name);
    if (!value.isBlank()) {
      node.put(name, value);
    }
  }

  /** Adds the non-blank strings as an array under {@code name}, unless there are none. */
  static void putTexts(ObjectNode node, String name, List<String> values) {
    ArrayNode array = node.arrayNode();
    values.stream().filter(v -> !v.isBlank()).forEach(array::add);
    if (!array.isEmpty()) {
      node.set(name, array);
    }
  }

  /** Writes the tree as compact or indented JSON. */
  static String json(ObjectNode tree, boolean pretty) {
    return (pretty ? PRETTY : MAPPER).writeValueAsString(tree);
  }
}
