package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.PageExtractorTest.ARTICLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Author lines of other stories, in a list well below a page's article; the pages are made up. */
class BylinesBelowTest {
  private static final String HEADLINE = "Harbour Town Opens Its New Ferry Terminal After Years of Delay";
  private static final List<String> MORE = List.of("More from the coast",
      "Island school gets a new roof before the storms", "By Tom Reed",
      "Fishing fleet returns early as prices fall at the market", "By Ana Ruiz",
      "Lighthouse keepers remember the winter of the long fog", "By Lena Holt");

  private static String page(String byline) {
    StringBuilder b = new StringBuilder(HEADLINE).append(" - Coast Herald\n\n");
    menu(30).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(HEADLINE).append("\n\n");
    if (!byline.isEmpty()) {
      b.append(byline).append("\n\n");
    }
    ARTICLE.forEach(l -> b.append(l).append("\n\n"));
    menu(8).forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    MORE.forEach(l -> b.append(l).append("\n\n"));
    menu(20).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  private static List<String> names(Article a) {
    return a.bylines().stream().map(Byline::name).collect(Collectors.toList());
  }

  @Test
  void theAuthorsOfAListBelowTheArticleAreOtherStories() {
    Article a = parseAndCheckRoundTrip(page("By Mara Quill"));
    assertEquals(List.of("Mara Quill"), names(a));
    assertTrue(a.boilerplate().containsAll(List.of("By Tom Reed", "By Ana Ruiz", "By Lena Holt")),
        a.boilerplate().toString());
  }

  // with no author line of its own, the rule leaves the lines below as they are read (which of them is the
  // article's is no question this rule answers)
  @Test
  void anArticleWithNoAuthorLineOfItsOwnKeepsTheLinesBelow() {
    Article a = parseAndCheckRoundTrip(page(""));
    assertEquals(List.of("Tom Reed", "Ana Ruiz", "Lena Holt"), names(a));
  }
}
