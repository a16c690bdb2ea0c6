package io.github.newsdoc.format;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Dateline;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.Position;
import io.github.newsdoc.model.PublicationTime;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.model.Span;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** A small article with every field the formats carry, written by hand for these tests. */
final class Samples {
  static final String P0 = "KESTREL BAY (Coast Wire) - Dock workers walked out on Monday, the Harbour Union said.";
  static final String P1 = "\"We will stay out until the cranes are safe,\" said Ines Cole, the union's secretary.";
  static final String P2 = "A sign read <script>alert(1)</script> & \"more\".";

  private Samples() {}

  static Article article() {
    Article base = Article.builder()
        .title("Harbour strike: \"Cranes first\"")
        .published(PublicationTime.of(LocalDate.of(2026, 3, 2), LocalTime.of(9, 15), ZoneOffset.ofHours(1)))
        .updated(PublicationTime.of(LocalDate.of(2026, 3, 3)))
        .dateline(Dateline.of("KESTREL BAY", Optional.of("Coast Wire")))
        .addBylines(Byline.of("Jo Park", Optional.of("Labour Reporter")), Byline.of("Coast Wire", Optional.empty()))
        .addBlock(Paragraph.of(P0))
        .addBlock(Caption.builder().text("Pickets at the east gate.").credit("Lee Moss/Coast Wire")
            .addKeyword("strike").build())
        .addBlock(Paragraph.of(P1))
        .addBlock(Paragraph.of(P2))
        .addTags("Labour", "Shipping")
        .addCredits("Coast Wire")
        .addBoilerplate("Share this story", "Most read")
        .build();
    Entity cole = Entity.builder().id("e1").type(EntityType.PERSON).name("Ines Cole").addAliases("Cole")
        .addTitle("secretary").addMention(Span.of(2, 51, 60)).build();
    Entity union = Entity.builder().id("e2").type(EntityType.ORGANIZATION).name("Harbour Union")
        .addMention(Span.of(0, 66, 79)).build();
    Entity bay = Entity.builder().id("e3").type(EntityType.LOCATION).name("Kestrel Bay")
        .addAliases("KESTREL BAY").addMention(Span.of(0, 0, 11)).build();
    Quote stay = Quote.builder().text("We will stay out until the cranes are safe,")
        .start(Position.of(2, 1)).end(Position.of(2, 44))
        .attribution(Attribution.builder().speaker("Ines Cole").entity("e1").cue("said")
            .mention(Span.of(2, 51, 60)).build())
        .build();
    Quote title = Quote.builder().text("Cranes first").start(Position.of(Position.TITLE, 17))
        .end(Position.of(Position.TITLE, 29)).partial(true).build();
    return base.withEntities(cole, union, bay).withQuotes(title, stay);
  }
}
