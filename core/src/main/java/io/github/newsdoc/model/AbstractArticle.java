package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A news article: its headline, dates and authors, the ordered body {@link Block blocks}, the lines a
 * site wrapped around it, and what was found in it: {@link Quote quotes} and {@link Entity entities}.
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .title("Council approves the new bridge")
 *     .published(PublicationTime.of(LocalDate.of(2026, 3, 2)))
 *     .addBlock(Paragraph.of("The city council voted 7-2 on Monday."))
 *     .build();
 * }</pre>
 *
 * <p>Invariants, checked when an article is built: every quote, attribution mention and entity mention
 * points inside an existing block (or the title), entity ids are unique, and an attribution's entity is one
 * of the article's entities, and the years of the publication and update times have four digits (1000 to 9999).
 * A violation throws {@link IllegalArgumentException} naming the field, for example {@code quotes[2].end: offset 120 is past the end of block 3 (length 100)}.
 */
@Value.Immutable
@JsonSerialize
@JsonDeserialize(as = Article.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "schemaVersion", "title", "published", "updated", "dateline", "bylines", "blocks", "tags", "credits", "boilerplate",
  "quotes", "entities"
})
abstract class AbstractArticle {
  /** The version of the document contract this library writes; it reads this one and every earlier one. */
  public static final int SCHEMA_VERSION = 3;
  /**
   * The earliest version of the document contract this library reads. Version 1 has no {@code updated} time
   * and gives {@code published} as a date only; versions 1 and 2 have no attribution {@code confidence}.
   */
  public static final int OLDEST_SCHEMA_VERSION = 1;
  /**
   * The earliest year of a {@linkplain #published() publication} or {@linkplain #updated() update} time: dates
   * have four-digit years.
   */
  public static final int MIN_YEAR = 1000;
  /** The latest year of a {@linkplain #published() publication} or {@linkplain #updated() update} time. */
  public static final int MAX_YEAR = 9999;

  /**
   * The version of the document contract, {@value #SCHEMA_VERSION} unless set. It is part of the JSON form;
   * it takes no part in {@code equals}. An article of an older version ({@value #OLDEST_SCHEMA_VERSION} and
   * up) holds only what that version can say; {@code ArticleJson} reads older documents into the current
   * version.
   */
  @Value.Default
  @Value.Auxiliary
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** The headline, without a site suffix; empty when the source has none. */
  public abstract String title();

  /**
   * When the article was first published, when the source gives it: the date, with the time and zone when
   * the page prints them.
   */
  public abstract Optional<PublicationTime> published();

  /** When the article was last updated, when the source gives it apart from the publication time. */
  public abstract Optional<PublicationTime> updated();

  /** Where the report was filed from, when its first paragraph says. */
  public abstract Optional<Dateline> dateline();

  /** The authors, in printed order. */
  public abstract List<Byline> bylines();

  /** The body: paragraphs and captions, in source order. */
  public abstract List<Block> blocks();

  /** The subject tags the site filed the article under, in printed order. */
  public abstract List<String> tags();

  /** The agencies and reporters credited for the report, in printed order. */
  public abstract List<String> credits();

  /** Site-chrome lines removed from the content, in source order, kept so that nothing is lost. */
  public abstract List<String> boilerplate();

  /** The direct quotations, in article order. */
  public abstract List<Quote> quotes();

  /** The people, organisations and places named, in order of first mention. */
  public abstract List<Entity> entities();

  /** The paragraphs among the blocks, in order. */
  @JsonIgnore
  @Value.Lazy
  public List<Paragraph> paragraphs() {
    return blocks().stream()
        .filter(Paragraph.class::isInstance)
        .map(Paragraph.class::cast)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The captions among the blocks, in order. */
  @JsonIgnore
  @Value.Lazy
  public List<Caption> captions() {
    return blocks().stream()
        .filter(Caption.class::isInstance)
        .map(Caption.class::cast)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The readable text: the title, then each block's text, separated by blank lines. Captions' credits,
   * tags, credits and boilerplate are left out.
   */
  @JsonIgnore
  @Value.Lazy
  public String text() {
    List<String> parts = new ArrayList<>(blocks().size() + 1);
    if (!title().isEmpty()) {
      parts.add(title());
    }
    blocks().forEach(b -> parts.add(b.text()));
    return String.join("\n\n", parts);
  }

  /**
   * Returns the text a position's block index refers to: the title for {@value Position#TITLE}, otherwise
   * the text of that block.
   *
   * @throws IndexOutOfBoundsException if there is no such block
   */
  public String textOf(int block) {
    return block == Position.TITLE ? title() : blocks().get(block).text();
  }

  /** Returns the characters a span covers. */
  public String textOf(Span span) {
    return textOf(span.block()).substring(span.start(), span.end());
  }

  /** Returns the entity with this id, if there is one. */
  public Optional<Entity> entity(String id) {
    return entities().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    if (schemaVersion() < OLDEST_SCHEMA_VERSION || schemaVersion() > SCHEMA_VERSION) {
      throw new IllegalArgumentException("schemaVersion: this library reads versions " + OLDEST_SCHEMA_VERSION
          + " to " + SCHEMA_VERSION + ", but was " + schemaVersion());
    }
    checkYear("published", published());
    checkYear("updated", updated());
    if (schemaVersion() == 1) {
      if (updated().isPresent()) {
        throw new IllegalArgumentException("updated: a version 1 document has no updated time (it came in"
            + " version 2), but was " + updated().get());
      }
      if (published().isPresent() && published().get().time().isPresent()) {
        throw new IllegalArgumentException("published: a version 1 document gives a date only, but was "
            + published().get());
      }
    }
    if (schemaVersion() < 3) {
      for (int i = 0; i < quotes().size(); i++) {
        if (quotes().get(i).attribution().map(a -> a.confidence().isPresent()).orElse(false)) {
          throw new IllegalArgumentException("quotes[" + i + "].attribution.confidence: a version "
              + schemaVersion() + " document has no confidence (it came in version 3)");
        }
      }
    }
    for (int i = 0; i < tags().size(); i++) {
      Texts.requireNotBlank("tags[" + i + "]", tags().get(i));
    }
    for (int i = 0; i < credits().size(); i++) {
      Texts.requireNotBlank("credits[" + i + "]", credits().get(i));
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entities().size(); i++) {
      Entity entity = entities().get(i);
      if (!ids.add(entity.id())) {
        throw new IllegalArgumentException("entities[" + i + "].id: duplicate id '" + entity.id() + "'");
      }
      for (int m = 0; m < entity.mentions().size(); m++) {
        Span span = entity.mentions().get(m);
        if (!fits(span.block(), span.end())) { // the field's name is made only for the message
          checkSpan("entities[" + i + "].mentions[" + m + "]", span);
        }
      }
    }
    for (int i = 0; i < quotes().size(); i++) {
      Quote quote = quotes().get(i);
      if (!fits(quote.start().block(), quote.start().offset())) {
        checkPosition("quotes[" + i + "].start", quote.start());
      }
      if (!fits(quote.end().block(), quote.end().offset())) {
        checkPosition("quotes[" + i + "].end", quote.end());
      }
      if (quote.attribution().isPresent()) {
        Attribution attribution = quote.attribution().get();
        if (attribution.mention().isPresent()
            && !fits(attribution.mention().get().block(), attribution.mention().get().end())) {
          checkSpan("quotes[" + i + "].attribution.mention", attribution.mention().get());
        }
        if (attribution.entity().isPresent() && !ids.contains(attribution.entity().get())) {
          throw new IllegalArgumentException(
              "quotes[" + i + "].attribution.entity: no entity has the id '" + attribution.entity().get() + "'");
        }
      }
    }
  }

  // Whether the block exists and the offset is within its text: what checkPosition and checkSpan check, asked
  // first so that the field's name in their messages is only made for a position that fails (an article's
  // every mention and quote is checked when it is built).
  private boolean fits(int block, int offset) {
    return block < blocks().size() && offset <= textOf(block).length();
  }

  private static void checkYear(String field, Optional<PublicationTime> time) {
    if (time.isPresent()) {
      int year = time.get().date().getYear();
      if (year < MIN_YEAR || year > MAX_YEAR) {
        throw new IllegalArgumentException(field + ": the year must be from " + MIN_YEAR + " to " + MAX_YEAR
            + ", but was " + year);
      }
    }
  }

  private void checkPosition(String field, Position position) {
    int length = blockLength(field, position.block());
    if (position.offset() > length) {
      throw new IllegalArgumentException(field + ": offset " + position.offset() + " is past the end of "
          + describe(position.block()) + " (length " + length + ")");
    }
  }

  private void checkSpan(String field, Span span) {
    int length = blockLength(field, span.block());
    if (span.end() > length) {
      throw new IllegalArgumentException(field + ": end " + span.end() + " is past the end of "
          + describe(span.block()) + " (length " + length + ")");
    }
  }

  private int blockLength(String field, int block) {
    if (block >= blocks().size()) {
      throw new IllegalArgumentException(field + ": block " + block + " does not exist (the article has "
          + blocks().size() + " blocks)");
    }
    return textOf(block).length();
  }

  private static String describe(int block) {
    return block == Position.TITLE ? "the title" : "block " + block;
  }
}
