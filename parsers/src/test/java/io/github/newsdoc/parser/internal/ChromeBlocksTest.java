package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.Newsdoc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short line set in one block with the site's chrome ({@link ChromeBlocks}): invented texts. */
class ChromeBlocksTest {
  private static final String HEAD = "Harbour council approves new ferry terminal\nBy Mira Holt\nApril 5, 2024\n\n"
      + "The harbour council voted on Tuesday to build a new ferry terminal, ending a decade of debate.\n\n";
  private static final String TAIL = "\n\nCommuters said the vote came as a relief after years of cancelled sailings.\n";

  private static String rule(String text, String line) {
    return ArticleParser.standard().analyze(text).lines().stream()
        .filter(l -> l.text().equals(line)).findFirst().orElseThrow().rule();
  }

  @Test
  void anAdvertisementsLabelTakesTheShortLineGluedUnderIt() {
    String ad = "Advertise with Harbour Media.";
    String text = HEAD + "Advertisement\n" + ad + TAIL;
    Article a = Newsdoc.parse(text);
    assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
    assertTrue(a.boilerplate().containsAll(List.of("Advertisement", ad)), a.boilerplate().toString());
    assertEquals(ChromeBlocks.RULE, rule(text, ad));
  }

  @Test
  void anOffersTaglineGluedOverItGoesWithIt() {
    String tagline = "Keep up with the harbour, the coast and the islands.";
    String text = HEAD + tagline + "\nSubscribe to our newsletter\n\nThe terminal will open in 2027." + TAIL;
    Article a = Newsdoc.parse(text);
    assertTrue(a.boilerplate().contains(tagline), a.boilerplate().toString());
    assertTrue(a.paragraphs().contains(Paragraph.of("The terminal will open in 2027.")), a.paragraphs().toString());
  }

  @Test
  void aBlockWithTwoUnclaimedLinesALongLineOrABlankLineKeepsThem() {
    String first = "Residents can comment until the end of April.";
    String second = "Objections will be heard in May.";
    Article a = Newsdoc.parse(HEAD + "Advertisement\n" + first + "\n" + second + TAIL);
    assertTrue(a.paragraphs().containsAll(List.of(Paragraph.of(first), Paragraph.of(second))),
        "two lines of prose under the label: " + a.paragraphs());
    String longer = "The council said the new terminal would also serve the island's two cargo boats and a water taxi.";
    a = Newsdoc.parse(HEAD + "Advertisement\n" + longer + TAIL);
    assertTrue(a.paragraphs().contains(Paragraph.of(longer)), "more than " + ChromeBlocks.MAX_WORDS + " words");
    a = Newsdoc.parse(HEAD + "Advertisement\n\n" + first + TAIL);
    assertTrue(a.paragraphs().contains(Paragraph.of(first)), "a blank line parts it from the label");
  }

  @Test
  void onlyChromeByItsWordsCarriesALineAlong() {
    // the byline and the date are no chrome: the short line under them is the article's
    String lead = "The vote was seven to two.";
    Article a = Newsdoc.parse("Harbour council approves new ferry terminal\n\nBy Mira Holt\nApril 5, 2024\n" + lead
        + TAIL);
    assertTrue(a.paragraphs().contains(Paragraph.of(lead)), a.paragraphs().toString());
  }

  @Test
  void canonicalTextKeepsItsParagraphs() {
    // the writer's text never glues a paragraph to chrome; a hand-written one that does keeps its paragraph
    String canonical = "Title: Ferry terminal approved\n\nThe council voted on Tuesday.\n\nAdvertisement\n"
        + "Advertise with Harbour Media.\n";
    Article a = Newsdoc.parse(canonical);
    assertTrue(a.paragraphs().contains(Paragraph.of("Advertise with Harbour Media.")), a.toString());
  }

  @Test
  void aLineThatDoesNotSpeakToTheReaderOrStandsOverALabelStays() {
    String vote = "The vote is expected to be challenged.";
    String quote = "\"We will rebuild it stronger,\" the mayor said.";
    String heading = "What happens next";
    for (String block : List.of(vote + "\nAdvertisement", "Share\n" + quote, heading + "\nAdvertisement",
        "Advertisement\n" + vote, "Advertisement\n\"Stay with us,\" she said.")) {
      Article a = Newsdoc.parse(HEAD + block + TAIL);
      assertEquals(3, a.paragraphs().size(), block + " -> " + a.paragraphs());
    }
  }
}
