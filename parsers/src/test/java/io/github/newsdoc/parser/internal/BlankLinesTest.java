package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.LineRole;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.github.newsdoc.parser.internal.PageExtractorTest.ARTICLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The blocks of a page printed without blank lines, drawn again from its lines' shapes. */
class BlankLinesTest {
  private static final String HEADLINE = "Harbour Town opens its new ferry terminal after years of delay";
  private static final String CAPTION = "The first ferry leaves the new terminal on Monday morning in a light rain.";
  private static final String CREDIT = "Ben Ode / Coast Herald";
  private static final String SUBHEADING = "What happens next";

  private static List<Line> lines(List<String> texts, boolean blank) {
    List<Line> lines = new ArrayList<>();
    int number = 1;
    for (String t : texts) {
      lines.add(new Line(number, t, Text.normalise(t), blank || number == 1));
      number += blank ? 2 : 1;
    }
    return lines;
  }

  private static List<String> page() {
    List<String> page = new ArrayList<>(menu(12));
    page.add(HEADLINE);
    page.add("By Ana Ruiz");
    page.add("March 4, 2024");
    page.add(CAPTION);
    page.add(CREDIT);
    page.add(ARTICLE.get(0));
    page.add(ARTICLE.get(1));
    page.add(SUBHEADING);
    page.addAll(ARTICLE.subList(2, ARTICLE.size()));
    page.addAll(menu(20));
    return page;
  }

  private static Map<String, Boolean> blockStarts(List<Line> lines) {
    return lines.stream().collect(Collectors.toMap(Line::text, Line::afterBlank, (a, b) -> a));
  }

  @Test
  void aPageThatPrintsBlankLinesKeepsItsOwnBlocks() {
    List<Line> spaced = lines(page(), true);
    assertSame(spaced, BlankLines.blocks(spaced));
    List<Line> mixed = lines(page(), false);
    mixed.set(5, new Line(6, mixed.get(5).raw(), mixed.get(5).text(), true, 6, List.of()));
    List<Line> renumbered = new ArrayList<>();
    for (int i = 0; i < mixed.size(); i++) {
      Line l = mixed.get(i);
      int number = l.number() + (i >= 5 ? 1 : 0);
      renumbered.add(new Line(number, l.raw(), l.text(), l.afterBlank(), number, List.of()));
    }
    assertSame(renumbered, BlankLines.blocks(renumbered));
  }

  @Test
  void aShortPageIsReadAsItIs() {
    List<Line> few = lines(ARTICLE.subList(0, 4), false);
    assertSame(few, BlankLines.blocks(few));
  }

  @Test
  void proseAndTheLineOverItStandAloneWhileMenusAndCreditsStack() {
    Map<String, Boolean> starts = blockStarts(BlankLines.blocks(lines(page(), false)));
    assertFalse(starts.get("Sport"), "a menu's items stack");
    assertFalse(starts.get("By Ana Ruiz"), "the head's short lines stack under the headline");
    assertTrue(starts.get(CAPTION), "a caption of a sentence is a block");
    assertFalse(starts.get(CREDIT), "its credit stays under it");
    assertTrue(starts.get(ARTICLE.get(0)), "prose under a credit is a block of its own");
    assertTrue(starts.get(ARTICLE.get(1)));
    assertTrue(starts.get(SUBHEADING), "a line right over prose heads it, alone");
    assertTrue(starts.get(ARTICLE.get(2)));
    assertTrue(starts.get(menu(20).get(0)), "the line under the last paragraph starts the page's chrome");
    assertFalse(starts.get(menu(20).get(1)));
  }

  // The page read without a blank line: its headline, its article with the subheading, and its caption with
  // the credit under it are found.
  @Test
  void aPageWithoutBlankLinesIsReadByItsBlocks() {
    Article unspaced = parseAndCheckRoundTrip(String.join("\n", page()) + "\n");
    assertEquals(HEADLINE, unspaced.title());
    List<String> article = new ArrayList<>(ARTICLE);
    article.add(2, SUBHEADING);
    assertEquals(article, unspaced.paragraphs().stream().map(p -> p.text()).collect(Collectors.toList()));
    List<Caption> captions = unspaced.captions();
    assertEquals(1, captions.size());
    assertEquals(CAPTION, captions.get(0).text());
    assertEquals(CREDIT, captions.get(0).credit().orElseThrow());
  }

  // A short first paragraph under the headline (a sentence narrower than prose) is a block of its own, so that the
  // headline is not read as the menu's last item.
  @Test
  void aShortFirstParagraphLeavesTheHeadlineItsPlace() {
    List<String> page = new ArrayList<>(menu(12));
    page.add("Flood waters rise in river towns");
    page.add("Hundreds were told to leave their homes.");
    page.addAll(ARTICLE.subList(0, 3));
    page.addAll(menu(20));
    Article a = parseAndCheckRoundTrip(String.join("\n", page) + "\n");
    assertEquals("Flood waters rise in river towns", a.title());
    assertEquals("Hundreds were told to leave their homes.", a.paragraphs().get(0).text());
  }

  // A summary box's heading over its points: the box ends where the article's prose begins, not at the next
  // blank line, which a page without blank lines never prints.
  @Test
  void aSummaryBoxEndsWhereTheProseBegins() {
    List<String> page = new ArrayList<>(menu(12));
    page.add(HEADLINE);
    page.add("By Ana Ruiz");
    page.add("Key points:");
    page.add("The terminal opened three years late");
    page.add("It cost almost twice the first estimate");
    page.addAll(ARTICLE);
    page.addAll(menu(20));
    String text = String.join("\n", page) + "\n";
    Article a = parseAndCheckRoundTrip(text);
    assertEquals(ARTICLE, a.paragraphs().stream().map(p -> p.text()).collect(Collectors.toList()));
    Map<String, LineRole> roles = ArticleParser.standard().analyze(text).lines().stream()
        .collect(Collectors.toMap(LineAssignment::text, LineAssignment::role, (x, y) -> x));
    assertEquals(LineRole.BOILERPLATE, roles.get("The terminal opened three years late"));
    assertEquals(LineRole.TITLE, roles.get(HEADLINE));
  }
}
