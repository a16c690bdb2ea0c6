package io.github.newsdoc.format;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Dateline;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Quote;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an article as a schema.org {@code NewsArticle} in JSON-LD, the form search engines and knowledge
 * graphs read. Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * String jsonLd = JsonLdWriter.standard().withPrettyPrinting().write(article);
 * }</pre>
 *
 * <p>What goes where: {@code headline} (the title), {@code datePublished} and {@code dateModified} (ISO 8601,
 * as precise as the page: {@code 2024-03-14} or {@code 2024-03-14T18:45-04:00}), {@code author} (each
 * byline, an {@code Organization} when its name is one of the article's organisations, credits or the
 * dateline's agency, otherwise a {@code Person} with the byline's role as {@code jobTitle}),
 * {@code articleBody} (the paragraphs, separated by blank lines), {@code dateline}
 * ({@code "LONDON (Reuters)"}), {@code keywords} (the tags), {@code image} (one {@code ImageObject} per
 * caption, with {@code caption}, {@code creditText} and {@code keywords}), {@code mentions} (each entity as a
 * {@code Person} with {@code jobTitle}s, an {@code Organization}, a {@code Place} or, for a recognizer's own
 * types, a {@code Thing}, with {@code alternateName}s and the node id {@code #e1} of entity {@code e1}) and
 * {@code hasPart} (each quote as a {@code Quotation} with its {@code text} and, when attributed,
 * {@code spokenByCharacter}: the speaker's entity by its node id, a place as an {@code Organization} of that
 * name ({@code "Moscow said"}); a speaker the parser did not resolve to an
 * entity by name, as an {@code Organization} when the name holds one of the article's organisations or
 * places ({@code "government of Eastmark"}), otherwise as a {@code Person}).
 *
 * <p>Nothing is written empty: a property whose value would be an empty string or list is left out.
 */
public final class JsonLdWriter {
  private static final JsonLdWriter STANDARD = new JsonLdWriter(false);
  private static final Set<String> AGENTS = Set.of("Person", "Organization");
  private static final int MAX_NAME_WORDS = 8;

  private final boolean pretty;

  private JsonLdWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** Returns the writer of compact JSON. */
  public static JsonLdWriter standard() {
    return STANDARD;
  }

  /** Returns a writer like this one that indents its JSON. */
  public JsonLdWriter withPrettyPrinting() {
    return new JsonLdWriter(true);
  }

  /**
   * Returns the article as one JSON-LD {@code NewsArticle} object.
   *
   * @throws NullPointerException if {@code article} is null
   */
  public String write(Article article) {
    Objects.requireNonNull(article, "article");
    return Formats.json(tree(article), pretty);
  }

  /** The schema.org type an entity of this type is written as. */
  static String schemaType(EntityType type) {
    if (type.equals(EntityType.PERSON)) {
      return "Person";
    }
    if (type.equals(EntityType.ORGANIZATION)) {
      return "Organization";
    }
    return type.equals(EntityType.LOCATION) ? "Place" : "Thing";
  }

  private static ObjectNode tree(Article article) {
    ObjectNode node = Formats.MAPPER.createObjectNode();
    node.put("@context", "https://schema.org");
    node.put("@type", "NewsArticle");
    Formats.putText(node, "headline", article.title());
    article.published().ifPresent(t -> node.put("datePublished", Formats.iso8601(t)));
    article.updated().ifPresent(t -> node.put("dateModified", Formats.iso8601(t)));
    ArrayNode authors = node.arrayNode();
    Set<String> organisations = organisations(article);
    for (Byline byline : article.bylines()) {
      ObjectNode author = authors.addObject();
      if (organisations.contains(byline.name().toLowerCase(Locale.ROOT))) {
        author.put("@type", "Organization");
        author.put("name", byline.name());
      } else {
        author.put("@type", "Person");
        author.put("name", byline.name());
        byline.role().ifPresent(r -> author.put("jobTitle", r));
      }
    }
    putIfAny(node, "author", authors);
    Formats.putText(node, "articleBody", Formats.plainBody(article));
    article.dateline().ifPresent(d -> node.put("dateline", dateline(d)));
    Formats.putTexts(node, "keywords", article.tags());
    ArrayNode images = node.arrayNode();
    for (Caption caption : article.captions()) {
      ObjectNode image = images.addObject();
      image.put("@type", "ImageObject");
      image.put("caption", caption.text());
      caption.credit().ifPresent(c -> image.put("creditText", c));
      Formats.putTexts(image, "keywords", caption.keywords());
    }
    putIfAny(node, "image", images);
    ArrayNode mentions = node.arrayNode();
    for (Entity e : article.entities()) {
      ObjectNode mention = mentions.addObject();
      mention.put("@type", schemaType(e.type()));
      mention.put("@id", "#" + e.id());
      mention.put("name", e.name());
      Formats.putTexts(mention, "alternateName", e.aliases());
      if (e.type().equals(EntityType.PERSON)) {
        Formats.putTexts(mention, "jobTitle", e.titles());
      }
    }
    putIfAny(node, "mentions", mentions);
    Set<String> bodies = new HashSet<>();
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : article.entities()) {
      byId.put(e.id(), e);
      if (!e.type().equals(EntityType.PERSON)) {
        bodies.add(e.name());
      }
    }
    ArrayNode quotations = node.arrayNode();
    for (Quote q : article.quotes()) {
      ObjectNode quotation = quotations.addObject();
      quotation.put("@type", "Quotation");
      quotation.put("text", q.text());
      q.attribution().ifPresent(a -> quotation.set("spokenByCharacter", speaker(byId, bodies, a)));
    }
    putIfAny(node, "hasPart", quotations);
    return node;
  }

  private static ObjectNode speaker(Map<String, Entity> byId, Set<String> bodies, Attribution a) {
    ObjectNode speaker = Formats.MAPPER.createObjectNode();
    Optional<Entity> entity = a.entity().map(byId::get);
    if (entity.isPresent() && !AGENTS.contains(schemaType(entity.get().type()))) {
      // A place quoted ("Moscow said") stands for the body there; spokenByCharacter takes agents only.
      speaker.put("@type", "Organization");
      speaker.put("name", entity.get().name());
    } else if (entity.isPresent()) {
      speaker.put("@type", schemaType(entity.get().type()));
      speaker.put("@id", "#" + entity.get().id());
      speaker.put("name", entity.get().name());
    } else {
      speaker.put("@type", bodyNamed(bodies, a.speaker()) ? "Organization" : "Person");
      speaker.put("name", a.speaker());
    }
    return speaker;
  }

  /**
   * Whether an unresolved speaker names a body: a run of its words is the name of one of the article's
   * organisations or places ({@code "government of Eastmark"}, {@code "Valdoria's defence ministry"}).
   */
  private static boolean bodyNamed(Set<String> bodies, String speaker) {
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < speaker.length(); i++) {
      boolean word = Character.isLetterOrDigit(speaker.charAt(i));
      if (word && (i == 0 || !Character.isLetterOrDigit(speaker.charAt(i - 1)))) {
        starts.add(i);
      }
      if (word && (i + 1 == speaker.length() || !Character.isLetterOrDigit(speaker.charAt(i + 1)))) {
        ends.add(i + 1);
      }
    }
    // Names are a few words long: runs of up to MAX_NAME_WORDS words, so the work is linear in the speaker.
    for (int a = 0; a < starts.size(); a++) {
      for (int b = a; b < ends.size() && b < a + MAX_NAME_WORDS; b++) {
        if (bodies.contains(speaker.substring(starts.get(a), ends.get(b)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> organisations(Article article) {
    Set<String> names = new HashSet<>();
    for (Entity e : article.entities()) {
      if (e.type().equals(EntityType.ORGANIZATION)) {
        names.add(e.name().toLowerCase(Locale.ROOT));
        e.aliases().forEach(alias -> names.add(alias.toLowerCase(Locale.ROOT)));
      }
    }
    article.credits().forEach(c -> names.add(c.toLowerCase(Locale.ROOT)));
    article.dateline().flatMap(Dateline::agency).ifPresent(a -> names.add(a.toLowerCase(Locale.ROOT)));
    return names;
  }

  private static String dateline(Dateline d) {
    return d.agency().map(a -> d.place() + " (" + a + ")").orElse(d.place());
  }

  private static void putIfAny(ObjectNode node, String name, ArrayNode array) {
    if (!array.isEmpty()) {
      node.set(name, array);
    }
  }
}
