package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.Newsdoc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headline found by its place beside the byline or date ({@link HeadByPlace}): invented texts. */
class HeadByPlaceTest {
  private static final String BODY = """
      The river ferry between Ostby and Lunden will stop running at the end of the month, the county council \
      said on Tuesday, after the last of its two boats failed an inspection.

      Commuters who use the crossing every day said the bus around the estuary adds almost an hour to their \
      journey, and asked the council to hire a boat until a new one is built.

      The council said a replacement would take at least two years to build and that it was looking at \
      whether a private operator could run a smaller boat in the meantime.
      """;

  private static Article parse(String text) {
    Article a = Newsdoc.parse(text);
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)), "canonical text reads back equal");
    return a;
  }

  private static final String MENU = "Skip to content\nCoast Courier\nNews\nSport\nWeather\nOpinion\nPuzzles\n\n";

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
