package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.ArticleParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The author's name printed alone more than once on a page ({@link RepeatedAuthors}): invented pages. */
class RepeatedAuthorsTest {
  private static final ArticleParser PARSER = ArticleParser.builder().quotes(false).entities(false).build();
  private static final String HEADLINE = "Inside the island's last lighthouse";
  private static final String BODY = "The lighthouse on Merrow Point has guided boats into the harbour for more than"
      + " a century, and its keeper still climbs the tower every evening.\n\nThe keeper, who took the post in"
      + " 1998, says the lamp has failed only twice in that time.\n\nA trust now plans to open the tower to"
      + " visitors next summer, once the stairs are repaired.\n\n";

  private static List<String> bylines(String page) {
    return PARSER.parse(page).bylines().stream().map(Byline::name).toList();
  }

  private static String page(String top, String head, String foot) {
    return "Sign in\nMenu\n" + top + "\nSubscribe\n\n" + HEADLINE + "\n\n" + head + "Share\nEmail\n\n" + BODY
        + "Share\n\n" + foot + "\nFollow\n\nMore stories\nHarbour ferry fares to rise\nIsland school wins award\n";
  }

  @Test
  void aNameOverTheHeadlineAndInTheBoxUnderTheArticleIsTheByline() {
    assertEquals(List.of("Pamela Orwin"), bylines(page("Pamela Orwin", "", "Pamela Orwin")));
    assertEquals(List.of("Pamela Orwin"), bylines(page("", "Pamela Orwin\n\n", "Pamela Orwin")));
    Article a = PARSER.parse(page("Pamela Orwin", "", "Pamela Orwin"));
    assertTrue(a.boilerplate().contains("Pamela Orwin"), "the name again under the article: " + a.paragraphs());
  }

  @Test
  void aNamePrintedOnceTwoNamesOrAPlaceSayNothing() {
    assertEquals(List.of(), bylines(page("Pamela Orwin", "", "")), "printed once");
    assertEquals(List.of(), bylines(page("Pamela Orwin\nJoseph Tarrant", "",
        "Pamela Orwin\nJoseph Tarrant")), "the site's people in its header and footer");
    assertEquals(List.of(), bylines(page("Hong Kong", "", "Hong Kong")), "a kicker's place: no common first name");
    String lower = page("Grace Harbour", "", "Grace Harbour") + "\nThe harbour was quiet.\n";
    assertEquals(List.of(), bylines(lower), "the page writes 'harbour' in lower case");
  }

  @Test
  void anObituarysSubjectOrAConversationsLabelsAreNoAuthor() {
    String obituary = "Obituaries\nMaria Lopez\n\nBaker who fed a village through two winters\n\n" + BODY
        + "Maria Lopez was born in Valencia in 1933 and opened her bakery in 1960.\n\nShe is survived by her two"
        + " sons.\n\nMaria Lopez\nBorn 3 May 1933; died 2 June 2024\n";
    Article a = PARSER.parse(obituary);
    assertEquals(List.of(), a.bylines().stream().map(Byline::name).toList());
    assertTrue(a.paragraphs().stream().anyMatch(p -> p.text().startsWith("She is survived")), a.toString());
    String interview = "Sign in\nMenu\nPamela Orwin\nSubscribe\n\n" + HEADLINE + "\n\n" + BODY
        + "Pamela Orwin\nWhy did you stay?\n\nJoseph Tarrant\nBecause the light still matters to the boats.\n\n"
        + "Pamela Orwin\nWill you retire?\n\nJoseph Tarrant\nNot while the lamp still turns.\n";
    assertEquals(List.of(), bylines(interview), "a conversation's labels");
  }

  @Test
  void aPageWithAnAuthorLineKeepsIt() {
    assertEquals(List.of("Ana Ruiz"), bylines(page("Pamela Orwin", "By Ana Ruiz\n\n", "Pamela Orwin")));
  }
}
