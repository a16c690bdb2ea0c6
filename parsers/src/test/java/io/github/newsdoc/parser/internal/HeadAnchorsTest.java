package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lines that close the article's head above its headline (a breadcrumb, claimed or not) or anchor it (the
 * head's own date, though the masthead's was read first), on invented pages; {@link HeadlinesTest} holds the other
 * layouts.
 */
class HeadAnchorsTest {
  // A skip link, the site's name and its menu over the article's head.
  private static final String MENU = "Skip to content\nCoast Courier\nNews\nSport\nWeather\nOpinion\n\n";
  private static final String BODY = HeadlinesTest.BODY;

  private static Article parse(String text) {
    return HeadlinesTest.parse(text); // with its round-trip check
  }

  // A breadcrumb is a section label too: over the headline, it closes the head, and the ticker above it is no
  // headline.
  @ParameterizedTest
  @ValueSource(strings = {"Home / News / Transport", "News › Transport", "News > Transport > Ferries"})
  void aBreadcrumbOverTheHeadlineClosesTheHead(String breadcrumb) {
    String text = MENU
        + "Breaking: Harbour bridge closed after lorry fire\n\n"
        + breadcrumb + "\n\n"
        + "River ferry between Ostby and Lunden to stop running this month\n\n"
        + "By Mira Holt\n\n" + BODY;
    Article a = parse(text);
    assertEquals("River ferry between Ostby and Lunden to stop running this month", a.title());
    assertTrue(a.boilerplate().contains("Breaking: Harbour bridge closed after lorry fire"), a.boilerplate().toString());
    assertTrue(HeadLayout.sectionLabel(breadcrumb));
    assertTrue(HeadLayout.breadcrumb(breadcrumb));
    assertFalse(HeadLayout.sectionLabel("Sign in / Register / Listen"), "interface words are no section");
    assertFalse(HeadLayout.sectionLabel("A / B / C / D / E / F"), "no more than five labels");
  }

  // A breadcrumb no rule claims is no headline either: over a date printed over the headline, the headline under
  // the date is the title, not the banner the page opens with.
  @Test
  void aBreadcrumbOverTheDateIsNoHeadline() {
    String text = "An official website of Ostby County, Maine\nSkip to main content\nTranslate\nOstby County\nMaine\n"
        + "Search\nResidents\nBusiness\nGovernment\nDepartments\nHow Do I…\nPay a Bill\nReport a Problem\n"
        + "Home › News Center › Press Releases\nPosted on: December 2, 2026\n"
        + "Ostby County opens two overnight warming centers ahead of the cold\nFOR IMMEDIATE RELEASE\n"
        + BODY.replace("\n\n", "\n");
    Article a = parse(text);
    assertEquals("Ostby County opens two overnight warming centers ahead of the cold", a.title());
    assertTrue(HeadLayout.breadcrumb("Home › News Center › Press Releases"));
    assertFalse(HeadLayout.breadcrumb("Press Room"));
  }

  // A claimed line of one to three capitalised words under the headline ('Tags: Ferries') is no breadcrumb: the
  // head goes on above it to the headline.
  @Test
  void aClaimedLabelUnderTheHeadlineDoesNotCloseTheHead() {
    String text = MENU
        + "River ferry between Ostby and Lunden to stop running this month\n\nTags: Ferries\n\n"
        + "Work to start in spring with the new boat due in 2029\n\nBy Mira Holt\n\n" + BODY;
    assertEquals("River ferry between Ostby and Lunden to stop running this month", parse(text).title());
  }

  // Today's date in the masthead is read first, so that the head's own date line repeats a date already filled:
  // it still anchors the head, and the headline over it is the title (not the skip link the page opens with).
  @Test
  void theHeadsDateAnchorsTheHeadThoughTheMastheadsDateWasReadFirst() {
    String text = "Skip to the article\nCoast Courier\nSaturday, 5 December 2026\nSubscribe\n\n"
        + "News\nSport\nWeather\nOpinion\nRegions\n\n"
        + "River ferry between Ostby and Lunden to stop running this month\n"
        + "The council says the last boat failed its inspection and a new one will take two years.\n\n"
        + "Friday, 4 December 2026, 11:40\n\nShare\nFacebook\nEmail\n\n" + BODY + "\n"
        + String.join("\n", PageExtractorTest.menu(30)) + "\n";
    Article a = parse(text);
    assertEquals("River ferry between Ostby and Lunden to stop running this month", a.title());
    assertEquals("2026-12-04T11:40", a.published().orElseThrow().toString());
  }
}
