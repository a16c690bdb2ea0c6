package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.ParseReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.newsdoc.parser.internal.PageExtractorTest.ARTICLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.TITLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static io.github.newsdoc.parser.internal.PageExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dates of a page against its article's head, on invented pages. */
class HeadDatesTest {
  private static String page(List<String> top, List<String> head, List<String> bottom) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    top.forEach(l -> b.append(l).append('\n'));
    b.append('\n').append("Harbour Town Opens Its New Ferry Terminal After Years of Delay").append("\n\n");
    head.forEach(l -> b.append(l).append("\n\n"));
    ARTICLE.forEach(l -> b.append(l).append("\n\n"));
    bottom.forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  private static List<String> masthead(String date) {
    List<String> top = new ArrayList<>(menu(10));
    top.add(date);
    top.addAll(menu(12).subList(10, 12));
    top.addAll(menu(24).subList(12, 24));
    return top;
  }

  @Test
  void theSitesDateInItsMastheadIsNotTheArticles() {
    // today's date over the menu, and the article's own times under its headline
    String text = page(masthead("Thursday 21 Nov 2019"), List.of("By Jo Park", "Nov 20 2019, 10:05 am",
        "Updated: Nov 20 2019, 2:30 pm"), menu(30));
    ParseReport r = ArticleParser.standard().analyze(text);
    assertEquals("2019-11-20T10:05", r.article().published().orElseThrow().toString());
    assertEquals("2019-11-20T14:30", r.article().updated().orElseThrow().toString());
    assertTrue(r.lines().stream().anyMatch(l -> l.rule().equals(HeadDates.DATE_ABOVE)));
    assertEquals(ARTICLE, texts(parseAndCheckRoundTrip(text)));
  }

  @Test
  void aTickerOfOtherStoriesAboveTheHeadLosesToTheBylinesDate() {
    // the times of other stories over the article; the article's own date beside its byline
    List<String> top = new ArrayList<>(menu(8));
    for (int i = 1; i <= 6; i++) {
      top.add("Lighthouse keeper number " + i + " retires");
      top.add("3 mars 2021 à 1" + i + ":20");
    }
    top.addAll(menu(20).subList(8, 20));
    String text = page(top, List.of("Par Jeanne Morel — 2 mars 2021 à 09:42"), menu(30));
    Article a = parseAndCheckRoundTrip(text);
    assertEquals("2021-03-02T09:42", a.published().orElseThrow().toString());
    assertEquals(ARTICLE, texts(a));
  }

  @Test
  void aDateAboveTheHeadStaysWhenTheHeadPrintsNone() {
    // some sites print the date over the headline: with no date in the head, it is the article's
    Article a = parseAndCheckRoundTrip(page(masthead("March 3, 2021"), List.of("By Jo Park"), menu(30)));
    assertEquals("2021-03-03", a.published().orElseThrow().toString());
  }

  @Test
  void aLineOfTheHeadThatOpensWithADateGivesIt() {
    // the site prints its date, its author and the story's sections on one line the parser cannot read
    // as an author line
    ParseReport r = ArticleParser.standard().analyze(page(menu(20), List.of("13/06/2014 Jo Park News, Ferries"),
        menu(30)));
    assertEquals("2014-06-13", r.article().published().orElseThrow().toString());
    assertTrue(r.article().boilerplate().contains("Jo Park News, Ferries"), r.article().boilerplate().toString());
    assertTrue(r.lines().stream().anyMatch(l -> l.rule().equals(HeadDates.IN_HEAD_LINE)));
    assertEquals(ARTICLE, texts(parseAndCheckRoundTrip(page(menu(20), List.of("13/06/2014 Jo Park News, Ferries"),
        menu(30)))));
  }

  // A long head (date, byline, a count of comments, two summary points, a share rail, the lead picture) under the
  // printed headline: the head reaches up to the headline, so its date with the time gives the publication, not
  // today's date in the masthead on the same day.
  @Test
  void aLongHeadReachesUpToThePrintedHeadline() {
    List<String> head = new ArrayList<>(List.of("Monday, 07 December 2026 04:10 AM", "By Jo Park",
        "Comments - 0 | 1,284 Views", "Ferry fares rise for the first time in six years",
        "Islanders say the new timetable cuts two evening crossings"));
    head.addAll(List.of("Share", "Tweet", "WhatsApp", "Email"));
    head.add("The first ferry leaves the new terminal on Monday morning. Pic by Ann Lee");
    String text = page(masthead("Monday, 07 December 2026"), head, menu(30));
    ParseReport r = ArticleParser.standard().analyze(text);
    assertEquals("2026-12-07T04:10", r.article().published().orElseThrow().toString());
    assertTrue(r.lines().stream().anyMatch(l -> l.rule().equals(HeadDates.DATE_ABOVE)), r.lines().toString());
  }

  // Dates of a list of other stories under the headline are no date of the head when the head prints its own
  // near the prose: the head reaches up to the headline only when its usual lines print no date.
  @Test
  void aListsDatesUnderTheHeadlineLoseToTheHeadsOwn() {
    List<String> head = new ArrayList<>(List.of("Latest news", "Bus fares to rise in March", "November 28, 2026",
        "Harbour bridge closed for repairs", "November 30, 2026"));
    head.addAll(List.of("Share", "Facebook", "X", "WhatsApp", "Email", "Copy link", "By Helen Marsh",
        "December 6, 2026"));
    Article a = parseAndCheckRoundTrip(page(menu(20), head, menu(30)));
    assertEquals("2026-12-06", a.published().orElseThrow().toString());
  }

  // The byline and its date right under the headline give the publication, though other stories' dates follow
  // in the head's last lines.
  @Test
  void theDateUnderTheBylineUnderTheHeadlineWins() {
    List<String> head = new ArrayList<>(List.of("By Helen Marsh", "December 6, 2026", "Share", "Facebook", "X",
        "WhatsApp", "Email", "Copy link", "Listen to this article", "Bus fares to rise in March", "November 28, 2026"));
    Article a = parseAndCheckRoundTrip(page(menu(20), head, menu(30)));
    assertEquals("2026-12-06", a.published().orElseThrow().toString());
  }

  // The lead picture's caption and credit between the head and the text belong to the article's top: a date line
  // of the head over share buttons and the picture still gives the date.
  @Test
  void theLeadPictureDoesNotPushTheHeadAway() {
    List<String> head = new ArrayList<>(List.of("Odalys Garrido Almansa", "Madrid - 06 Dec 2026 - 05:40",
        "Updated: 06 Dec 2026 - 11:20"));
    head.addAll(List.of("Share on Facebook", "Share on X", "Share on WhatsApp", "Share by email", "Copy link",
        "Comments"));
    head.add("The first ferry leaves the new terminal on Monday morning.\nBEN ODE (EFE)");
    Article a = parseAndCheckRoundTrip(page(menu(20), head, menu(30)));
    assertEquals("2026-12-06T05:40", a.published().orElseThrow().toString());
    assertEquals("BEN ODE (EFE)", a.captions().get(0).credit().orElseThrow());
  }

  @Test
  void aLineOfTheHeadThatEndsWithADateGivesIt() {
    Article a = parseAndCheckRoundTrip(page(menu(20), List.of("Coast Wire November 19, 2019, 9:02 AM"), menu(30)));
    assertEquals("2019-11-19T09:02", a.published().orElseThrow().toString());
  }

  @Test
  void aLineOfTheHeadGivesNoDateWhenAnotherLineGivesIt() {
    Article a = parseAndCheckRoundTrip(page(menu(20), List.of("News, Ferries 19/11/2019",
        "Published November 18, 2019"), menu(30)));
    assertEquals("2019-11-18", a.published().orElseThrow().toString());
  }
}
