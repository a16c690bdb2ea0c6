package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.ParseReport;
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

/** The dek under a page's headline, on invented pages. */
class DeksTest {
  private static final String HEADLINE = "Harbour Town Opens Its New Ferry Terminal After Years of Delay";
  private static final String DEK = "The crossing that was promised for 2021 finally runs, at almost twice the cost."
      + " Not everyone on the quay was cheering.";

  private static String page(List<String> head, List<String> article) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(14).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(HEADLINE).append("\n\n");
    head.forEach(l -> b.append(l).append("\n\n"));
    article.forEach(l -> b.append(l).append("\n\n"));
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  private static String ruleOf(String text, String line) {
    ParseReport report = ArticleParser.standard().analyze(text);
    return report.lines().stream().filter(l -> l.text().equals(line)).map(LineAssignment::rule).findFirst()
        .orElseThrow();
  }

  // The summary between the headline and the byline restates the article: the page's, kept in the boilerplate.
  @Test
  void aSummaryBetweenTheHeadlineAndTheBylineIsNoParagraph() {
    String text = page(List.of(DEK, "By Ana Ruiz", "March 4, 2024"), ARTICLE);
    Article a = parseAndCheckRoundTrip(text);
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().contains(DEK));
    assertEquals(Deks.RULE, ruleOf(text, DEK));
    assertEquals("Ana Ruiz", a.bylines().get(0).name());
  }

  // The lead picture's caption and the share buttons may stand between the dek and the date.
  @Test
  void theHeadGoesOnUnderACaptionAndShareButtons() {
    String caption = "The first ferry leaves the new terminal on Monday morning. (Photo: Ben Ode/Coast Herald)";
    String text = page(List.of(DEK, "Share", caption, "Published March 4, 2024"), ARTICLE);
    Article a = parseAndCheckRoundTrip(text);
    assertEquals(Deks.RULE, ruleOf(text, DEK));
    assertFalse(texts(a).contains(DEK));
  }

  // Where the article's prose follows the line, with the byline only further down, the line opened the body.
  @Test
  void aLineTheBodyFollowsIsTheFirstParagraph() {
    List<String> article = new ArrayList<>(ARTICLE);
    article.add(0, DEK);
    Article a = parseAndCheckRoundTrip(page(List.of(), article));
    assertEquals(article, texts(a));
  }

  // A lead paragraph with a dateline above the byline is the body's, not a summary.
  @Test
  void aLeadWithADatelineIsNoDek() {
    String lead = "HARBOUR TOWN (CH) — The new ferry terminal opened on Monday, three years late.";
    List<String> article = new ArrayList<>(ARTICLE);
    article.add(0, lead);
    String text = page(List.of(), List.of());
    text = text.replace(HEADLINE + "\n\n", HEADLINE + "\n\n" + lead + "\n\nBy Ana Ruiz\n\n"
        + String.join("\n\n", ARTICLE) + "\n\n");
    Article a = parseAndCheckRoundTrip(text);
    assertEquals(article, texts(a));
  }

  // A clean article (no page around it) keeps every line.
  @Test
  void aCleanArticleKeepsTheLineUnderItsHeadline() {
    String text = HEADLINE + "\n\n" + DEK + "\n\nBy Ana Ruiz\n\n" + String.join("\n\n", ARTICLE) + "\n";
    Article a = parseAndCheckRoundTrip(text);
    assertEquals(DEK, texts(a).get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "At least 14 people have died as authorities warn of more rain in the coming days.",
      "A $900 million dam would end decades of water fights. It could also flood the town that asked for it."})
  void deks(String line) {
    assertTrue(Deks.isDek(line, LineMeasures.width(line)), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Share this article",
      "HARBOUR TOWN (CH) — The new ferry terminal opened on Monday, three years later than promised.",
      "Too short a sentence."})
  void notDeks(String line) {
    assertFalse(Deks.isDek(line, LineMeasures.width(line)), line);
  }

  @Test
  void aParagraphWiderThanASummaryIsNoDek() {
    String wide = String.join(" ", ARTICLE.subList(0, 2));
    assertFalse(Deks.isDek(wide, LineMeasures.width(wide)));
  }
}
