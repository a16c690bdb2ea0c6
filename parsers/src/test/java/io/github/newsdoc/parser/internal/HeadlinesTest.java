package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.Newsdoc;
import io.github.newsdoc.parser.ParseReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printed headline, found from the layout: invented texts, one layout each. */
class HeadlinesTest {
  /** Three paragraphs of an article's prose, for the layouts above them. */
  static final String BODY = """
      The river ferry between Ostby and Lunden will stop running at the end of the month, the county council \
      said on Tuesday, after the last of its two boats failed an inspection.

      Commuters who use the crossing every day said the bus around the estuary adds almost an hour to their \
      journey, and asked the council to hire a boat until a new one is built.

      The council said a replacement would take at least two years to build and that it was looking at \
      whether a private operator could run a smaller boat in the meantime.
      """;

  /** Parses a text, checking that its canonical text reads back equal. */
  static Article parse(String text) {
    Article a = Newsdoc.parse(text);
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)), "canonical text reads back equal");
    return a;
  }

  /** The rule that gave its role to the first line of the text equal to {@code line}. */
  static String rule(String text, String line) {
    ParseReport report = ArticleParser.standard().analyze(text);
    return report.lines().stream().filter(l -> l.text().equals(line)).map(LineAssignment::rule).findFirst()
        .orElseThrow();
  }

  @Test
  void aCleanArticleKeepsItsShortFirstLineAsTheTitle() {
    Article a = parse("Ferry service to end\n\n" + BODY);
    assertEquals("Ferry service to end", a.title());
    assertEquals(3, a.paragraphs().size());
  }

  @Test
  void skipLinksAndAMenuAboveTheHeadlineAreChromeAndNeverTheTitle() {
    String text = "Skip to content\nCoast Courier\nNews\nSport\nWeather\nOpinion\n\n"
        + "River ferry between Ostby and Lunden to stop running this month\n\n"
        + "By Mira Holt\n\n" + BODY;
    Article a = parse(text);
    assertEquals("River ferry between Ostby and Lunden to stop running this month", a.title());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.boilerplate().containsAll(List.of("Skip to content", "Coast Courier", "News", "Weather")),
        a.boilerplate().toString());
    assertEquals("title:printed-headline", rule(text, a.title()));
    assertEquals("title:above-headline", rule(text, "Coast Courier"));
  }

  @Test
  void anOfferToTheReaderAboveTheHeadlineIsNoHeadline() {
    // headline-shaped, but it speaks to the reader about the site: the offer, not the article's headline
    String text = "Skip to content\nCoast Courier\nNews\nSport\nWeather\nOpinion\n\n"
        + "Subscribe now for unlimited access to every story\n\n"
        + "River ferry between Ostby and Lunden to stop running this month\n\n"
        + "By Mira Holt\n\n" + BODY;
    Article a = parse(text);
    assertEquals("River ferry between Ostby and Lunden to stop running this month", a.title());
  }

  @Test
  void aBreakingNewsStripOverTheSectionLabelIsNoHeadline() {
    // the strip's headline is headline-shaped too; the section label over the article's headline closes the
    // article's head
    String text = "Skip to content\nCoast Courier\nNews\nSport\nWeather\nOpinion\n\n"
        + "BREAKING: Harbour bridge closed after lorry fire\n\n"
        + "Transport\n\n"
        + "River ferry between Ostby and Lunden to stop running this month\n\n"
        + "By Mira Holt\n\n" + BODY;
    Article a = parse(text);
    assertEquals("River ferry between Ostby and Lunden to stop running this month", a.title());
    assertTrue(a.boilerplate().contains("BREAKING: Harbour bridge closed after lorry fire"), a.boilerplate().toString());
    assertEquals(3, a.paragraphs().size());
  }

  // Between the headline and its standfirst, an audio player's button or an author's name printed without "By"
  // is no section label: the head goes on above it, and the headline stays the title.
  @Test
  void aButtonOrAnAuthorBetweenTheHeadlineAndTheStandfirstDoesNotCloseTheHead() {
    for (String between : List.of("Listen", "Mara Velden")) {
      String text = "Skip to content\nCoast Courier\nNews\nSport\nWeather\nOpinion\n\n"
          + "Old pier to close after engineers find rot in its supports\n\n" + between + "\n\n"
          + "The council says repairs would cost more than a new pier, and residents are split\n\n"
          + "Published March 3, 2026\n\n" + BODY;
      assertEquals("Old pier to close after engineers find rot in its supports", parse(text).title(), between);
    }
    assertTrue(HeadLayout.sectionLabel("World News"));
    assertTrue(HeadLayout.sectionLabel("ESTADOS"));
    assertFalse(HeadLayout.sectionLabel("Listen"));
    assertFalse(HeadLayout.sectionLabel("Mara Velden"));
    assertFalse(HeadLayout.sectionLabel("Harbour reporter"));
  }

  @Test
  void aShortHeadlineStandingAloneOverTheProseIsTheTitleWithNoBylineOrDate() {
    // short enough to read as a link, but on a line of its own right over the article's first paragraph; the
    // page prints no byline or date to anchor it, and its first line is a menu's label
    String text = "Skip to content\nCoast Courier Navigation\nNews\nSport\nWeather\nRegions\nOpinion\n\n"
        + "North\nTransport\n\n"
        + "Ferry service to end\n\n" + BODY;
    Article a = parse(text);
    assertEquals("Ferry service to end", a.title());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.boilerplate().contains("Coast Courier Navigation"), a.boilerplate().toString());
  }

  // Of two lines each standing alone over the prose, the first is the headline: the one under it is the head's
  // furniture ('Five things to know', a photo's courtesy line).
  @Test
  void ofTwoShortLinesAloneOverTheProseTheFirstIsTheTitle() {
    for (String under : List.of("Five things to know", "Image courtesy of Coast Radio", "Harbour Desk Team")) {
      String text = "Skip to content\nCoast Courier Navigation\nNews\nSport\nWeather\nRegions\nOpinion\n\n"
          + "North\nTransport\n\nFerry service to end\n\n" + under + "\n\n" + BODY;
      assertEquals("Ferry service to end", parse(text).title(), under);
    }
  }

  @Test
  void theHeadlinePrintedAgainBelowAMenuIsTheTitleNotTheBrowserTitle() {
    String text = "River ferry between Ostby and Lunden to stop running | Coast Courier\n\n"
        + "Home\nLocal\nTransport\nSign in\n\n"
        + "River ferry between Ostby and Lunden to stop running\n\n" + BODY;
    Article a = parse(text);
    assertEquals("River ferry between Ostby and Lunden to stop running", a.title());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.boilerplate().contains("River ferry between Ostby and Lunden to stop running | Coast Courier"));
  }

  @Test
  void aShortHeadlinePrintedAgainWithoutTheBrowserTitlesTagIsTheTitle() {
    // "(with Pictures)" is the site's tag on its browser title; the printed headline is short (link-shaped)
    String text = "How to Tie a Rope (with Pictures) | Coast Courier\n\n"
        + "Home\nLocal\nTransport\nSign in\n\nCrafts\n\nOther Boat Crafts\n\n"
        + "How to Tie a Rope\n\nBy Mira Holt\n\n" + BODY;
    Article a = parse(text);
    assertEquals("How to Tie a Rope", a.title());
    assertEquals(3, a.paragraphs().size());
    assertEquals(List.of("Mira Holt"), a.bylines().stream().map(b -> b.name()).toList());
  }

  // A browser title with a section and a site after its headline ('Headline | Section | Site'): the page prints
  // the headline alone again, short as a link, under a few lines about the blog's writer; that line is the
  // title, and the lines above it are the page's.
  @Test
  void theHeadlinePrintedAgainUnderABrowserTitleWithTwoSuffixesIsTheTitle() {
    String text = "Ferry service to end | Transport | Coast Courier\n\n"
        + "Hi, I'm Mira.\n\nI write about boats and the coast.\n\n"
        + "Ferry service to end\n\n" + BODY;
    Article a = parse(text);
    assertEquals("Ferry service to end", a.title());
    assertEquals("title:printed-headline", rule(text, a.title()));
    assertTrue(a.boilerplate().contains("Hi, I'm Mira."), a.boilerplate().toString());
    assertEquals(3, a.paragraphs().size());
  }

  @Test
  void aBrowserTitlesTagInBracketsIsLeftOut() {
    assertEquals("How to Tie a Rope", Titles.outsideBrackets("How to Tie a Rope (with Pictures)"));
    assertEquals("Ferry strike ends", Titles.outsideBrackets("Ferry strike [Video] ends"));
    assertEquals("A", Titles.outsideBrackets("A (unclosed"));
    assertEquals("", Titles.outsideBrackets("(Video)"));
  }

  @Test
  void anEntryOfAShortMenuIsNeverTheTitle() {
    // "Home" is chrome by its word; "World" opens what is left of the menu, two entries only under it
    String text = "Skip to content\nHome\nWorld\nBusiness\nSign in\n\n"
        + "River ferry between Ostby and Lunden to stop running this month\n\nBy Mira Holt\n\n" + BODY;
    Article a = parse(text);
    assertEquals("River ferry between Ostby and Lunden to stop running this month", a.title());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.boilerplate().containsAll(List.of("World", "Business", "Sign in")), a.boilerplate().toString());
  }

  // The site's name with a figure in it ('Channel 12 News': not link-shaped, but headline-shaped) over its
  // sections printed right under it heads the menu: no browser title, and never the title.
  @Test
  void aSitesNameOverItsMenuIsNeverTheTitle() {
    String text = "Skip to content\nChannel 12 News\nWatch Live\nWeather\nSport\nCommunity\n\n"
        + "Local News\n\nRiver ferry between Ostby and Lunden to stop running this month\n\nBy Mira Holt\n\n" + BODY;
    Article a = parse(text);
    assertEquals("River ferry between Ostby and Lunden to stop running this month", a.title());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.boilerplate().contains("Channel 12 News"), a.boilerplate().toString());
  }

  // Key points glued under a clean article's headline are no menu, and tags glued under a page's headline no
  // breadcrumb: the headline stays the title, over a standfirst that is no full sentence.
  @Test
  void keyPointsOrTagsGluedUnderTheHeadlineLeaveItTheTitle() {
    String points = "Ferry pier to close for winter repairs\nPier shuts in January\nWorks to last three months\n"
        + "Fares stay the same\n\nIslanders fear a winter of long queues at the fish quay in Ostby\n\n"
        + "By Mira Holt\n5 December 2026\n\n" + BODY;
    assertEquals("Ferry pier to close for winter repairs", parse(points).title());
    String tags = "Coast Courier\nNews\nSport\nWeather\nOpinion\n\n"
        + "River ferry between Ostby and Lunden to stop running this month\nTransport\nOstby\n\n"
        + "Sunday, 6 December 2026\n\nCommuters fear an extra hour on the road each day\n\n" + BODY;
    assertEquals("River ferry between Ostby and Lunden to stop running this month", parse(tags).title());
  }

  // The date over the headline, a breadcrumb over the date and a trending strip over that (its links with
  // figures, 'Tram Line 2', are not link-shaped): the headline is the line under the date, over the prose.
  @Test
  void aHeadlineUnderTheDateWinsOverALinkAboveTheBreadcrumb() {
    String text = "Coast Courier\nNews\nSport\nWeather\nOpinion\n\nTrending\nHarbour Week 2026\nTram Line 2\n\n"
        + "News\nTransport\n\nSunday, 6/12/2026, 09:15 (GMT+7)\n\n"
        + "River ferry between Ostby and Lunden to stop running this month\n\n" + BODY;
    Article a = parse(text);
    assertEquals("River ferry between Ostby and Lunden to stop running this month", a.title());
    assertEquals("2026-12-06T09:15+07:00", a.published().orElseThrow().toString());
    assertEquals(3, a.paragraphs().size());
  }

  @Test
  void aShortTitleOverAShortLineAfterABlankStaysTheTitle() {
    Article a = parse("Ferry service to end\n\nCoast Courier\nLocal news\n\n"
        + "River ferry between Ostby and Lunden to stop running this month\n\n" + BODY);
    assertEquals("Ferry service to end", a.title());
  }

  @Test
  void aSubheadingInsideTheBodyIsNoHeadlineEvenUnderAList() {
    // A text that opens with a paragraph and has a list and a subheading further down: the article's prose
    // stands above the subheading, so the subheading is not taken for the headline.
    String text = BODY + "\nTimetable\nMonday\nTuesday\nFriday\n\nWhat the council will do next\n\n"
        + "The council will meet the two bidders next week and publish the results of the inspection.\n";
    Article a = parse(text);
    assertTrue(a.title().startsWith("The river ferry"), a.title());
    assertTrue(a.paragraphs().stream().anyMatch(p -> p.text().equals("What the council will do next")));
  }

  @Test
  void aBrowserTitleIsOnlyReplacedByAHeadlineThatSharesItsWords() {
    // A menu under a browser-title line, then a teaser with no word of it: the opening line stays the title.
    String text = "Ferry service to end after inspection | Coast Courier\n\nHome\nLocal\nTransport\nSign in\n\n"
        + "Winter storms close the coastal road again\n\nBy Mira Holt\n\n" + BODY;
    assertEquals("Ferry service to end after inspection", parse(text).title()); // its site name cut
  }

  @Test
  void theBrowserTitleBeforeItsSeparatorPrintedAgainIsTheHeadlineInAnyScript() {
    // no spaces between words: the shared-words test cannot see it, the exact repeat can
    String headline = "オストビーとルンデンを結ぶ川のフェリーが今月末で運航停止へ";
    String text = headline + " | 湾岸クーリエ\n\nホーム\n地域\n交通\nログイン\n\n" + headline + "\n\n" + BODY;
    Article a = parse(text);
    assertEquals(headline, a.title());
    assertEquals("title:above-headline", rule(text, headline + " | 湾岸クーリエ"));
    assertEquals(3, a.paragraphs().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"River ferry between Ostby and Lunden to stop running", "Why did the river ferry stop?",
      "Ferry stops: what now for the commuters", "オストビーとルンデンを結ぶ川のフェリーが今月末で運航停止へ"})
  void headlineShaped(String line) {
    assertTrue(Headlines.isHeadline(line), line);
  }

  // A short line is link-like whatever it says: a short headline below a menu is not found, and the text's
  // first line stays the title.
  @ParameterizedTest
  @ValueSource(strings = {"Skip to content", "Sign in", "The ferry will stop running at the end of the month.",
      "Updated:", "A word, then a comma,", "River ferry to stop running"})
  void notHeadlineShaped(String line) {
    assertFalse(Headlines.isHeadline(line), line);
  }

  // "Headline. Subtitle… | Site": the layout fills its browser title with the headline and the subtitle, and
  // prints each on a line of its own, under the page's controls.
  @Test
  void aBrowserTitleOfHeadlineAndSubtitleFindsThePrintedHeadline() {
    String text = "Ferry service to end. Why the county let its last boats rot on the\u2026 | Coast Courier\n\n"
        + "Open in app\n\nSign in\n\nFerry service to end\n\nMira Holt\n\nFollow\n\nMar 3, 2026 \u00b7 4 min read\n\n"
        + "Why the county let its last boats rot on the slipway\n\n" + BODY;
    ParseReport report = ArticleParser.standard().analyze(text);
    assertEquals("Ferry service to end", report.article().title());
    assertEquals("title:printed-headline", rule(text, "Ferry service to end"));
    assertTrue(Titles.opensWith("Ferry service to end. Why the county", "Ferry service to end"));
    assertFalse(Titles.opensWith("Ferry service to end. why the county", "Ferry service to end"));
    assertFalse(Titles.opensWith("Ferry service to endure", "Ferry service to end"));
  }

  static final String MENU = "Skip to content\nCoast Courier\nNews\nSport\nWeather\nOpinion\nPuzzles\n\n";

  @Test
  void aHeadlineFoundByItsPlaceAloneSharesWordsWithABrowserTitle() {
    // the opening line has a title's separator: a headline found only by its place must share its words
    String text = "Coast Courier - Ferries and Crossings\n\n" + MENU + "Ferry to stop\n\nBy Mira Holt\n"
        + "April 5, 2024\n\n" + BODY;
    assertTrue(parse(text).title().startsWith("Coast Courier"), parse(text).title());
    text = "Ferry to stop - Coast Courier\n\n" + MENU + "Ferry to stop\n\nBy Mira Holt\nApril 5, 2024\n\n" + BODY;
    assertEquals("Ferry to stop", parse(text).title());
  }

  @Test
  void aListOfOtherArticlesHeadlinesOverTheHeadlineIsNeverTheTitle() {
    String headline = "River ferry between Ostby and Lunden to stop running this month";
    String list = "Mayor defends budget after heated meeting\nCoastal road closed for resurfacing until June\n"
        + "Local baker wins national bread award\n";
    Article a = parse(MENU + "Trending now\n" + list + "\n" + headline + "\n\nBy Mira Holt\nApril 5, 2024\n\n" + BODY);
    assertEquals(headline, a.title());
    // the same list under the headline is its highlights: the headline stays the title
    a = parse(MENU + headline + "\n\n" + list + "\nBy Mira Holt\nApril 5, 2024\n\n" + BODY);
    assertEquals(headline, a.title());
  }

  @Test
  void aLineOfProseBetweenTheMenuAndTheHeadlineLeavesTheHeadlineTheTitle() {
    // a cookie notice or a teaser sentence over the headline starts the run of prose; the byline under the
    // headline still marks the article's head
    String headline = "River ferry between Ostby and Lunden to stop running this month";
    for (String line : List.of("We use cookies to improve your experience. By continuing you agree to their use.",
        "The ferry has crossed the estuary every day since the spring of 1952, in fog and in storms.")) {
      Article a = parse(MENU + line + "\n\n" + headline + "\n\nBy Mira Holt\nApril 5, 2024\n\n" + BODY);
      assertEquals(headline, a.title(), line);
    }
  }

  @Test
  void aShortHeadlineOverItsStandfirstIsTheTitleThoughLinkShaped() {
    // kicker, headline and standfirst printed as one block under a menu: the headline is short enough to read as
    // a link, the standfirst is not, and the kicker right over the headline says where the head starts
    String headline = "Ferry crossing to close this month";
    String text = "Coast Courier\nSign in\nSubscribe\n\nTransport\n" + headline + "\n"
        + "The last of the two boats failed its inspection and no other can be hired.\nBy Mira Holt\nApril 5, 2024\n\n"
        + BODY;
    assertEquals(headline, parse(text).title());
    // a rubric over a longer headline, which is no sentence: the headline, not the rubric
    String rubric = "Coast Courier\nSign in\nSubscribe\n\nTransport\nFive things to know\n"
        + "River ferry between Ostby and Lunden to stop running after its last boat fails\nBy Mira Holt\nApril 5, 2024\n\n"
        + BODY;
    assertEquals("River ferry between Ostby and Lunden to stop running after its last boat fails", parse(rubric).title());
    // a kicker of its own words, not a section's label, over a headline and its standfirst: the headline
    String longer = "River ferry between Ostby and Lunden to stop running this month";
    text = "Coast Courier\nSign in\nSubscribe\n\nFerry in trouble\n" + longer + "\n\n"
        + "The last of the two boats failed its inspection and no other can be hired.\n\nBy Mira Holt\nApril 5, 2024\n\n"
        + BODY;
    assertEquals(longer, parse(text).title());
  }

  // Today's date in the masthead is no date of the article's head: the head's own byline and date, under the
  // headline, anchor it, and a consent notice at the top of the page never becomes the title.
  @Test
  void aMastheadDateAboveTheHeadlineDoesNotAnchorTheHead() {
    String headline = "River ferry between Ostby and Lunden to stop running at the end of the month";
    String text = "Your privacy matters to us\nWe use cookies and similar tools to tailor content and adverts and to"
        + " measure how our pages are used.\nSettings\nAccept and continue\n\nSkip to content\nCoast Courier\n"
        + "Saturday, 5 December 2026\nSign in\nSearch\n\nNews\nOstby\nLunden\nRegion\nWorld\nBusiness\nSport\n\n"
        + "BREAKING\nRing road closed after three-car crash near Eastgate\n\nNews\nRegion\n\n" + headline
        + "\n\nBy Mira Holt\nRegional reporter\n5 December 2026, 18:34\n\nShare\nFacebook\nCopy link\n\n" + BODY
        + "\nMost read\nRing road closed after three-car crash near Eastgate\nNew timetable for coastal trains"
        + " from Sunday\nCouncil approves budget for school repairs\n";
    Article a = ArticleParser.standard().parse(text);
    assertEquals(headline, a.title());
    assertEquals("2026-12-05T18:34", a.published().orElseThrow().toString());
    assertEquals(3, a.paragraphs().size());
    assertEquals(HeadDates.DATE_ABOVE, rule(text, "Saturday, 5 December 2026"));
  }

  // A standfirst between the head's date and byline, sharing the headline's words, is no headline: the date under
  // the first line anchors the head, as it did before the masthead rule.
  @Test
  void aStandfirstBetweenTheDateAndTheBylineDoesNotTakeTheTitle() {
    for (String head : List.of("November 20, 2019\n\nFerry service to end for Ostby route\n\nBy Mira Holt",
        "By Mira Holt\n\nFerry service to end under council plan for Ostby\n\nNovember 20, 2019")) {
      Article a = parse("Ferry service to end\n\n" + head + "\n\n" + BODY);
      assertEquals("Ferry service to end", a.title(), head);
    }
  }

  // A ticker or a masthead's date strip that opens the page with separators is mostly figures: no browser title,
  // so the headline printed over the byline is the title though it shares none of its words. Nor is a line under
  // other lines (a browser title opens the text), nor a date with another calendar's after it, though it opens
  // the text.
  @ParameterizedTest
  @ValueSource(strings = {"Skip to content\nUSD 296.85 | GBP 377.10 | EUR 321.44 | Gold (24k) Rs. 231,500",
      "Skip to content\nSunday, Mangsir 21, 2083 | December 6, 2026",
      "Skip to content\nFTSE 100 8,214.3 | DAX 19,602.7 | CAC 40 7,311.9",
      "Thursday, December 3, 2026\nOstby 31°C Sunny",
      "Skip to main content\nAn official website of the County of Ostby",
      "Wednesday, December 2, 2026 | 22 Jumada al-Akhirah 1448"})
  void aTickerOrDateStripOpeningThePageIsNoBrowserTitle(String strip) {
    String headline = "River ferry between Ostby and Lunden to stop running this month";
    String text = strip + "\n\nCoast Courier\nE-Paper\nSign in\n\nHome\nNews\nBusiness\n"
        + "Opinion\nSport\nWorld\nObituaries\n\n" + headline + "\n\nBy Mira Holt\n\n" + BODY;
    assertEquals(headline, parse(text).title(), strip);
  }

  // An opening headline in a block of its own under a skip link stays the title when the line over the byline
  // shares none of its words.
  @Test
  void aHeadlineInABlockOfItsOwnUnderASkipLinkStaysTheTitle() {
    String text = "Skip to main content\n\nRiver ferry between Ostby and Lunden to stop running\n\nHome\nNews\n"
        + "Business\nOpinion\nSport\nWorld\n\nStorm warning issued for the whole coast tonight\n\nBy Mira Holt\n\n"
        + BODY;
    assertEquals("River ferry between Ostby and Lunden to stop running", parse(text).title());
  }

  @ParameterizedTest
  @ValueSource(strings = {"USD 296.85 | GBP 377.10", "Sunday, Mangsir 21, 2083 | December 6, 2026",
      "FTSE 100 8,214.3 | DAX 19,602.7"})
  void figuresAreNoWords(String line) {
    assertFalse(Headlines.mostlyWords(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ferry fares to rise by 12% in 2027", "G7 leaders meet in Rome", "Havazás", "2026 in 12 pictures",
      "Top 10 of 2026", "Arsenal 2-1 Spurs", "GTA 6 delayed to 2027", "COP 29 ends", "FTSE 100 falls",
      "Jan. 6 hearings: 5 takeaways", "March 2026 in 10 pictures", "US 2026 midterms: May 5"})
  void headlinesAreMostlyWords(String line) {
    assertTrue(Headlines.mostlyWords(line), line);
  }

  // A browser title with as many figures as words is a headline still: a line over the byline that shares none of
  // its words does not replace it.
  @Test
  void aBrowserTitleOfFiguresAndWordsStaysTheTitle() {
    String text = "2026 in 12 pictures | Riverton Post\n\nHome\nNews\nSport\nWeather\nOpinion\n\n"
        + "Storm warning issued for the coast this weekend\n\nBy Mira Holt\n\n" + BODY;
    assertEquals("2026 in 12 pictures", parse(text).title());
  }
}
