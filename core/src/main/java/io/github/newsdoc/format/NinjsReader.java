package io.github.newsdoc.format;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Dateline;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.PublicationTime;
import io.github.newsdoc.model.Quote;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a ninjs item, as {@link NinjsWriter} writes it, back into an article: the headline, the plain-text
 * body's paragraphs, the pictures' captions (at their {@code #block-N} places), the subjects as tags, the
 * info sources of role {@code "credit"} as credits and, from the newsdoc annotations, the exact times, the
 * dateline, the bylines, the quotes and the entities. Boilerplate is not part of a ninjs item and reads back
 * empty, so {@code read(write(a))} equals {@code a.withBoilerplate()}.
 *
 * <pre>{@code
 * Article back = NinjsReader.read(NinjsWriter.standard().write(article));
 * }</pre>
 *
 * <p>An item without the annotations (written elsewhere) still reads: the times come from
 * {@code firstCreated} and {@code versionCreated}, the dateline from {@code located}, and {@code by} becomes
 * one byline. Paragraphs are the plain-text body split at blank lines.
 */
public final class NinjsReader {
  private NinjsReader() {}

  /**
   * Reads the item.
   *
   * @throws NinjsException if the text is not a JSON object, a property has the wrong type, or the article it
   *     describes breaks the model's invariants
   * @throws NullPointerException if {@code json} is null
   */
  public static Article read(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode item;
    try {
      item = Formats.MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new NinjsException("$", "not JSON: " + e.getOriginalMessage(), e);
    }
    if (item == null || !item.isObject()) {
      throw new NinjsException("$", "must be an object", null);
    }
    JsonNode annotations = annotations(item);
    Article.Builder b = Article.builder();
    JsonNode headlines = array(item, "headlines", "$");
    if (!headlines.isEmpty()) {
      b.title(text(headlines.get(0), "value", "$.headlines[0]").orElse(""));
    } else {
      b.title("");
    }
    b.published(time(annotations, "published", item, "firstCreated"));
    b.updated(time(annotations, "updated", item, "versionCreated"));
    b.dateline(dateline(item, annotations));
    b.addAllBylines(bylines(item, annotations));
    b.addAllBlocks(blocks(item));
    JsonNode subjects = array(item, "subjects", "$");
    for (int i = 0; i < subjects.size(); i++) {
      text(subjects.get(i), "name", "$.subjects[" + i + "]").ifPresent(b::addTag);
    }
    JsonNode sources = array(item, "infoSources", "$");
    for (int i = 0; i < sources.size(); i++) {
      String at = "$.infoSources[" + i + "]";
      if (text(sources.get(i), "role", at).orElse("credit").equals("credit")) {
        text(sources.get(i), "name", at).ifPresent(b::addCredit);
      }
    }
    b.addAllQuotes(Arrays.asList(value(annotations, "quotes", Quote[].class, new Quote[0])));
    b.addAllEntities(Arrays.asList(value(annotations, "entities", Entity[].class, new Entity[0])));
    try {
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NinjsException("$", "not a valid article: " + e.getMessage(), e);
    }
  }

  private static JsonNode annotations(JsonNode item) {
    JsonNode descriptions = array(item, "descriptions", "$");
    for (int i = 0; i < descriptions.size(); i++) {
      String at = "$.descriptions[" + i + "]";
      if (text(descriptions.get(i), "role", at).orElse("").equals(NinjsWriter.ANNOTATIONS_ROLE)) {
        String value = text(descriptions.get(i), "value", at).orElse("{}");
        try {
          JsonNode node = Formats.MAPPER.readTree(value);
          if (node != null && node.isObject()) {
            return node;
          }
        } catch (JacksonException e) {
          throw new NinjsException(at + ".value", "the annotations are not JSON: " + e.getOriginalMessage(), e);
        }
        throw new NinjsException(at + ".value", "the annotations must be a JSON object", null);
      }
    }
    return Formats.MAPPER.createObjectNode();
  }

  private static Optional<PublicationTime> time(JsonNode annotations, String exact, JsonNode item, String ninjs) {
    Optional<String> printed = text(annotations, exact, "annotations");
    try {
      if (printed.isPresent()) {
        return Optional.of(PublicationTime.parse(printed.get()));
      }
    } catch (IllegalArgumentException e) {
      throw new NinjsException("annotations." + exact, e.getMessage(), e);
    }
    Optional<String> dateTime = text(item, ninjs, "$");
    if (dateTime.isEmpty()) {
      return Optional.empty();
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(dateTime.get()).truncatedTo(ChronoUnit.SECONDS);
      return Optional.of(PublicationTime.of(t.toLocalDate(), t.toLocalTime(), t.getOffset()));
    } catch (DateTimeParseException e) {
      throw new NinjsException("$." + ninjs, "not an RFC 3339 date-time: '" + dateTime.get() + "'", e);
    }
  }

  private static Optional<Dateline> dateline(JsonNode item, JsonNode annotations) {
    if (annotations.has("dateline")) {
      return Optional.of(value(annotations, "dateline", Dateline.class, null));
    }
    Optional<String> place = text(item, "located", "$");
    if (place.isEmpty() || place.get().isBlank()) {
      return Optional.empty();
    }
    Optional<String> agency = Optional.empty();
    JsonNode sources = array(item, "infoSources", "$");
    for (int i = 0; i < sources.size() && agency.isEmpty(); i++) {
      String at = "$.infoSources[" + i + "]";
      if (text(sources.get(i), "role", at).orElse("").equals("dateline")) {
        agency = text(sources.get(i), "name", at);
      }
    }
    return Optional.of(Dateline.of(place.get(), agency));
  }

  private static List<Byline> bylines(JsonNode item, JsonNode annotations) {
    if (annotations.has("bylines")) {
      return Arrays.asList(value(annotations, "bylines", Byline[].class, new Byline[0]));
    }
    return text(item, "by", "$").filter(s -> !s.isBlank())
        .map(s -> List.of(Byline.of(s, Optional.empty()))).orElse(List.of());
  }

  private static List<Block> blocks(JsonNode item) {
    List<Block> paragraphs = new ArrayList<>();
    JsonNode bodies = array(item, "bodies", "$");
    for (int i = 0; i < bodies.size(); i++) {
      String at = "$.bodies[" + i + "]";
      if (text(bodies.get(i), "contentType", at).orElse("text/plain").equals("text/plain")) {
        String body = text(bodies.get(i), "value", at).orElse("");
        for (String p : body.split("\n\n")) {
          if (!p.isEmpty()) {
            paragraphs.add(Paragraph.of(p));
          }
        }
        break;
      }
    }
    TreeMap<Integer, Caption> placed = new TreeMap<>();
    List<Caption> unplaced = new ArrayList<>();
    JsonNode associations = array(item, "associations", "$");
    for (int i = 0; i < associations.size(); i++) {
      String at = "$.associations[" + i + "]";
      JsonNode a = associations.get(i);
      if (!text(a, "type", at).orElse("").equals("picture")) {
        continue;
      }
      Caption caption = caption(a, at);
      if (caption == null) {
        continue;
      }
      int index = blockIndex(text(a, "uri", at).orElse(""));
      if (index >= 0 && !placed.containsKey(index)) {
        placed.put(index, caption);
      } else {
        unplaced.add(caption);
      }
    }
    List<Block> blocks = new ArrayList<>();
    int next = 0;
    int total = paragraphs.size() + placed.size();
    for (int i = 0; i < total; i++) {
      Caption c = placed.remove(i);
      if (c != null) {
        blocks.add(c);
      } else if (next < paragraphs.size()) {
        blocks.add(paragraphs.get(next++));
      }
    }
    blocks.addAll(paragraphs.subList(next, paragraphs.size()));
    blocks.addAll(placed.values());
    blocks.addAll(unplaced);
    return blocks;
  }

  private static Caption caption(JsonNode picture, String at) {
    JsonNode descriptions = array(picture, "descriptions", at);
    String text = null;
    for (int i = 0; i < descriptions.size() && text == null; i++) {
      String d = at + ".descriptions[" + i + "]";
      if (text(descriptions.get(i), "role", d).orElse("caption").equals("caption")) {
        text = text(descriptions.get(i), "value", d).orElse(null);
      }
    }
    if (text == null || text.isBlank()) {
      return null;
    }
    Caption.Builder c = Caption.builder().text(text).credit(text(picture, "by", at).filter(s -> !s.isBlank()));
    JsonNode subjects = array(picture, "subjects", at);
    for (int i = 0; i < subjects.size(); i++) {
      text(subjects.get(i), "name", at + ".subjects[" + i + "]").ifPresent(c::addKeyword);
    }
    try {
      return c.build();
    } catch (IllegalArgumentException e) {
      throw new NinjsException(at, e.getMessage(), e);
    }
  }

  private static int blockIndex(String uri) {
    int hash = uri.lastIndexOf("#block-");
    if (hash < 0) {
      return -1;
    }
    try {
      return Integer.parseInt(uri.substring(hash + "#block-".length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static JsonNode array(JsonNode node, String name, String at) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Formats.MAPPER.createArrayNode();
    }
    if (!value.isArray()) {
      throw new NinjsException(at + "." + name, "must be an array, but was " + value.getNodeType(), null);
    }
    return value;
  }

  private static Optional<String> text(JsonNode node, String name, String at) {
    if (!node.isObject()) {
      throw new NinjsException(at, "must be an object, but was " + node.getNodeType(), null);
    }
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isString()) {
      throw new NinjsException(at + "." + name, "must be a string, but was " + value.getNodeType(), null);
    }
    return Optional.of(value.stringValue());
  }

  private static <T> T value(JsonNode annotations, String name, Class<T> type, T absent) {
    JsonNode value = annotations.get(name);
    if (value == null || value.isNull()) {
      return absent;
    }
    try {
      return Formats.MAPPER.treeToValue(value, type);
    } catch (JacksonException e) {
      throw new NinjsException("annotations." + name, e.getOriginalMessage(), e);
    }
  }
}
