package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.newsdoc.parser.internal.HeadlinesTest.BODY;
import static io.github.newsdoc.parser.internal.HeadlinesTest.MENU;
import static io.github.newsdoc.parser.internal.HeadlinesTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headline found by its place beside the byline or date ({@link HeadByPlace}): invented texts. */
class HeadByPlaceTest {
  @Test
  void aHeadlineUnderTheDateOrTheBylineIsTheTitle() {
    // the layout prints the date or the author over the headline, and a menu right over them
    String headline = "River ferry between Ostby and Lunden to stop running this month";
    for (String head : List.of("April 5, 2024\n" + headline + "\nBy Mira Holt",
        "April 5, 2024\n\n" + headline + "\n\nBy Mira Holt", "By Mira Holt\n" + headline + "\nApril 5, 2024")) {
      Article a = parse(MENU + head + "\n\n" + BODY);
      assertEquals(headline, a.title(), head);
      assertEquals(3, a.paragraphs().size(), head);
    }
  }

  @Test
  void aLineRightOverTheBylineIsTheTitleThoughShortOrClosedByAFullStop() {
    // too short for a headline's shape, or a sentence: the byline and date under it are the evidence
    for (String headline : List.of("Ferry to stop", "The ferry stops this month. Here is why.")) {
      Article a = parse(MENU + headline + "\n\nBy Mira Holt\nApril 5, 2024\n\n" + BODY);
      assertEquals(headline, a.title());
      assertEquals(3, a.paragraphs().size());
    }
  }

  @Test
  void aMenuEntryOrALowerCaseLineOverTheBylineIsNoTitle() {
    // the last entry of the menu stands right over the byline; a line opening in lower case is no headline
    Article a = parse(MENU.strip() + "\nBy Mira Holt\nApril 5, 2024\n\n" + BODY);
    assertTrue(a.boilerplate().contains("Puzzles"), a.boilerplate().toString());
    a = parse(MENU + "from the county desk today\n\nBy Mira Holt\nApril 5, 2024\n\n" + BODY);
    assertTrue(!a.title().equals("from the county desk today"), a.title());
  }
}
