package io.github.newsdoc.parser;

import static io.github.newsdoc.parser.QuotesTest.only;
import static io.github.newsdoc.parser.QuotesTest.parse;
import static io.github.newsdoc.parser.QuotesTest.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words in quotation marks that are no one's speech: names, so-called words, terms and scare quotes, titles
 * of works and of articles in references (issue 16).
 */
class QuoteTermsTest {
  @Test
  void aFewWordsQuotedAfterANamedSubjectAreItsTerm() {
    Article a = parse("Prime Minister Ines Cole met the unions on Monday.", "Cole talked up her \"fair deal\" at the rally.");
    Quote q = only(a);
    assertEquals("fair deal", q.text());
    assertTrue(q.partial());
    assertEquals("Ines Cole", speaker(q));
    assertEquals(List.of(), parse("The \"deal\" was signed on Monday.").quotes(), "a scare quote with no one named");
    // one word no one is credited with is a term, even where a capital opens it
    assertEquals(List.of(), parse("Set the \"Content-Type\" header. \"Harbourline\" is the default.").quotes());
    assertEquals(1, parse("\"Never!\" The crowd roared.").quotes().size(), "a word said as a sentence of its own");
  }

  @Test
  void aTitleNoOneIsCreditedWithIsNoQuote() {
    // a reference list's entry: an article's title in title case, however long
    assertEquals(List.of(), parse("Reed, Tom (3 May 2019). \"Harbour Town Will Reopen Its Ferry Dock After Long Dispute\"."
        + " Quay Gazette. Retrieved 4 May 2019.").quotes());
    // the same words credited to someone stay a quote
    Article a = parse("\"Harbour Town Will Reopen Its Ferry Dock After Long Dispute,\" said Ines Cole.");
    assertEquals("Ines Cole", speaker(only(a)));
    // nor is a title in sentence case in a reference written author and date first
    assertEquals(List.of(), parse("Reed, Tom (3 May 2019). \"Why the ferry dock will reopen at last\". Quay Gazette.").quotes());
    // speech in sentence case is no title
    assertEquals(1, parse("The sign read: \"we will reopen the ferry dock after the long dispute\".").quotes().size());
  }

  @Test
  void namesAndSoCalledWordsAreNotQuotes() {
    assertEquals(List.of(), parse("Troops joined the 'Spearhead Force' exercise.").quotes());
    assertEquals(List.of(), parse("After the so-called \"elections\" the protests grew.").quotes());
    assertEquals(List.of(), parse("The Dockers' Union and the porters' guild met.").quotes());
    // a title of a work, with the sentence's period inside the marks
    assertEquals(List.of(), parse("Cole spoke on the Harbour Channel's \"Morning Quay.\"").quotes());
    assertEquals(List.of(), parse("She starred in the film “Low Tide Rising.”").quotes());
    assertEquals(List.of(), parse("Speaking on the Harbour Channel's \"Quay Week,\" Cole said the talks would resume.")
        .quotes());
  }
}
