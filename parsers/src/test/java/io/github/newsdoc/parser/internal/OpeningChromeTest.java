package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.newsdoc.parser.internal.HeadlinesTest.BODY;
import static io.github.newsdoc.parser.internal.HeadlinesTest.parse;
import static io.github.newsdoc.parser.internal.HeadlinesTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page's chrome over the article's head that is never the title ({@link OpeningChrome}): invented texts. */
class OpeningChromeTest {
  @Test
  void aChromeLineOpeningThePageOverTheHeadlineAndItsBylineIsNeverTheTitle() {
    // the page opens with a line of its interface, a word of it, or a notice, right over the headline: the
    // byline and date under the headline say where the article starts (issue 14)
    String headline = "River ferry between Ostby and Lunden to stop running";
    for (String chrome : List.of("Newsletters", "Edition", "We care about your privacy")) {
      // a single word glued over the headline; a line of the interface's words even with a blank line under it
      List<String> heads = new java.util.ArrayList<>(List.of(chrome + "\n" + headline + "\nBy Mira Holt\nApril 5, 2024",
          "Skip to content\n" + chrome + "\n" + headline + "\nBy Mira Holt\nApril 5, 2024"));
      if (!chrome.equals("Edition")) {
        heads.add(chrome + "\n\n" + headline + "\n\nApril 5, 2024");
      }
      for (String head : heads) {
        String text = head + "\n\n" + BODY;
        Article a = parse(text);
        assertEquals(headline, a.title(), head);
        assertEquals(3, a.paragraphs().size(), head);
        assertTrue(a.boilerplate().contains(chrome), head);
        assertEquals(OpeningChrome.RULE, rule(text, chrome), head);
      }
    }
  }

  @Test
  void aShortHeadlineStandingApartOverItsStandfirstAndBylineStaysTheTitle() {
    // one word, or two not all of the interface, with a blank line under it: the headline, not a label
    for (String headline : List.of("Rebirth", "Privacy Lost")) {
      String text = headline + "\n\nA small town rebuilds after the worst flood in a century\n\nBy Mira Holt\n"
          + "April 5, 2024\n\n" + BODY;
      assertEquals(headline, parse(text).title(), headline);
    }
  }

  @Test
  void aOneWordHeadingOverACleanTextWithNoBylineOrDateStaysTheTitle() {
    // a clean text opening with a section's heading and a line under it: no byline or date marks a head, so
    // nothing says the first line is the site's
    for (String first : List.of("Highlights", "Newsletters")) {
      Article a = parse(first + "\n\nFerry crossings this winter in review\n\n" + BODY);
      assertEquals(first, a.title());
    }
  }

  @Test
  void aHeadlineGluedUnderTheMenuOverTheBylineIsTheTitle() {
    // no blank line between the menu's entries, the headline and the byline: the headline has more words than
    // every entry above it, so it is no entry of the menu
    String headline = "Harbour council approves new ferry terminal";
    String text = "Skip to content\nHome\nNews\nSport\nOpinion\n" + headline + "\nBy Mira Holt\nApril 5, 2024\n\n"
        + BODY;
    Article a = parse(text);
    assertEquals(headline, a.title());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.boilerplate().containsAll(List.of("News", "Sport", "Opinion")), a.boilerplate().toString());
    // an entry as long as the one above it is the menu's: the headline over the menu stays the title
    text = headline + "\n\nHome\nLocal politics and elections\nSchools and education news\nBy Mira Holt\n"
        + "April 5, 2024\n\n" + BODY;
    assertEquals(headline, parse(text).title());
    // with no headline over the menu, its last entry right over the byline is still no title
    text = "Coast Courier\nHome\nWorld\nLocal politics and elections\nSchools and education news\nBy Mira Holt\n"
        + "April 5, 2024\n\n" + BODY;
    assertEquals("Coast Courier", parse(text).title());
  }
}