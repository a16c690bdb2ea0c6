package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.newsdoc.parser.internal.PageExtractorTest.TITLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static io.github.newsdoc.parser.internal.PageExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A marker that ends articles ('Related articles') standing in a box inside a page's article, with the article
 * going on under it ({@link ArticleFoot#goesOn}), on invented pages.
 */
class InlineBoxTest {
  private static final List<String> BEFORE = List.of(
      "The lighthouse on Gull Point will be painted red and white again this spring, the harbour board said on"
          + " Tuesday after a vote that ended two years of argument about its colours.",
      "The tower was painted grey in the nineteen-sixties, when the board wanted it to look modern, and"
          + " fishermen have asked for the old stripes back ever since.",
      "Work will start in April, when the scaffolding can go up without the risk of winter storms, and should"
          + " take about six weeks if the weather holds.",
      "The board said the paint would cost less than the yearly repairs to the grey coat, which peels in the"
          + " salt wind every autumn.",
      "A local school has been asked to choose the exact shade of red from three samples the painters will"
          + " put on the tower's north side in March.");
  private static final List<String> AFTER = List.of(
      "Keepers lived in the tower until 1974, when its lamp was made automatic and the last family moved to"
          + " a house in the village below the point.",
      "Their logbooks, kept in the town museum, record every ship that passed the point for more than a"
          + " century, and the weather on each day.",
      "The museum plans a small exhibition of the logbooks and of old photographs of the striped tower to"
          + " open on the day the scaffolding comes down.");
  private static final List<String> BOX = List.of("Related articles",
      "Harbour Board Approves New Pier Lights", "Museum Opens Its Archive of Ship Logbooks");

  private static String page(List<String> box, List<String> after) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(14).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append("Gull Point Lighthouse Will Get Its Stripes Back").append("\n\n");
    BEFORE.forEach(l -> b.append(l).append("\n\n"));
    b.append(box.get(0)).append("\n\n");
    box.subList(1, box.size()).forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    after.forEach(l -> b.append(l).append("\n\n"));
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  // The article goes on under a 'Related articles' box: its last three paragraphs are its own.
  @Test
  void theArticleGoesOnUnderABoxOfRelatedArticles() {
    Article a = parseAndCheckRoundTrip(page(BOX, AFTER));
    List<String> expected = new ArrayList<>(BEFORE);
    expected.addAll(AFTER);
    assertEquals(expected, texts(a));
  }

  // Under the same marker, a comment (a name and a date over it) is no part of the article.
  @Test
  void aCommentUnderTheMarkerIsNotTheArticle() {
    List<String> box = List.of("Related articles", "Dana Whitlock", "March 3, 2026 at 9:12 am");
    Article a = parseAndCheckRoundTrip(page(box, AFTER));
    assertFalse(texts(a).contains(AFTER.get(0)), texts(a).toString());
    assertEquals(BEFORE, texts(a).subList(0, BEFORE.size()));
  }

  // Two paragraphs under the box are not enough to say that the article goes on (a bio, a notice and a line).
  @Test
  void twoParagraphsUnderTheMarkerAreNotTheArticle() {
    Article a = parseAndCheckRoundTrip(page(BOX, AFTER.subList(0, 2)));
    assertEquals(BEFORE, texts(a));
  }
}
