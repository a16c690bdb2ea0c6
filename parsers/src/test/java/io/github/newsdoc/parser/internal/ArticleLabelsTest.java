package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static io.github.newsdoc.parser.internal.PageExtractorTest.ARTICLE;
import static io.github.newsdoc.parser.internal.AnnouncedListsTest.page;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static io.github.newsdoc.parser.internal.PageExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An interview's labels on a page, on invented pages. */
class ArticleLabelsTest {
  private static final List<String> INTERVIEW = List.of(
      "Q: Where did you grow up?",
      "A: In a fishing village two hours north of Harbour Town, where my father repaired boats for a living and"
          + " my mother taught at the only school for miles around.",
      "Q: Favourite crossing?",
      "A: Gull Point",
      "Q: Favourite food on board?",
      "A: Fish soup, Quay Bakery rolls, Harbour Dairy Ice Cream",
      "Q: What would you change about the new terminal if the council asked you tomorrow?",
      "A: I would ask for a covered waiting room, because the wind off the water is cruel in winter and the"
          + " queue for the morning boat is long.");


  private static List<String> article(List<String> interview) {
    List<String> article = new ArrayList<>(ARTICLE.subList(0, 2));
    article.addAll(interview);
    article.addAll(ARTICLE.subList(2, ARTICLE.size()));
    return article;
  }

  // Short answers look like links, but open with the label of the interview's long answers: the article's.
  @Test
  void shortAnswersOfAnInterviewAreTheArticles() {
    List<String> article = article(INTERVIEW);
    Article a = parseAndCheckRoundTrip(page(article));
    assertEquals(article, texts(a));
  }

  // With one long answer only, a label is not the article's yet, and a short line is read by its shape.
  @Test
  void oneLineOfProseMakesNoLabel() {
    List<String> interview = new ArrayList<>(INTERVIEW.subList(0, 6));
    String text = page(article(interview));
    parseAndCheckRoundTrip(text);
    // the page's rules read it as a link by its shape (the page-line model may then overrule them: its rule
    // names theirs after a slash)
    String rule = ArticleParser.standard().analyze(text).lines().stream()
        .filter(l -> l.text().equals("A: Gull Point")).findFirst().orElseThrow().rule();
    assertTrue(rule.replaceFirst("^model:[a-z-]+/", "").startsWith("page:"), rule);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Q: Where next?|Q", "Ann Lee: We waited.|Ann Lee", "A:|A"})
  void labels(String line, String label) {
    assertEquals(label, ArticleLabels.label(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"At 10:30 the boat left", "https://example.org/ferry", "No label here",
      "The council said on Monday: no", ": opening colon"})
  void noLabel(String line) {
    assertNull(ArticleLabels.label(line));
  }
}
