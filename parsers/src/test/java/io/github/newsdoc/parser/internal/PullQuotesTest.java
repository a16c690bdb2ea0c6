package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;

import io.github.newsdoc.parser.LineRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pull quotes and highlights in a page's article; the lines are made up. */
class PullQuotesTest {
  private static final String FULL = "The mayor defended the cost at the meeting. \u201cThe terminal will serve this town"
      + " for fifty years, and every penny of it was spent in the open,\u201d she said. \u201cWe owe the engineers our thanks.\u201d";
  private static final String PULL = "\u201cThe terminal will serve this town for fifty years, and every penny of it was"
      + " spent in the open,\u201d the mayor said.";
  private static final String HIGHLIGHT = "Hundreds of people queued along the quay before dawn to ride the first crossing.";

  private static List<Line> lines(String... texts) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      lines.add(new Line(i + 1, texts[i], texts[i], true));
    }
    return lines;
  }

  private static String[] apply(String... texts) {
    LineRole[] roles = new LineRole[texts.length];
    String[] rules = new String[texts.length];
    PullQuotes.apply(lines(texts), roles, rules, 0, texts.length - 1);
    return rules;
  }

  @Test
  void aPullQuoteAboveTheParagraphThatQuotesInFullIsThePages() {
    String[] rules = apply("The council met on Monday.", PULL, "Critics asked for an inquiry.", FULL);
    assertEquals(Arrays.asList(null, PullQuotes.RULE, null, null), Arrays.asList(rules));
  }

  // Set under the paragraph that quotes the speaker in full, a quoted sentence alone on its line is a pull quote
  // too; a claim quoted again with its speaker, or a fragment of the quotation, is the article's restating it.
  @Test
  void aPullQuoteUnderTheParagraphThatQuotesInFullIsThePages() {
    String alone = "\u201cThe terminal will serve this town for fifty years, and every penny of it was spent in the"
        + " open.\u201d";
    String restated = "The mayor said that \u201cthe terminal will serve this town for fifty years, and every penny of"
        + " it was spent in the open.\u201d";
    String fragment = "\u201c\u2026 will serve this town for fifty years, and every penny of it was spent\u201d";
    assertEquals(Arrays.asList(null, null, PullQuotes.RULE),
        Arrays.asList(apply(FULL, "Critics asked for an inquiry.", alone)));
    // further down, under its own heading, a claim quoted alone is the article's restating it
    assertEquals(Arrays.asList(null, null, null, null, null), Arrays.asList(apply(FULL, "Critics asked for an inquiry.",
        "The board met on Friday.", "What was claimed", alone)));
    for (String line : List.of(restated, fragment)) {
      assertEquals(Arrays.asList(null, null, null), Arrays.asList(apply(FULL, "Critics asked for an inquiry.", line)));
    }
  }

  @Test
  void aSentencePrintedAgainInTheArticleIsAHighlight() {
    String[] rules = apply(HIGHLIGHT, "The council met on Monday.", "It was cold. " + HIGHLIGHT + " Nobody minded.");
    assertEquals(Arrays.asList(PullQuotes.RULE, null, null), Arrays.asList(rules));
  }

  @Test
  void questionsCallsToActAndShortLinesMayBePrintedAgain() {
    String question = "What did the terminal cost the town in the end, and who paid for it?";
    String call = "Vote for your favourite ferry on the last page of this story!";
    String shortLine = "The ferry left on time.";
    String[] rules = apply(question, call, shortLine, question, call, shortLine);
    assertEquals(Arrays.asList(null, null, null, null, null, null), Arrays.asList(rules));
  }

  @Test
  void aQuotationRepeatedInALineNoLongerIsNoPullQuote() {
    // a paragraph quoting a post, then the post itself: neither quotes the speaker at more length
    String paragraph = "\u201cThe terminal will serve this town for fifty years and more,\u201d the mayor wrote.";
    String post = "The terminal will serve this town for fifty years and more. #ferry";
    assertEquals(Arrays.asList(null, null), Arrays.asList(apply(paragraph, post)));
  }

  // A scraped article that is no page (too few menu lines) but keeps its page's head and some chrome: its pull
  // quote is the page's. The same text stripped to its headline and paragraphs keeps every line.
  @Test
  void aScrapedArticleWithItsHeadAndChromeLosesItsPullQuote() {
    String body = "The council met on Monday to approve the last payment for the ferry terminal.\n\n"
        + PULL + "\n\n"
        + "Critics asked for an inquiry into the delays, which ran to four years in all.\n\n"
        + FULL + "\n\n"
        + "The first crossing is planned for the spring, weather permitting, the operator said.\n";
    String scraped = "Harbour Town Pays the Last Bill for Its Ferry Terminal\n\nBy Mara Quill\n"
        + "March 3, 2026\n\nSubscribe\n\n" + body;
    Article a = PageExtractorTest.parseAndCheckRoundTrip(scraped);
    assertFalse(PageExtractorTest.texts(a).contains(PULL), PageExtractorTest.texts(a).toString());
    assertTrue(a.boilerplate().contains(PULL), a.boilerplate().toString());
    assertEquals(4, a.paragraphs().size());
    Article plain = PageExtractorTest.parseAndCheckRoundTrip(
        "Harbour Town Pays the Last Bill for Its Ferry Terminal\n\nSubscribe\n\n" + body);
    assertTrue(PageExtractorTest.texts(plain).contains(PULL), "a text with no head keeps every paragraph");
  }
}
