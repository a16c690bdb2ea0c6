package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.Newsdoc;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A title line's headline and the site's name after it ({@link Titles}), on invented titles and pages. */
class TitlesTest {
  @Test
  void aSiteNameNoListKnowsIsCutWhenThePagePrintsTheHeadlineAlone() {
    String title = "Harbour Ferry Terminal Opens - Tidewater";
    assertEquals(new Titles.Split(title, ""), Titles.split(title), "no site word: not cut by its shape");
    assertEquals(new Titles.Split("Harbour Ferry Terminal Opens", "- Tidewater"),
        Titles.split(title, Set.of("Harbour Ferry Terminal Opens")::contains));
    assertEquals(new Titles.Split("Harbour Ferry Terminal Opens", "| tidewater.org"),
        Titles.split("Harbour Ferry Terminal Opens | tidewater.org", Set.of("Harbour Ferry Terminal Opens")::contains),
        "a domain");
  }

  @Test
  void whatFollowsTheSeparatorMustReadAsASitesName() {
    String title = "Council - Ferry operator talks collapse";
    assertEquals(new Titles.Split(title, ""), Titles.split(title, Set.of("Council")::contains),
        "'Ferry operator talks collapse' is the headline's own words, not a site's name");
    String plain = "Harbour Ferry Terminal Opens - Tidewater";
    assertEquals(new Titles.Split(plain, ""), Titles.split(plain, Set.of()::contains), "the page never prints it");
  }

  @Test
  void aKnownSiteNameIsCutAsBefore() {
    assertEquals(new Titles.Split("Harbour Ferry Terminal Opens", "| Coast Herald"),
        Titles.split("Harbour Ferry Terminal Opens | Coast Herald", Set.of()::contains));
  }

  @Test
  void aPageThatPrintsItsHeadlineAloneElsewhereHasThatHeadlineAsItsTitle() {
    // the headline printed again in the share box under the article, not above it
    StringBuilder page = new StringBuilder("Harbour Ferry Terminal Opens - Tidewater\n\n");
    for (String item : PageExtractorTest.menu(30)) {
      page.append(item).append('\n');
    }
    page.append('\n');
    PageExtractorTest.ARTICLE.forEach(p -> page.append(p).append("\n\n"));
    page.append("Share this story\nHarbour Ferry Terminal Opens\nFacebook\nEmail\n");
    Article a = Newsdoc.parse(page.toString());
    assertEquals("Harbour Ferry Terminal Opens", a.title());
    assertTrue(a.boilerplate().contains("- Tidewater"), a.boilerplate().toString());
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)), "canonical text reads back equal");
  }
}
