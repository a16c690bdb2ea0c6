package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.parser.Newsdoc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocks of link-like lines, on invented texts. */
class LinkBlocksTest {
  private static final String FIRST = "The county council voted on Tuesday to close the last river ferry at the end"
      + " of the month, after its only boat failed a safety inspection.";
  private static final String SECOND = "Commuters said the bus around the estuary adds almost an hour to the"
      + " journey, and asked the council to hire a boat until a new one is built.";

  private static Article parse(String text) {
    Article a = Newsdoc.parse(text);
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)), "canonical text reads back equal");
    return a;
  }

  private static List<String> texts(Article a) {
    return a.blocks().stream().map(Block::text).toList();
  }

  @Test
  void aShareRailUnderTheBylineIsChrome() {
    Article a = parse("Council votes to close the river ferry at the end of the month\n\nBy Mira Holt\n\n"
        + "Copy link\nFacebook\nReddit\nLinkedIn\n\n" + FIRST + "\n\n" + SECOND + "\n");
    assertEquals(List.of(FIRST, SECOND), texts(a));
    assertTrue(a.boilerplate().containsAll(List.of("Copy link", "Facebook", "Reddit", "LinkedIn")));
  }

  @Test
  void aBlockWithAChromeLineInsideTheArticleIsChrome() {
    // 'Share' is chrome by its word; the network names printed with it are the same rail
    Article a = parse("Council votes to close the river ferry\n\n" + FIRST + "\n\nShare\nFacebook\nWhatsApp\n\n"
        + SECOND + "\n");
    assertEquals(List.of(FIRST, SECOND), texts(a));
    assertTrue(a.boilerplate().containsAll(List.of("Facebook", "WhatsApp")), a.boilerplate().toString());
  }

  @Test
  void aListOfTheArticlesOwnBetweenItsParagraphsStays() {
    Article a = parse("Council votes to close the river ferry\n\n" + FIRST + "\n\nHarbour master\nFerry crew\n"
        + "Ticket office staff\n\n" + SECOND + "\n");
    assertEquals(List.of(FIRST, "Harbour master", "Ferry crew", "Ticket office staff", SECOND), texts(a));
  }

  @Test
  void shortLinesApartFromEachOtherAreNoBlock() {
    // separated by blank lines, as a clean article's short paragraphs are
    Article a = parse("Council votes to close the river ferry\n\nFacebook\n\nReddit\n\n" + FIRST + "\n");
    assertEquals(List.of("Facebook", "Reddit", FIRST), texts(a));
  }

  @Test
  void aTextWithoutProseHasNoBlockAboveIt() {
    assertEquals(List.of("Facebook", "Reddit"), texts(parse("Council votes to close the river ferry\nFacebook\nReddit\n")));
  }
}
