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

/** Headlines of other stories between a page's paragraphs, on invented pages. */
class InsertedHeadlinesTest {
  private static final List<String> OTHER_STORIES = List.of(
      "Lifeboat Crew Rescues Two Kayakers Off Gull Point",
      "School Board Delays Vote on New Sports Hall Again",
      "Seafront Cafe Wins Regional Award for Fish Soup");

  private static String page(List<String> article) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(14).forEach(l -> b.append(l).append('\n'));
    b.append("\nHarbour Town Opens Its New Ferry Terminal After Years of Delay\n\n");
    article.forEach(l -> b.append(l).append("\n\n"));
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  // Every paragraph or so, one headline of another story: a list of links the page threads through the text.
  private static List<String> interleaved(List<String> inserted) {
    List<String> article = new ArrayList<>();
    for (int i = 0; i < ARTICLE.size(); i++) {
      article.add(ARTICLE.get(i));
      if (i < inserted.size() && i + 1 < ARTICLE.size()) {
        article.add(inserted.get(i));
      }
    }
    return article;
  }

  @Test
  void threeHeadlinesOfOtherStoriesBetweenParagraphsAreThePages() {
    Article a = parseAndCheckRoundTrip(page(interleaved(OTHER_STORIES)));
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().containsAll(OTHER_STORIES));
  }

  // One title-case line between paragraphs may be a subheading: it stays.
  @Test
  void oneTitleCaseLineAloneStays() {
    List<String> article = interleaved(OTHER_STORIES.subList(0, 1));
    assertEquals(article, texts(parseAndCheckRoundTrip(page(article))));
  }

  // Subheadings in title case announce the paragraph under them, which takes up one of their words.
  @Test
  void titleCaseSubheadingsThatLeadIntoTheirParagraphStay() {
    List<String> subheadings = List.of(
        "Why Hundreds Queued Along the Quay Before Dawn",
        "What the Mayor Promised for the Building",
        "Critics Want an Inquiry Into the Contract");
    List<String> article = new ArrayList<>();
    article.add(ARTICLE.get(0));
    for (int i = 0; i < subheadings.size(); i++) {
      article.add(subheadings.get(i));
      article.add(ARTICLE.get(i + 1));
    }
    assertEquals(article, texts(parseAndCheckRoundTrip(page(article))));
  }

  // An interview's short answers in title case open with the label of its long answers: the article's, not
  // headlines of other stories (ArticleLabels).
  @Test
  void answersThatOpenWithTheInterviewsLabelStay() {
    List<String> article = new ArrayList<>(ARTICLE.subList(0, 1));
    article.add("A: We Moved Here When My Father Opened His Boatyard, and we never left the harbour since then.");
    article.add("Q: Favourite places on the coast?");
    article.add("A: Gull Point, Quay Street Market, Harbour Hill");
    article.add("Q: Favourite books about the sea?");
    article.add("A: The Long Crossing and Salt Winds Over Gull Point");
    article.add("Q: Favourite musicians from the town?");
    article.add("A: Ann Lee, Tom Cole, Harbour Town Brass Band");
    article.add("A: We Hope the Terminal Brings Back the Summer Visitors, and the council will listen to us.");
    article.addAll(ARTICLE.subList(1, ARTICLE.size()));
    assertEquals(article, texts(parseAndCheckRoundTrip(page(article))));
  }

  // A short sentence of the article over or under the headline is text all the same.
  @Test
  void shortSentencesAroundTheHeadlinesAreTheArticlesText() {
    List<String> article = new ArrayList<>(interleaved(OTHER_STORIES));
    article.add(2, "Nobody complained.");
    Article a = parseAndCheckRoundTrip(page(article));
    assertFalse(texts(a).contains(OTHER_STORIES.get(0)));
    assertTrue(texts(a).contains("Nobody complained."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Lifeboat Crew Rescues Two Kayakers Off Gull Point",
      "'Never Again' Says Mayor After Third Ferry Breakdown", "9-Month-Old Puppy Found Safe After Storm Search"})
  void insertedHeadlines(String line) {
    assertTrue(InsertedHeadlines.isInsertedHeadline(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The Road Ahead", "The council said the ferry would run until midnight.",
      "Lifeboat crew rescues two kayakers off Gull Point", "7) Call Me by Your Name Tonight Again",
      "^ Harbour, Anna (March 15, 2015). \"Ferry Terminal Opens", "Ferry Terminal Opens Today | Coast Herald Live"})
  void notInsertedHeadlines(String line) {
    assertFalse(InsertedHeadlines.isInsertedHeadline(line), line);
  }

  @Test
  void aSubheadingSharesAWordWithTheParagraphUnderIt() {
    assertTrue(InsertedHeadlines.shares("Make a List of Everything You Own", "Start with the listing of rooms."));
    assertFalse(InsertedHeadlines.shares("Seafront Cafe Wins Regional Award", "The mayor thanked the engineers."));
  }
}
