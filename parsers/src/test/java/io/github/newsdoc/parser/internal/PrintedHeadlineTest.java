package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.PageExtractorTest.ARTICLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static io.github.newsdoc.parser.internal.PageExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The title of a page is the headline printed above its article; the browser's title line, which carries the
 * site's name after the headline, is the fallback. Invented pages.
 */
class PrintedHeadlineTest {
  // a short article, whose prose alone does not show where it starts
  private static final List<String> BODY = ARTICLE.subList(0, 3);
  private static final String HEADLINE = "Harbour Town Opens Its New Ferry Terminal After Years of Delay";

  // Another story's teaser, prose-shaped, between the menus above the article: the headline is not read from
  // where the prose starts, only from the page's printing it again above the article.
  private static final String TEASER = "Lighthouse Keeper Retires After Forty Years The keeper of the Carrow Point"
      + " light has handed over the keys after four decades of watching the sound, and says he will miss the storms"
      + " most of all.";

  private static String page(String titleLine, String printed) {
    StringBuilder b = new StringBuilder(titleLine).append("\n\n");
    menu(12).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(TEASER).append("\n\n");
    menu(20).subList(12, 20).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(printed).append("\n\n");
    BODY.forEach(l -> b.append(l).append("\n\n"));
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  // A site's name no list knows ("Coast Telly"): the printed headline shows where the headline ends.
  @Test
  void thePrintedHeadlineWithoutTheSitesNameIsTheTitle() {
    String browser = HEADLINE + " \u2013 Coast Telly";
    Article a = parseAndCheckRoundTrip(page(browser, HEADLINE));
    assertEquals(HEADLINE, a.title());
    assertTrue(a.boilerplate().contains(browser), a.boilerplate().toString());
    assertEquals(BODY, texts(a));
  }

  // Printed alike, or with more than a site's name after it, the title line stays the title.
  @Test
  void aTitleLineWithNoSitesNameStaysTheTitle() {
    assertEquals(1, titleLine(page(HEADLINE, HEADLINE)));
    String subtitled = HEADLINE + ": What the Island Gains";
    assertEquals(1, titleLine(page(subtitled, HEADLINE)));
    assertEquals(subtitled, parseAndCheckRoundTrip(page(subtitled, HEADLINE)).title());
    assertEquals(1, titleLine(page(HEADLINE + " \u2013 Coast Telly", HEADLINE + " today")));
  }

  private static int titleLine(String text) {
    return ArticleParser.builder().quotes(false).entities(false).build().analyze(text).lines().stream()
        .filter(l -> l.role() == LineRole.TITLE).findFirst().orElseThrow().line();
  }
}
