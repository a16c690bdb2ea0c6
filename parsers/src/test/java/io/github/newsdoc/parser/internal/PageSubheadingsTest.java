package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static io.github.newsdoc.parser.internal.PageExtractorTest.ARTICLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.TITLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static io.github.newsdoc.parser.internal.PageExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short subheadings inside a page's article, on invented pages. */
class PageSubheadingsTest {
  private static String page(List<String> article) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(12).forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    article.forEach(l -> b.append(l).append("\n\n"));
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  private static List<String> withLine(String line) {
    List<String> article = new ArrayList<>(ARTICLE);
    article.add(2, line);
    return article;
  }

  // A subheading as short as a menu item, right between two paragraphs, is the article's.
  @Test
  void aShortSubheadingBetweenParagraphsIsKept() {
    List<String> article = withLine("Foundations rebuilt");
    Article a = parseAndCheckRoundTrip(page(article));
    assertEquals(article, texts(a));
  }

  // The same place, but a line the page prints twice (an advert label) or a label: the page's.
  @Test
  void aRepeatedLineOrALabelBetweenParagraphsIsTheSites() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.add(1, "Sponsored links");
    article.add(3, "Sponsored links");
    article.add(5, "Related: Ferry fares");
    Article a = parseAndCheckRoundTrip(page(article));
    assertEquals(ARTICLE, texts(a));
  }

  // A link between paragraphs that only leads on ('Read more', 'Story continues') is standard chrome, in any
  // text.
  @ParameterizedTest
  @ValueSource(strings = {"Read more", "Read More", "Story continues", "Čtěte také: Nový jízdní řád od neděle",
      "Lees ook: Nieuwe dienstregeling vanaf zondag", "Læs også: Færgen sejler igen fra mandag",
      "Citește și: Feribotul pleacă din nou luni", "Baca juga: Kapal feri kembali berlayar", "Kommentarer", "Annons",
      "यह भी पढ़ें- नई नौका सोमवार से चलेगी", "Читайте також: Пором знову курсує з понеділка",
      "Διαβάστε επίσης: Το πλοίο ξανά",
      "اقرأ أيضا: العبارة تعود", "Xem thêm: Phà chạy lại từ thứ Hai", "관련기사", "コメント", "廣告", "Поделиться"})
  void linksThatLeadOnAreChrome(String line) {
    String text = "Harbour Town Opens Its New Ferry Terminal\n\n" + ARTICLE.get(0) + "\n\n" + line + "\n\n"
        + ARTICLE.get(1) + "\n";
    Article a = parseAndCheckRoundTrip(text);
    assertEquals(ARTICLE.subList(0, 2), texts(a));
    assertEquals(List.of(line), a.boilerplate());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Module efficiency", "WHAT THE COUNCIL WANTS", "'We are price takers'",
      "One chapter over, another begun"})
  void subheadings(String line) {
    assertTrue(Subheadings.isSubheading(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Conclusion", "You may also like...", "View all (4)", "Related: Ferry fares",
      "Photo by Ann Lee/Coast Herald", "[ Coast Herald ]", "Leave a comment", "___", "Follow @coastherald"})
  void notSubheadings(String line) {
    assertFalse(Subheadings.isSubheading(line), line);
  }

  // A subheading under a related link, with prose below it but the link above: the heading is the
  // article's, the link the page's.
  @Test
  void aSubheadingUnderAnInlineLinkIsKept() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.add(2, "Related: Ferry fares for islanders");
    article.add(3, "WHAT THE COUNCIL WANTS");
    Article a = parseAndCheckRoundTrip(page(article));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.add(2, "WHAT THE COUNCIL WANTS");
    assertEquals(expected, texts(a));
    assertTrue(a.boilerplate().contains("Related: Ferry fares for islanders"), a.boilerplate().toString());
  }

  // A subheading too long for a link's shape (seven words, no prose) under a 'Read also' link: the article's.
  @Test
  void aLongerSubheadingUnderAReadAlsoLinkIsKept() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.add(2, "Read also: Ferry fares for islanders to rise in spring");
    article.add(3, "Officials say the new boat arrives within two days");
    Article a = parseAndCheckRoundTrip(page(article));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.add(2, "Officials say the new boat arrives within two days");
    assertEquals(expected, texts(a));
  }

  // A prompt of the page's interface under an advertisement's label is no subheading.
  @Test
  void aPromptUnderAnAdvertisementIsTheSites() {
    for (String prompt : List.of("Scroll down to keep reading the rest of this story",
        "Tap to see more pictures of the flooded streets", "Watch the video of the rescue on our channel")) {
      List<String> article = new ArrayList<>(ARTICLE);
      article.add(2, "Advertisement");
      article.add(3, prompt);
      Article a = parseAndCheckRoundTrip(page(article));
      assertEquals(ARTICLE, texts(a), prompt);
    }
  }

  // A box's title, its print button and a one-word heading, between two paragraphs: both headings are the
  // article's, the button the page's.
  @Test
  void headingsBesideAPrintButtonAreKept() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("Ferry timetable", "Print", "Crossings"));
    Article a = parseAndCheckRoundTrip(page(article));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.addAll(2, List.of("Ferry timetable", "Crossings"));
    assertEquals(expected, texts(a));
    assertTrue(a.boilerplate().contains("Print"), a.boilerplate().toString());
  }

  // A subheading under an advertisement's label and an app promotion (no prose, not a link), or under a
  // broadcast note of a label and a dated line: the heading is the article's, the lines above it the page's.
  @Test
  void aSubheadingUnderSeveralLinesSetAsideIsKept() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("▶ Get the Coast Courier on your phone", "ADVERTISEMENT", "What the council says"));
    article.addAll(6, List.of("Broadcast note\n“Coast Tonight”, 14.11.2024", "Not the first closure"));
    Article a = parseAndCheckRoundTrip(page(article));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.add(2, "What the council says");
    expected.add(4, "Not the first closure");
    assertEquals(expected, texts(a));
    assertTrue(a.boilerplate().containsAll(List.of("ADVERTISEMENT", "▶ Get the Coast Courier on your phone",
        "“Coast Tonight”, 14.11.2024")), a.boilerplate().toString());
  }

  // Under a label that leads on to another story, after an advertisement's label, the line is that story's
  // link, not a subheading.
  @Test
  void aLinkUnderALabelThatLeadsOnIsTheSites() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(3, List.of("ADVERTISEMENT", "Read more", "Ferry fares to rise in May"));
    Article a = parseAndCheckRoundTrip(page(article));
    assertEquals(ARTICLE, texts(a));
  }

  // A picture may stand between a subheading and the text it heads: the heading is the article's, and the
  // caption stays a caption.
  @Test
  void aSubheadingOverAPictureIsKept() {
    String caption = "A ferry waits at the old pier on Monday. (Photo: Ann Lee/Coast Courier)";
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("Islanders count the cost", caption));
    Article a = parseAndCheckRoundTrip(page(article));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.addAll(2, List.of("Islanders count the cost", "A ferry waits at the old pier on Monday."));
    assertEquals(expected, texts(a));
    assertEquals(1, a.captions().size(), a.captions().toString());
    assertEquals(ARTICLE.size() + 1, a.paragraphs().size(), "the heading is a paragraph, the caption is not");
  }

  // A newsletter box's heading between a caption and the box's offer names the interface: no subheading.
  @Test
  void aNewsletterBoxHeadingIsNoSubheading() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("Breaking News Emails"));
    Article a = parseAndCheckRoundTrip(page(article));
    assertEquals(ARTICLE, texts(a));
  }

  // A box's heading over a link, or a heading printed right against a link (the links of a list): no
  // subheading heads the paragraph below, and both lines are the page's.
  @Test
  void aHeadingOverALinkOrInAListOfLinksIsTheSites() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("Explore further", "Profile: the harbour master"));
    article.add(5, "Profile: Mara Quill\nTimeline of the terminal");
    Article a = parseAndCheckRoundTrip(page(article));
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().containsAll(List.of("Explore further", "Timeline of the terminal")),
        a.boilerplate().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ingredients", "INSTRUCTIONS", "Conclusion", "Module efficiency"})
  void headings(String line) {
    assertTrue(Subheadings.isHeading(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mix", "Trending", "Comments", "dp3_1_en", "iPhone", "Related: Ferry fares"})
  void notHeadings(String line) {
    assertFalse(Subheadings.isHeading(line), line);
  }

  // The article's lines one under the other, with no blank line between them (as many scrapers save a page).
  private static String pageWithoutBlankLines(List<String> article) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(12).forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    article.forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  // Without blank lines: links printed one under the other are a list, and a heading over a line no rule
  // claims (a broadcast note's title and date) heads that note: all of them are the page's.
  @Test
  void withoutBlankLinesAListOfLinksOrANotesHeadingIsTheSites() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("Profile: Mara Quill", "Timeline of the terminal"));
    article.addAll(5, List.of("Broadcast note", "\u201cCoast Tonight\u201d, 14.11.2024"));
    Article a = parseAndCheckRoundTrip(pageWithoutBlankLines(article));
    assertEquals(ARTICLE, a.paragraphs().stream().map(p -> p.text()).toList());
  }

  // On a page that stacks its paragraphs, a subheading printed right over its paragraph and right under an
  // inline link to another story heads the text below: it is the article's, the link the page's.
  @Test
  void onAPageThatStacksItsParagraphsASubheadingUnderALinkIsKept() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("Read also: Ferry fares to rise in May", "Islanders count the cost"));
    Article a = parseAndCheckRoundTrip(pageWithoutBlankLines(article));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.add(2, "Islanders count the cost");
    assertEquals(expected, texts(a));
    assertTrue(a.boilerplate().contains("Read also: Ferry fares to rise in May"), a.boilerplate().toString());
  }

  // On a page that stacks its paragraphs, a label that leads on to another story and that story's headline
  // stay the page's, though nothing but the paragraphs stands around them.
  @Test
  void onAPageThatStacksItsParagraphsALabelledLinkIsTheSites() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("Related article", "How the old pier was saved by a village vote"));
    Article a = parseAndCheckRoundTrip(pageWithoutBlankLines(article));
    assertEquals(ARTICLE, texts(a));
  }

  // A subheading too short to count as a sentence and no link ('Who pays now?'), under an inline link: the
  // article's (a guard: the headings beside chrome now include such lines).
  @Test
  void aShortQuestionUnderAnInlineLinkIsKept() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("Related: Ferry fares for islanders", "Who pays now?"));
    Article a = parseAndCheckRoundTrip(page(article));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.add(2, "Who pays now?");
    assertEquals(expected, texts(a));
  }

  // A sponsored box between paragraphs: its label, the promoted headline and its button are the page's.
  @Test
  void aSponsoredBoxIsTheSites() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("Sponsored", "How one harbour cut its queues by 30% with a ticket app", "Learn more"));
    Article a = parseAndCheckRoundTrip(page(article));
    assertEquals(ARTICLE, texts(a));
  }

  // A subheading that opens with a word of a label that leads on ('More questions than answers'), or one under an
  // ad slot's label ('Sponsored'), is the article's: only chrome, or an unclaimed label of two words, leads on.
  @Test
  void subheadingsBesideAdLabelsAreKept() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.addAll(2, List.of("More questions than answers", "Advertisement", "Paying for the line"));
    article.addAll(6, List.of("Sponsored", "The cost"));
    Article a = parseAndCheckRoundTrip(page(article));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.addAll(2, List.of("More questions than answers", "Paying for the line"));
    expected.add(5, "The cost");
    assertEquals(expected, texts(a));
  }
}
