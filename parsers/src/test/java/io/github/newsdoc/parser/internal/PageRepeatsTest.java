package io.github.newsdoc.parser.internal;

import org.junit.jupiter.api.Test;
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
import static org.quicktheories.QuickTheory.qt;

/** Lines a page prints again and again between the article's paragraphs, on invented pages. */
class PageRepeatsTest {
  private static final int EXAMPLES = 40;
  private static final List<String> OPENINGS = List.of("Drone footage shows", "Watch the moment",
      "Live pictures capture", "Harbour camera records", "Video from the quay shows");
  private static final List<String> ENDINGS = List.of("the first ferry leaving the new terminal in Harbour Town",
      "crowds gathering on the quay before the opening of the terminal",
      "the storm that delayed the building work by a whole winter");

  private static String page(List<String> article) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(12).forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    article.forEach(l -> b.append(l).append("\n\n"));
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  // The article with the line after each of its first paragraphs, times times in all.
  private static List<String> withLine(String line, int times) {
    List<String> article = new ArrayList<>();
    for (int i = 0; i < ARTICLE.size(); i++) {
      article.add(ARTICLE.get(i));
      if (i < times) {
        article.add(line);
      }
    }
    return article;
  }

  // A video's title printed over each of its players (no sentence, three times) is the page's, wherever it
  // stands: between paragraphs as well as around the article.
  @Test
  void aLabelPrintedThreeTimesBetweenParagraphsIsTheSites() {
    String label = "Drone footage shows the first ferry leaving the new terminal";
    assertEquals(ARTICLE, texts(parseAndCheckRoundTrip(page(withLine(label, 3)))));
  }

  // Printed once, the same line between two paragraphs is the article's (a subheading, a list item).
  @Test
  void theSameLinePrintedOnceIsTheArticles() {
    String label = "Drone footage shows the first ferry leaving the new terminal";
    List<String> article = withLine(label, 1);
    assertEquals(article, texts(parseAndCheckRoundTrip(page(article))));
  }

  // A sentence asked again (an interviewer's question to each guest) stays, however often it is printed.
  @Test
  void aQuestionAskedThreeTimesStays() {
    List<String> article = withLine("What would you change about the new ferry terminal in Harbour Town?", 3);
    assertEquals(article, texts(parseAndCheckRoundTrip(page(article))));
  }

  // Property: a label that ends no sentence, printed three or four times between the paragraphs of an
  // article on a page, never becomes a paragraph; the article's paragraphs are all kept.
  @Test
  void labelsPrintedOftenNeverBecomeParagraphs() {
    Gen<String> labels = Generate.pick(OPENINGS).zip(Generate.pick(ENDINGS), (a, b) -> a + " " + b);
    qt().withExamples(EXAMPLES).forAll(labels, Generate.range(3, 4))
        .check((label, times) -> texts(parseAndCheckRoundTrip(page(withLine(label, times)))).equals(ARTICLE));
  }

  // A gallery between two parts of the article prints the headline again among its captions and controls: the
  // article under its headline, byline and date goes on past it, and its first part is no page furniture.
  @Test
  void theHeadlinePrintedAgainInAGalleryInsideTheArticleDoesNotStartIt() {
    String headline = "Harbour Town Opens Its New Ferry Terminal After Years of Delay";
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(12).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(headline).append("\nBy Mira Holt\nApril 5, 2024\n\n");
    int half = ARTICLE.size() / 2;
    ARTICLE.subList(0, half).forEach(l -> b.append(l).append("\n\n"));
    b.append("Image 1 of 4\nClose\n").append(headline).append("\n1 / 4\nBack to Gallery\n\n");
    ARTICLE.subList(half, ARTICLE.size()).forEach(l -> b.append(l).append("\n\n"));
    menu(30).forEach(l -> b.append(l).append('\n'));
    io.github.newsdoc.model.Article a = parseAndCheckRoundTrip(b.toString());
    assertEquals(ARTICLE, a.paragraphs().stream().map(io.github.newsdoc.model.Block::text).toList());
  }
}
