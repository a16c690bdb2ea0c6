package io.github.newsdoc.json;

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
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exact JSON of a hand-built article: a change here is a change of the contract. */
class GoldenJsonTest {
  static final String P0 = "HARBOURTON (Wire) - The port authority said on Monday it would close the east dock.";
  static final String P1 = "\"We have no choice,\" harbour master Ines Cole said. \"The pier is unsafe.\"";

  static Article article() {
    return Article.builder()
        .title("Port authority to close east dock")
        .published(PublicationTime.of(LocalDate.of(2026, 3, 2), LocalTime.of(9, 15), ZoneOffset.UTC))
        .updated(PublicationTime.inZone(LocalDate.of(2026, 3, 2), LocalTime.of(11, 40), ZoneId.of("America/New_York")))
        .dateline(Dateline.of("HARBOURTON", Optional.of("Wire")))
        .addByline(Byline.of("Sam Reed", Optional.of("Staff Writer")))
        .addBlock(Paragraph.of(P0))
        .addBlock(Paragraph.of(P1))
        .addBlock(Caption.builder().text("The east dock at dawn.").credit("ANA LIM/Wire")
            .addKeyword("port").addKeyword("docks").build())
        .addTag("Harbourton")
        .addCredit("Wire")
        .addBoilerplate("Share this article")
        .addQuote(Quote.builder().text("We have no choice,").start(Position.of(1, 1)).end(Position.of(1, 19))
            .attribution(Attribution.builder().speaker("Ines Cole").entity("e2").cue("said")
                .mention(Span.of(1, 36, 45)).build())
            .build())
        .addQuote(Quote.builder().text("The pier is unsafe.").start(Position.of(1, 53)).end(Position.of(1, 72))
            .attribution(Attribution.builder().speaker("Ines Cole").entity("e2").cue("said").build())
            .build())
        .addEntity(Entity.builder().id("e1").type(EntityType.LOCATION).name("HARBOURTON")
            .addMention(Span.of(0, 0, 10)).build())
        .addEntity(Entity.builder().id("e2").type(EntityType.PERSON).name("Ines Cole")
            .addTitle("harbour master").addMention(Span.of(1, 36, 45)).build())
        .build();
  }

  static String golden() throws IOException {
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("golden-article.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
    }
  }

  @Test
  void prettyJsonIsExactlyTheGoldenFile() throws IOException {
    assertEquals(golden(), NewsJson.writePretty(article()).replace("\r\n", "\n").strip());
  }

  @Test
  void goldenFileReadsBackToTheArticle() throws IOException {
    assertEquals(article(), ArticleJson.standard().withStrictReading().read(golden()));
  }

  @Test
  void offsetsOfTheGoldenArticlePointAtTheirText() {
    Article a = article();
    assertEquals("Ines Cole", a.textOf(a.quotes().get(0).attribution().get().mention().get()));
    assertEquals("We have no choice,", a.blocks().get(1).text().substring(1, 19));
    assertEquals("The pier is unsafe.", a.blocks().get(1).text().substring(53, 72));
  }
}
