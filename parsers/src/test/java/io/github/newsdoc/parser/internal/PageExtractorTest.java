package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.Newsdoc;
import io.github.newsdoc.parser.ParseReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page features, one at a time, on invented pages. */
class PageExtractorTest {
  static final String TITLE = "Harbour Town Opens Its New Ferry Terminal After Years of Delay - Coast Herald";

  static final List<String> ARTICLE = List.of(
      "The new ferry terminal in Harbour Town opened on Monday morning, three years later than the council had"
          + " promised and at almost twice the cost first announced to residents.",
      "Hundreds of people queued along the quay before dawn to ride the first crossing, which left on time"
          + " despite a strong wind from the west and a light rain that fell for most of the morning.",
      "The mayor said the building would serve the town for fifty years, and thanked the engineers who had"
          + " rebuilt the foundations after the first design was found to be unsafe during the winter storms.",
      "Critics on the council said the delays had cost local businesses a whole summer of visitors, and asked"
          + " for an inquiry into how the contract had been managed from the first tender to the last payment.",
      "The operator plans twelve crossings a day in summer and six in winter, with the first night service"
          + " starting in the spring if the number of passengers grows as quickly as the company expects.");

  // A site menu of one-word and two-word links, printed one under the other.
  static List<String> menu(int items) {
    String[] words = {"News", "Sport", "Weather", "Business", "Culture", "Travel", "Food", "Music", "Film",
        "Books", "Science", "Health", "Opinion", "Letters", "Puzzles", "Podcasts", "Video", "Photos", "Events",
        "Jobs", "Homes", "Motors", "Contact", "About us", "Advertise", "Privacy", "Terms", "Archive", "Help",
        "Newsletters", "Subscribe", "Sign in", "Local", "World", "Politics", "Education"};
    List<String> menu = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      menu.add(words[i % words.length] + (i >= words.length ? " extra" : ""));
    }
    return menu;
  }

  private static String page(List<String> top, List<String> article, List<String> bottom) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    top.forEach(l -> b.append(l).append('\n'));
    b.append('\n').append("Harbour Town Opens Its New Ferry Terminal After Years of Delay").append("\n\n");
    article.forEach(l -> b.append(l).append("\n\n"));
    bottom.forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  static List<String> texts(Article a) {
    return a.blocks().stream().map(Block::text).collect(Collectors.toList());
  }

  static Article parseAndCheckRoundTrip(String text) {
    Article a = Newsdoc.parse(text);
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)), "canonical text reads back equal");
    return a;
  }

  @Test
  void aPageWithAThirdOfItsLinesLinkLikeIsAPage() {
    // 26 menu lines and 48 teaser lines that are no menu (long titles with digits), beside the article:
    // a third of the lines are link-like.
    List<String> teasers = new ArrayList<>();
    for (int i = 1; i <= 48; i++) {
      teasers.add("Council approves plan number " + i + " for the seafront after a long debate about parking");
    }
    List<String> bottom = new ArrayList<>(teasers);
    bottom.addAll(menu(14));
    Article a = parseAndCheckRoundTrip(page(menu(12), ARTICLE, bottom));
    assertEquals(ARTICLE, texts(a));
  }

  @Test
  void fewLinkLinesAreNoPage() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      lines.add("Result number " + i + " of the regatta was announced by the harbour master today.");
    }
    Article a = Newsdoc.parse(page(menu(20), ARTICLE, lines));
    assertTrue(texts(a).containsAll(lines), "a clean text keeps every paragraph");
  }

  @Test
  void aShortPageWithKnownChromeIsAPage() {
    // 6 menu lines above, a share rail and a comment counter below: too few lines for a page by their
    // shape alone, but the rules know "Share", "Email" and "Print" as chrome
    List<String> bottom = new ArrayList<>(List.of("Share", "Email", "Print", "Comments (12)", "Most popular"));
    bottom.addAll(menu(6));
    Article a = parseAndCheckRoundTrip(page(menu(6), ARTICLE, bottom));
    assertEquals(ARTICLE, texts(a));
  }

  @Test
  void linksThatNameTheSitesInterfaceCountAsItsChrome() {
    // no rule knows these buttons, but each names the site's interface: a short page
    List<String> bottom = new ArrayList<>(List.of("View all comments", "Daily newsletters", "Advertisement feedback"));
    bottom.addAll(menu(6));
    Article a = parseAndCheckRoundTrip(page(menu(6), ARTICLE, bottom));
    assertEquals(ARTICLE, texts(a));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Partager|Imprimer|Commentaires|Publicité", "Compartir|Imprimir|Comentarios|Publicidad",
      "Condividi|Stampa|Commenti|Pubblicità", "Teilen|Drucken|Kommentare|Anzeige", "Delen|Afdrukken|Reacties|Advertentie",
      "Udostępnij|Drukuj|Komentarze|Reklama", "Partilhar|Kopiuj link|Czytaj także: Nowy rozkład jazdy od niedzieli"})
  void aShortPageWithChromeInAnotherLanguageIsAPage(String chrome) {
    // the interface words of the languages whose dates the parser reads are chrome too
    List<String> bottom = new ArrayList<>(List.of(chrome.split("\\|")));
    bottom.addAll(menu(6));
    Article a = parseAndCheckRoundTrip(page(menu(6), ARTICLE, bottom));
    assertEquals(ARTICLE, texts(a));
    for (String line : chrome.split("\\|")) {
      assertTrue(a.boilerplate().contains(line), line);
    }
  }

  @Test
  void aDateWellBelowTheArticleIsAnotherStorys() {
    // under the article's share rail and tags, a list of related stories, each with its date: none of them is
    // the article's date
    List<String> related = new ArrayList<>(List.of("Share", "Print", "Email", "Ferries", "Harbour Town", "Tags",
        "Related stories"));
    for (int i = 1; i <= 4; i++) {
      related.add("Ferry fares to rise in spring number " + i);
      related.add("March " + (i + 2) + ", 2021");
    }
    related.addAll(menu(30));
    ParseReport r = ArticleParser.standard().analyze(page(menu(20), ARTICLE, related));
    assertEquals(ARTICLE, texts(r.article()));
    assertTrue(r.article().published().isEmpty(), r.article().published().toString());
    assertTrue(r.lines().stream().anyMatch(l -> l.rule().equals(HeadDates.DATE_BELOW)));
  }

  @Test
  void aDateRightUnderTheArticleIsItsDate() {
    List<String> bottom = new ArrayList<>(List.of("Published March 3, 2021"));
    bottom.addAll(menu(30));
    Article a = parseAndCheckRoundTrip(page(menu(20), ARTICLE, bottom));
    assertEquals("2021-03-03", a.published().orElseThrow().toString());
  }

  @Test
  void subheadingsAndListItemsBetweenParagraphsAreTheArticles() {
    List<String> article = new ArrayList<>(ARTICLE);
    // (a heading of six words or fewer has a link's shape, and stays the page's: links and headings of boxes
    // look the same in plain text)
    article.add(2, "What the new terminal offers to its passengers");
    article.add(3, "Twelve crossings a day in the summer months");
    article.add(4, "A waiting hall with room for four hundred people");
    Article a = parseAndCheckRoundTrip(page(menu(20), article, menu(30)));
    assertEquals(article, texts(a));
  }

  @Test
  void shortLinesNextToALinkAreThePages() {
    // the same short lines, with a link line between them and the prose: a box of the page, not the article
    List<String> article = new ArrayList<>(ARTICLE);
    article.add(2, "Weather");
    article.add(3, "Twelve crossings a day in the summer months");
    article.add(4, "A waiting hall with room for four hundred people");
    Article a = Newsdoc.parse(page(menu(20), article, menu(30)));
    assertFalse(texts(a).contains("Twelve crossings a day in the summer months"), texts(a).toString());
  }

  @Test
  void aShortListWithoutChromeIsNoPage() {
    // a clean article with a list of fixtures: link-like lines, none of them chrome the rules know
    String[] clubs = {"Harbour", "Quay", "Dunmore", "Tolvan", "Estuary", "Northgate", "Pier", "Saltings", "Lantern",
        "Beacon", "Ferry", "Bridge", "Cliffs", "Dunes", "Marsh", "Moor", "Sound", "Strait", "Reef", "Shoal", "Creek",
        "Inlet", "Bay", "Cove"};
    List<String> fixtures = new ArrayList<>();
    for (int i = 0; i < clubs.length; i++) {
      fixtures.add(clubs[i] + " v " + clubs[(i + 7) % clubs.length]); // 24 lines: as many as a short page
    }
    Article a = Newsdoc.parse(page(List.of(), ARTICLE, fixtures));
    assertTrue(texts(a).containsAll(fixtures), "a clean text keeps every paragraph");
  }

  @Test
  void whatMakesAPage() {
    assertTrue(PageExtractor.isPage(40, 25, 0));
    assertFalse(PageExtractor.isPage(39, 25, 0));
    assertTrue(PageExtractor.isPage(20, 10, 3));
    assertFalse(PageExtractor.isPage(20, 10, 2), "a short text needs chrome the rules know");
    assertFalse(PageExtractor.isPage(19, 10, 3));
    assertFalse(PageExtractor.isPage(40, 11, 3), "link-like lines must be three tenths of the lines");
  }

  @Test
  void aLongTextPrintedTwiceIsATemplate() {
    String cookies = "We keep small files on your device so that the harbour pages load faster, so that we can count"
        + " which stories are read and so that the adverts beside them suit you better; the settings below let"
        + " you say no to any of that whenever you like.";
    List<String> bottom = new ArrayList<>(menu(30));
    bottom.add(cookies);
    bottom.add("Privacy overview");
    bottom.add(cookies);
    bottom.add("Always enabled");
    Article a = parseAndCheckRoundTrip(page(menu(20), ARTICLE, bottom));
    assertEquals(ARTICLE, texts(a));
    assertEquals(2, a.boilerplate().stream().filter(cookies::equals).count());
  }

  @Test
  void shortRepeatedSentencesAreNotTemplates() {
    List<String> interview = new ArrayList<>(ARTICLE);
    interview.add(2, "What made you start?");
    interview.add(4, "What made you start?");
    Article a = parseAndCheckRoundTrip(page(menu(30), interview, menu(20)));
    assertEquals(2, texts(a).stream().filter("What made you start?"::equals).count());
  }

  // Kicker, headline, byline, date and a sentence of each story: a 'more from us' box under the article.
  private static List<String> teaserList(int stories) {
    List<String> box = new ArrayList<>(List.of("More from the Herald", ""));
    String[] topics = {"bridge", "school", "museum", "stadium", "library", "railway"};
    for (int i = 0; i < stories; i++) {
      String topic = topics[i % topics.length];
      box.addAll(List.of("LOCAL NEWS", "", "Plans for the new " + topic + " go on show in the town hall", "",
          "Dana Whitfield", "Tuesday, March 4", "",
          "Residents can see the drawings for the new " + topic + " until the end of the month, and the council"
              + " wants to hear what they think of the design before it decides.", ""));
    }
    return box;
  }

  @Test
  void proseLinesSetApartOneAfterAnotherAreTeasers() {
    List<String> bottom = new ArrayList<>(teaserList(5));
    bottom.addAll(menu(20));
    Article a = parseAndCheckRoundTrip(page(menu(20), ARTICLE, bottom));
    assertEquals(ARTICLE, texts(a));
  }

  @Test
  void oneParagraphSetApartIsNoTeaserList() {
    // The first paragraph stands apart under a byline and a date line; the others follow one another.
    List<String> article = new ArrayList<>(List.of("Dana Whitfield", "Chief reporter", "Tuesday, March 4", ""));
    article.addAll(ARTICLE);
    List<String> bottom = new ArrayList<>(teaserList(2));
    bottom.addAll(menu(20));
    Article a = parseAndCheckRoundTrip(page(menu(20), article, bottom));
    assertTrue(texts(a).containsAll(ARTICLE), texts(a).toString());
  }

  @Test
  void aTableInsideTheArticleIsKept() {
    List<String> table = List.of("1 Harbour Rowing Club 48 12 2", "2 Quay Street Rovers 45 11 3",
        "3 North Pier Athletic 39 9 5", "4 Lighthouse Wanderers 31 7 7", "5 Old Town Mariners 22 4 10");
    List<String> article = new ArrayList<>(ARTICLE.subList(0, 3));
    article.add(String.join("\n", table)); // printed one row under the other
    article.addAll(ARTICLE.subList(3, ARTICLE.size()));
    Article a = parseAndCheckRoundTrip(page(menu(30), article, menu(20)));
    assertTrue(texts(a).containsAll(table), texts(a).toString());
    assertTrue(texts(a).containsAll(ARTICLE), texts(a).toString());
  }

  // A short box of figures under its heading, which the article's prose encloses: the article's. The same rows
  // after the article's last paragraph, over the page's furniture, are not enclosed and stay the page's.
  @Test
  void aShortTableTheProseEnclosesIsKept() {
    List<String> table = List.of("By the numbers", "Ferries a day: 14 in summer", "Crossing time: 35 minutes",
        "Cost of the terminal: 42 million");
    List<String> article = new ArrayList<>(ARTICLE.subList(0, 3));
    article.addAll(table); // each a block of its own
    article.addAll(ARTICLE.subList(3, ARTICLE.size()));
    Article a = parseAndCheckRoundTrip(page(menu(30), article, menu(20)));
    assertTrue(texts(a).containsAll(table), texts(a).toString());
    assertTrue(texts(a).containsAll(ARTICLE), texts(a).toString());
    List<String> after = new ArrayList<>(ARTICLE);
    after.addAll(table);
    Article b = parseAndCheckRoundTrip(page(menu(30), after, menu(20)));
    assertEquals(ARTICLE, texts(b));
  }

  @Test
  void aNumberedListIsNoTable() {
    List<String> list = List.of("1", "Harbour Rowing Club wins the cup", "2", "Quay Street Rovers lose at home",
        "3", "North Pier Athletic sign a new coach");
    List<String> article = new ArrayList<>(ARTICLE.subList(0, 3));
    article.addAll(list);
    article.addAll(ARTICLE.subList(3, ARTICLE.size()));
    Article a = parseAndCheckRoundTrip(page(menu(30), article, menu(20)));
    assertEquals(ARTICLE, texts(a));
  }

  @Test
  void theHeadlineAgainIsTheWholeHeadline() {
    assertTrue(PageExtractor.repeatsHeadline("Officials Report a Sixth Fatality in the County",
        "Officials Report a Sixth Fatality in the County – Channel 7"));
    assertTrue(PageExtractor.repeatsHeadline("Officials Report a Sixth Fatality in the County",
        "Officials Report a Sixth Fatality in the County"));
    // the title goes on with words: a shorter name (a recipe card's), not the headline
    assertFalse(PageExtractor.repeatsHeadline("Spiced Honey Pear Jam Jar",
        "Spiced Honey Pear Jam Jar Recipe | The Kitchen Blog"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Home", "Sign in", "Evernote (21)", "Seven things we learned from the..",
      "You may also like…", "ソフトウェア一般"})
  void linkLike(String line) {
    assertTrue(LineMeasures.isLinkLike(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Top 10 tips", "3-1", "The vote was close.", "Manchester United (2) v Arsenal",
      "キーボードのショートカットを使わずにアプリを起動する方法", "one two three four five six seven"})
  void notLinkLike(String line) {
    assertFalse(LineMeasures.isLinkLike(line), line);
  }

  @Test
  void chineseJapaneseAndKoreanCharactersCountTwice() {
    assertEquals(4, LineMeasures.width("設定"));
    assertEquals(6, LineMeasures.width("a 설정"));
    assertTrue(LineMeasures.isProse("困った挙げ句、色々調べた結果、別の方法でこの設定を変更することにしました。"));
    assertFalse(LineMeasures.isProse("以下、その手順。"));
  }

  // Found by the hostile-input properties (CI seed 9314215339559): a text of short quoted scraps with a menu's
  // share of link-like lines, where no run of prose is as long as an article. Cutting the best short run kept
  // one scrap and made the others chrome; written and read again, the scraps sat in another order and a
  // different scrap won. A page without an article-sized run has no article: no paragraphs, and a problem.
  @Test
  void aPageWithNoRunAsLongAsAnArticleHasNoArticle() {
    StringBuilder b = new StringBuilder("Tide tables\n");
    for (int i = 0; i < 50; i++) {
      b.append("Weather\n").append("\"Short scrap of a quoted line number ").append(i).append(".\"\n")
          .append("Updated every hour\n");
    }
    Article a = parseAndCheckRoundTrip(b.toString());
    assertEquals(List.of(), a.blocks());
    assertEquals(50, a.boilerplate().stream().filter(l -> l.startsWith("\"Short")).count());
    ParseReport report = ArticleParser.standard().analyze(b.toString());
    assertEquals(1, report.problems().size(), report.problems().toString());
    assertEquals(2, report.problems().get(0).line());
    assertTrue(report.problems().get(0).message().startsWith("a page with no article"));
  }

  // Whether a text is a page does not hang on which rule found its chrome: lines the standard rules claim by
  // their words count with the link-like lines nothing claimed.
  @Test
  void chromeClaimedByItsWordsCountsTowardsAPage() {
    List<String> vocabulary = List.of("Share", "Print", "Email", "Comments", "Menu", "Search", "Most read",
        "Back to top", "Copy link", "Editor's pick", "Subscribe", "Skip to content");
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    for (String line : menu(22)) { // fewer link-like lines than a page needs, without the words' chrome
      b.append(line).append("\n\n"); // apart: no block of links, each line alone
    }
    for (String line : vocabulary) {
      b.append(line).append("\n\n");
    }
    ARTICLE.forEach(l -> b.append(l).append("\n\n"));
    String teaser = "Readers also liked this story about the old lighthouse keeper who retired after forty years"
        + " on the rock at the harbour mouth.";
    b.append("\n\n\n").append(teaser).append("\n");
    Article a = parseAndCheckRoundTrip(b.toString());
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().contains(teaser));
  }

  // The article ends at its last line of prose that is no notice of the site: a comment form's consent line
  // and a copyright notice under the article read as prose, but they are the page's.
  @Test
  void theSitesNoticesAtTheEndOfTheArticleAreChrome() {
    List<String> notices = List.of(
        "Keep your name and email in this browser for the next time you write a comment on our pages.",
        "The material on this site may not be reproduced without our written permission, all rights kept.");
    List<String> bottom = new ArrayList<>(notices);
    bottom.addAll(menu(30));
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(12).forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    ARTICLE.forEach(l -> b.append(l).append("\n\n"));
    bottom.forEach(l -> b.append(l).append("\n\n"));
    Article a = parseAndCheckRoundTrip(b.toString());
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().containsAll(notices), a.boilerplate().toString());
  }

  // The canonical writer labels the chrome and puts the article first: read again, its paragraphs stay
  // paragraphs however many of them look like links.
  @Test
  void aCanonicalTextWithLabelledChromeIsNoPage() {
    StringBuilder b = new StringBuilder("Title: Ferry timetable for the winter\n\n");
    for (int i = 0; i < 60; i++) {
      b.append(i % 2 == 0 ? "Monday crossings" : "Extra sailings on Saturday, when the weather allows it.")
          .append("\n\n");
    }
    b.append("\n\n\nBoilerplate: Sign in\n\nBoilerplate: Subscribe\n");
    Article a = parseAndCheckRoundTrip(b.toString());
    assertEquals(60, a.paragraphs().size());
    assertEquals(List.of("Sign in", "Subscribe"), a.boilerplate());
  }
}
