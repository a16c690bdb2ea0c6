package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.PageExtractorTest.ARTICLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static io.github.newsdoc.parser.internal.PageExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An embedded post at the end of a page's article, with its signature; the page is made up. */
class EmbeddedPostTest {
  private static final String HEADLINE = "Harbour Town Opens Its New Ferry Terminal After Years of Delay";
  private static final String POST = "Queued at six, first on board at seven, and the coffee on the new ferry is"
      + " better than the old one. Worth the wait.";
  static final String SIGNATURE = "\u2014 Harbour Watcher (@harbourwatch) March 3, 2026";

  static String page(String signature) {
    StringBuilder b = new StringBuilder(HEADLINE).append(" - Coast Herald\n\n");
    menu(30).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(HEADLINE).append("\n\nBy Mara Quill\n\n");
    ARTICLE.forEach(l -> b.append(l).append("\n\n"));
    b.append(POST).append("\n\n").append(signature).append("\n\n");
    menu(20).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  @Test
  void theSignatureOfAPostThatEndsTheArticleIsTheArticles() {
    Article a = parseAndCheckRoundTrip(page(SIGNATURE));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.add(POST);
    expected.add(SIGNATURE);
    assertEquals(expected, texts(a));
  }

  // a dash and a name with no handle is no post's signature: the line stays outside the article
  @Test
  void aDashedLineWithNoHandleIsNoSignature() {
    Article a = parseAndCheckRoundTrip(page("\u2014 Contact the newsroom"));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.add(POST);
    assertEquals(expected, texts(a));
  }
}
