package io.github.newsdoc.format;

import io.github.newsdoc.json.NewsJson;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.Quote;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes an article as an IPTC ninjs 3.1 news item (News in JSON), valid against the IPTC's JSON Schema
 * {@value #SCHEMA_URI}. Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * String ninjs = NinjsWriter.standard().withPrettyPrinting().write(article);
 * }</pre>
 *
 * <p>What goes where:
 * <ul>
 *   <li>{@code uri}: given, or {@link #uriOf(Article)}; {@code type} is {@code "text"}, and {@code standard}
 *       names ninjs {@value #VERSION};</li>
 *   <li>{@code headlines}: the title; {@code bodies}: the paragraphs as {@code text/plain} (separated by
 *       blank lines) and as {@code text/html} (one {@code <p>} each, escaped); captions are not body text;</li>
 *   <li>{@code firstCreated} and {@code versionCreated}: the publication and update times, when the page
 *       gives the time and its UTC offset. ninjs dates are RFC 3339 date-times, so a date alone or a time
 *       without an offset is left out there (writing midnight UTC would move the date for half the world);
 *       the annotations below keep it as printed;</li>
 *   <li>{@code by}: the bylines as one statement ({@code "Jane Doe (Staff Writer), John Roe"});
 *       {@code located}: the dateline's place;</li>
 *   <li>{@code people}, {@code organisations}, {@code places} (and {@code events} or {@code objects} for a
 *       recognizer's own types): each entity with its {@code name}, its id as {@code literal}, and
 *       {@code rel} {@code "quoted"} when a quote is attributed to it, otherwise {@code "mentioned"};</li>
 *   <li>{@code subjects}: the tags; {@code infoSources}: the credits (role {@code "credit"}) and the
 *       dateline's agency (role {@code "dateline"});</li>
 *   <li>{@code associations}: one {@code picture} per caption, named {@code "picture 1"}, {@code "picture 2"},
 *       …, whose {@code uri} is the item's with the fragment {@code #block-N} (N the caption's block index),
 *       with the caption as a {@code descriptions} entry of role {@code "caption"}, the credit as {@code by}
 *       and the caption's keywords as {@code subjects}.</li>
 * </ul>
 *
 * <p><b>The newsdoc annotations extension.</b> ninjs 3.1 allows no property of its own (the schema closes
 * every object), so what it has no field for travels in one {@code descriptions} entry with the role
 * {@value #ANNOTATIONS_ROLE} and the content type {@value #ANNOTATIONS_TYPE}, whose {@code value} is a JSON
 * object written as a string:
 * <pre>{@code
 * {"version": 1, "published": "2020-09-28", "updated": "…", "dateline": {"place": "…", "agency": "…"},
 *  "bylines": [{"name": "…", "role": "…"}], "quotes": [ … ], "entities": [ … ]}
 * }</pre>
 * Each member has the form of the same property in newsdoc's own JSON ({@link NewsJson}): the exact
 * publication and update times, the dateline and bylines with their roles, and the quotes with their
 * attributions (speaker, entity id, cue, channel, confidence) and the entities with their aliases, titles (roles) and
 * mentions. Positions count blocks as newsdoc does (paragraphs and captions in source order, {@code -1} the
 * title), the numbering the picture associations' {@code #block-N} fragments use. Absent members are left
 * out. {@link NinjsReader} reads the item back.
 */
public final class NinjsWriter {
  /** The ninjs version written. */
  public static final String VERSION = "3.1";
  /** The identifier of the IPTC JSON Schema the written items follow. */
  public static final String SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";
  /** The {@code role} of the {@code descriptions} entry that carries newsdoc's annotations. */
  public static final String ANNOTATIONS_ROLE = "newsdoc:annotations";
  /** The {@code contentType} of the {@code descriptions} entry that carries newsdoc's annotations. */
  public static final String ANNOTATIONS_TYPE = "application/vnd.newsdoc.annotations+json";
  /** The version of the annotations' own shape. */
  public static final int ANNOTATIONS_VERSION = 1;

  private static final NinjsWriter STANDARD = new NinjsWriter(false);

  private final boolean pretty;

  private NinjsWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** Returns the writer of compact JSON. */
  public static NinjsWriter standard() {
    return STANDARD;
  }

  /** Returns a writer like this one that indents its JSON. */
  public NinjsWriter withPrettyPrinting() {
    return new NinjsWriter(true);
  }

  /**
   * Returns the article as a ninjs item identified by {@link #uriOf(Article)}.
   *
   * @throws NullPointerException if {@code article} is null
   */
  public String write(Article article) {
    return write(article, uriOf(article));
  }

  /**
   * Returns the article as a ninjs item identified by {@code uri}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code uri} is not an absolute URI ({@code "urn:…"},
   *     {@code "https://…"})
   */
  public String write(Article article, String uri) {
    Objects.requireNonNull(article, "article");
    return Formats.json(tree(article, checkUri(uri)), pretty);
  }

  /**
   * Returns an identifier made from the article's content, {@code urn:newsdoc:} and 32 hexadecimal digits of
   * the SHA-256 of its newsdoc JSON: equal articles get equal identifiers, and any change gives another.
   *
   * @throws NullPointerException if {@code article} is null
   */
  public static String uriOf(Article article) {
    Objects.requireNonNull(article, "article");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(NewsJson.write(article).getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder("urn:newsdoc:");
      for (int i = 0; i < 16; i++) {
        b.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
      }
      return b.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String checkUri(String uri) {
    Objects.requireNonNull(uri, "uri");
    try {
      if (new URI(uri).isAbsolute()) {
        return uri;
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("uri: not a URI: '" + uri + "' (" + e.getReason() + ")");
    }
    throw new IllegalArgumentException("uri: must be an absolute URI such as urn:… or https://…, but was '"
        + uri + "'");
  }

  private static ObjectNode tree(Article article, String uri) {
    ObjectNode item = Formats.MAPPER.createObjectNode();
    item.put("uri", uri);
    item.put("type", "text");
    ObjectNode standard = item.putObject("standard");
    standard.put("name", "ninjs");
    standard.put("version", VERSION);
    standard.put("schema", SCHEMA_URI);
    article.published().flatMap(Formats::rfc3339).ifPresent(t -> item.put("firstCreated", t));
    article.updated().flatMap(Formats::rfc3339).ifPresent(t -> item.put("versionCreated", t));
    Formats.putText(item, "by", by(article.bylines()));
    article.dateline().ifPresent(d -> item.put("located", d.place()));
    if (!article.title().isBlank()) {
      item.putArray("headlines").addObject().put("value", article.title());
    }
    if (!article.paragraphs().isEmpty()) {
      ArrayNode bodies = item.putArray("bodies");
      bodies.addObject().put("contentType", "text/plain").put("value", Formats.plainBody(article));
      bodies.addObject().put("contentType", "text/html").put("value", htmlBody(article));
    }
    ObjectNode annotations = item.putArray("descriptions").addObject();
    annotations.put("role", ANNOTATIONS_ROLE);
    annotations.put("contentType", ANNOTATIONS_TYPE);
    annotations.put("value", Formats.MAPPER.writeValueAsString(annotations(article)));
    entities(article, item);
    ArrayNode subjects = item.arrayNode();
    article.tags().forEach(t -> subjects.addObject().put("name", t));
    putIfAny(item, "subjects", subjects);
    ArrayNode sources = item.arrayNode();
    article.credits().forEach(c -> sources.addObject().put("name", c).put("role", "credit"));
    article.dateline().flatMap(d -> d.agency())
        .ifPresent(a -> sources.addObject().put("name", a).put("role", "dateline"));
    putIfAny(item, "infoSources", sources);
    putIfAny(item, "associations", pictures(article, uri));
    return item;
  }

  private static String by(List<Byline> bylines) {
    StringBuilder b = new StringBuilder();
    for (Byline byline : bylines) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(byline.name());
      byline.role().ifPresent(r -> b.append(" (").append(r).append(')'));
    }
    return b.toString();
  }

  private static String htmlBody(Article article) {
    StringBuilder b = new StringBuilder();
    for (Paragraph p : article.paragraphs()) {
      b.append("<p>").append(Html.escape(p.text())).append("</p>");
    }
    return b.toString();
  }

  private static ObjectNode annotations(Article article) {
    ObjectNode a = Formats.MAPPER.createObjectNode();
    a.put("version", ANNOTATIONS_VERSION);
    article.published().ifPresent(t -> a.put("published", t.toString()));
    article.updated().ifPresent(t -> a.put("updated", t.toString()));
    article.dateline().ifPresent(d -> a.set("dateline", Formats.MAPPER.valueToTree(d)));
    if (!article.bylines().isEmpty()) {
      a.set("bylines", Formats.MAPPER.valueToTree(article.bylines()));
    }
    if (!article.quotes().isEmpty()) {
      a.set("quotes", Formats.MAPPER.valueToTree(article.quotes()));
    }
    if (!article.entities().isEmpty()) {
      a.set("entities", Formats.MAPPER.valueToTree(article.entities()));
    }
    return a;
  }

  private static void entities(Article article, ObjectNode item) {
    Set<String> quoted = new HashSet<>();
    for (Quote q : article.quotes()) {
      q.attribution().flatMap(Attribution::entity).ifPresent(quoted::add);
    }
    for (Entity e : article.entities()) {
      ArrayNode list = item.has(group(e.type())) ? (ArrayNode) item.get(group(e.type()))
          : item.putArray(group(e.type()));
      list.addObject()
          .put("name", e.name())
          .put("rel", quoted.contains(e.id()) ? "quoted" : "mentioned")
          .put("literal", e.id());
    }
  }

  /** The ninjs property that lists entities of this type. */
  static String group(EntityType type) {
    if (type.equals(EntityType.PERSON)) {
      return "people";
    }
    if (type.equals(EntityType.ORGANIZATION)) {
      return "organisations";
    }
    if (type.equals(EntityType.LOCATION)) {
      return "places";
    }
    return type.name().equals("EVENT") ? "events" : "objects";
  }

  private static ArrayNode pictures(Article article, String uri) {
    String base = uri.indexOf('#') < 0 ? uri : uri.substring(0, uri.indexOf('#'));
    ArrayNode pictures = Formats.MAPPER.createArrayNode();
    List<Block> blocks = article.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Caption)) {
        continue;
      }
      Caption caption = (Caption) blocks.get(i);
      ObjectNode picture = pictures.addObject();
      picture.put("name", "picture " + (pictures.size()));
      picture.put("uri", base + "#block-" + i);
      picture.put("rel", "picture");
      picture.put("type", "picture");
      picture.putArray("descriptions").addObject().put("role", "caption").put("value", caption.text());
      caption.credit().ifPresent(c -> picture.put("by", c));
      ArrayNode keywords = picture.arrayNode();
      caption.keywords().forEach(k -> keywords.addObject().put("name", k));
      putIfAny(picture, "subjects", keywords);
    }
    return pictures;
  }

  private static void putIfAny(ObjectNode node, String name, ArrayNode array) {
    if (!array.isEmpty()) {
      node.set(name, array);
    }
  }
}
