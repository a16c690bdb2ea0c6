package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Caption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Collectors;

import static io.github.newsdoc.parser.internal.PageExtractorTest.ARTICLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.TITLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lead picture's caption without a credit in a page's head, on invented pages. */
class HeadCaptionsTest {
  private static final String CAPTION = "The first ferry leaves the new terminal.";

  private static String page(List<String> head) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(14).forEach(l -> b.append(l).append('\n'));
    b.append("\nHarbour Town Opens Its New Ferry Terminal After Years of Delay\n\n");
    head.forEach(l -> b.append(l).append("\n\n"));
    ARTICLE.forEach(l -> b.append(l).append("\n\n"));
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  private static List<String> paragraphs(Article a) {
    return a.paragraphs().stream().map(p -> p.text()).collect(Collectors.toList());
  }

  // Between the date and the byline, a short sentence is the lead picture's caption, no paragraph.
  @Test
  void aShortSentenceBetweenTheDateAndTheBylineIsACaption() {
    Article a = parseAndCheckRoundTrip(page(List.of("Updated March 4, 2024", CAPTION, "By Ana Ruiz")));
    assertEquals(ARTICLE, paragraphs(a));
    assertEquals(List.of(CAPTION), a.captions().stream().map(Caption::text).collect(Collectors.toList()));
  }

  // With no byline or date under it, the short sentence opens the body.
  @Test
  void aShortSentenceOverTheBodyIsAParagraph() {
    Article a = parseAndCheckRoundTrip(page(List.of("Updated March 4, 2024", CAPTION)));
    assertEquals(CAPTION, paragraphs(a).get(0));
    assertTrue(a.captions().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"The band performs at the festival.", "Rescue teams wade through a flooded street."})
  void captions(String line) {
    assertTrue(HeadCaptions.isCaption(line, LineMeasures.width(line)), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sign up for our newsletter.", "Read more:", "Two words.",
      "The new ferry terminal in Harbour Town opened on Monday morning, three years later than the council"
          + " had promised."})
  void notCaptions(String line) {
    assertFalse(HeadCaptions.isCaption(line, LineMeasures.width(line)), line);
  }
}
