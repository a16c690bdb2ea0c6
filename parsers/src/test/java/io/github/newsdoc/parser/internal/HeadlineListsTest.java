package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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
import static org.quicktheories.QuickTheory.qt;

/** Lists of other articles' headlines on a page ({@link HeadlineLists}), on invented pages. */
class HeadlineListsTest {
  private static final int EXAMPLES = Math.min(200, Integer.getInteger("newsdoc.properties", 1_000));
  private static final List<String> RELATED = List.of(
      "Ferry Operator Orders Two New Boats for the Island Route",
      "Harbour Council Votes to Rebuild the Old Fish Market",
      "Why the Coast Road Floods Every Winter, and What Could Stop It");

  // A page: a menu, the headline, the article's paragraphs (blank lines between them), then `foot`, one line
  // under the other, a closing paragraph and the site's footer menu.
  private static String page(List<String> article, List<String> foot) {
    return page(article, foot, "This story was first reported by the Coast Herald's harbour desk on Monday morning.");
  }

  private static String page(List<String> article, List<String> foot, String closing) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(12).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append("Harbour Town Opens Its New Ferry Terminal After Years of Delay").append("\n\n");
    article.forEach(l -> b.append(l).append("\n\n"));
    foot.forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(closing).append("\n\n");
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  // Headlines of other stories under the article's last paragraph, with a line of prose under them: the list
  // is the page's, though it stands between prose.
  @Test
  void aListOfHeadlinesUnderTheArticleIsNotItsText() {
    Article a = parseAndCheckRoundTrip(page(ARTICLE, RELATED));
    assertFalse(texts(a).stream().anyMatch(RELATED::contains), texts(a).toString());
    assertEquals(ARTICLE, texts(a).subList(0, ARTICLE.size()));
  }

  // The same list between two paragraphs (a 'related stories' box in the body): the page's too.
  @Test
  void aListOfHeadlinesBetweenParagraphsIsNotTheArticles() {
    List<String> article = new ArrayList<>(ARTICLE.subList(0, 2));
    article.add(String.join("\n", RELATED));
    article.addAll(ARTICLE.subList(2, ARTICLE.size()));
    Article a = parseAndCheckRoundTrip(page(article, List.of()));
    assertEquals(ARTICLE, texts(a).subList(0, ARTICLE.size()));
  }

  // A list the article introduces with a colon is the article's.
  @Test
  void aListTheArticleIntroducesIsKept() {
    List<String> article = new ArrayList<>(ARTICLE.subList(0, 2));
    article.add("The operator named the boats that will sail the new route this summer:\n"
        + "The Silver Heron from the Northern Yard\nThe Morning Tern from the Old Harbour Works");
    article.addAll(ARTICLE.subList(2, ARTICLE.size()));
    Article a = parseAndCheckRoundTrip(page(article, List.of()));
    assertTrue(texts(a).contains("The Silver Heron from the Northern Yard"), texts(a).toString());
    assertTrue(texts(a).contains("The Morning Tern from the Old Harbour Works"), texts(a).toString());
  }

  @Test
  void listsAreRunsOfAtLeastTwoLinesOneUnderTheOther() {
    List<Line> lines = List.of(new Line(1, RELATED.get(0), RELATED.get(0), true),
        new Line(2, RELATED.get(1), RELATED.get(1), false),
        new Line(4, RELATED.get(2), RELATED.get(2), true),
        new Line(6, "Tide Tables for the Week Ahead in Harbour Town", "Tide Tables for the Week Ahead in Harbour Town",
            true));
    boolean[] listed = HeadlineLists.find(lines, new io.github.newsdoc.parser.LineRole[4]);
    assertTrue(listed[0] && listed[1], "two headlines one under the other");
    assertFalse(listed[2] || listed[3], "headlines standing alone, blank lines around them");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ferry Operator Orders Two New Boats", "12 Things to Do on the Island This Summer",
      "Why does the coast road flood every winter?", "Harbour Council: The Vote on the Fish Market",
      "\u2018Hard choices\u2019 ahead for the harbour board"})
  void headlineShapes(String line) {
    assertTrue(HeadlineLists.isHeadline(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ferry boats", "2 cups of rolled oats, soaked", "1 tsp ground ginger and cloves",
      "The ferry left on time despite the wind.", "Here is what the council decided:",
      "the operator plans twelve crossings a day", "Harbour news, weather and tides,",
      "3 North Pier Athletic 39 9 5"})
  void notHeadlineShapes(String line) {
    assertFalse(HeadlineLists.isHeadline(line), line);
  }

  private static final List<String> WORDS = List.of("Harbour", "Council", "Ferry", "Island", "Market", "Storm",
      "Bridge", "School", "Festival", "Museum", "Station", "Lighthouse");

  // Whatever the headlines, a list of them added under an article (the site's footer under it) never changes
  // its paragraphs.
  @Test
  void addingAListOfHeadlinesNeverChangesTheArticle() {
    Gen<String> headline = Generate.pick(WORDS).zip(Generate.pick(WORDS), Generate.pick(WORDS),
        Generate.range(0, 3), (a, b, c, k) -> List.of("New", "Old", "Why the", "How the").get(k) + " " + a + " "
            + b + " Plans to Reopen the " + c);
    Gen<List<String>> lists = Generate.range(2, 6).flatMap(n -> listOf(headline, n)).assuming(l -> l.size() >= 2);
    assertEquals(ARTICLE, texts(parseAndCheckRoundTrip(page(ARTICLE, List.of(), "Archive"))));
    qt().withExamples(EXAMPLES).forAll(lists)
        .check(list -> texts(parseAndCheckRoundTrip(page(ARTICLE, list, "Archive"))).equals(ARTICLE));
  }

  // A clean article (no page around it) keeps every paragraph, however short and headline-like its lines.
  @Test
  void aCleanArticleKeepsHeadlineShapedParagraphs() {
    Gen<List<String>> lists = Generate.range(2, 3).flatMap(n -> listOf(Generate.pick(RELATED), n)).assuming(l -> l.size() >= 2);
    qt().withExamples(EXAMPLES).forAll(lists)
        .check(list -> {
          List<String> article = new ArrayList<>(ARTICLE.subList(0, 2));
          article.add(String.join("\n", list));
          article.addAll(ARTICLE.subList(2, ARTICLE.size()));
          String text = "Harbour Town Opens Its New Ferry Terminal\n\n" + String.join("\n\n", article) + "\n";
          List<String> expected = new ArrayList<>(ARTICLE.subList(0, 2));
          expected.addAll(list);
          expected.addAll(ARTICLE.subList(2, ARTICLE.size()));
          return texts(parseAndCheckRoundTrip(text)).equals(expected);
        });
  }

  // Up to n distinct items (a line the page prints twice is a repeat, another rule's matter), at least two.
  private static Gen<List<String>> listOf(Gen<String> items, int n) {
    return rnd -> {
      List<String> list = new ArrayList<>();
      for (int tries = 0; list.size() < n && tries < 10 * n; tries++) {
        String item = items.generate(rnd);
        if (!list.contains(item)) {
          list.add(item);
        }
      }
      return list;
    };
  }
}
