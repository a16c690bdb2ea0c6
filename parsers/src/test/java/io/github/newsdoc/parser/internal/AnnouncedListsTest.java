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

/** Lists a page's article announces with a colon, on invented pages. */
class AnnouncedListsTest {
  private static final String ANNOUNCES = "After the opening the council listed what the terminal still lacks,"
      + " and residents who spoke at the meeting added their own wishes to it:";
  private static final List<String> ITEMS = List.of("A covered waiting room", "Parking for bicycles",
      "A timetable screen", "SECOND PHASE", "A cafe on the quay", "Lifts to the upper deck");

  /** A page: a title line, a menu, the article's lines apart, and the page's long menu under them. */
  static String page(List<String> article) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(14).forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    article.forEach(l -> b.append(l).append("\n\n"));
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  private static List<String> article(String before, List<String> items) {
    List<String> article = new ArrayList<>(ARTICLE.subList(0, 2));
    article.add(before);
    article.addAll(items);
    article.addAll(ARTICLE.subList(2, ARTICLE.size()));
    return article;
  }

  // Short items that look like a menu's links, under a sentence that ends with a colon: the article's list.
  @Test
  void theItemsUnderAColonAreTheArticles() {
    List<String> article = article(ANNOUNCES, ITEMS);
    assertEquals(article, texts(parseAndCheckRoundTrip(page(article))));
  }

  // A picture with its caption under the list, before the prose goes on: the list is the article's all the same.
  @Test
  void aCaptionUnderTheListEndsItAsProseDoes() {
    List<String> items = new ArrayList<>(ITEMS);
    items.add("The new quay at dawn on Monday. Photo / Lena Ortt/Getty Images");
    List<String> article = article(ANNOUNCES, items);
    Article a = parseAndCheckRoundTrip(page(article));
    assertTrue(texts(a).containsAll(ITEMS), texts(a).toString());
    assertEquals(1, a.captions().size());
  }

  // The same items under a sentence that announces nothing are read by their shape, as links.
  @Test
  void withoutTheColonTheyAreReadByTheirShape() {
    List<String> article = article(ANNOUNCES.replace(":", "."), ITEMS);
    Article a = parseAndCheckRoundTrip(page(article));
    assertFalse(texts(a).contains("Parking for bicycles"), texts(a).toString());
  }

  // A line a rule claims by its words (a share button) breaks the list: the site's, not the writer's.
  @Test
  void aClaimedLineBreaksTheList() {
    List<String> items = new ArrayList<>(ITEMS);
    items.add(2, "Share");
    Article a = parseAndCheckRoundTrip(page(article(ANNOUNCES, items)));
    assertFalse(texts(a).contains("Share"));
    assertTrue(a.boilerplate().contains("Share"), a.boilerplate().toString());
  }

  // The article's last line announces a numbered list; each item has its link under it; then the page's menu.
  private static List<String> numbered(String last) {
    List<String> article = new ArrayList<>(ARTICLE);
    article.add(last);
    for (int k = 1; k <= 5; k++) {
      article.add(k + ") Harbour Town gift box number " + k);
      article.add("https://shop.example/box" + k);
    }
    return article;
  }

  private static String pageWithoutBlanks(List<String> article) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(14).forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    article.forEach(l -> b.append(l).append(l.startsWith("https") || l.endsWith(":") ? "\n\n" : "\n"));
    b.append('\n');
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  @Test
  void aNumberedListTheLastLineAnnouncesIsTheArticles() {
    List<String> article = numbered("The shop on the quay sells these gifts for visitors:");
    Article a = parseAndCheckRoundTrip(pageWithoutBlanks(article));
    assertEquals(article, texts(a));
  }

  @Test
  void aNumberedListAfterALineThatAnnouncesNothingIsThePages() {
    List<String> article = numbered("The shop on the quay sells gifts for visitors.");
    Article a = parseAndCheckRoundTrip(pageWithoutBlanks(article));
    assertFalse(texts(a).contains("1) Harbour Town gift box number 1"), texts(a).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"They asked for three things:", "以下、その手順\uFF1A"})
  void announces(String line) {
    assertTrue(AnnouncedLists.announces(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"They asked for three things.", "Time: 10:30", "Read more"})
  void announcesNothing(String line) {
    assertFalse(AnnouncedLists.announces(line));
  }
}
