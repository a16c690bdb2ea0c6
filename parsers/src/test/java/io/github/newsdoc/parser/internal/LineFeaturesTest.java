package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.parser.LineRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence the page-line model weighs ({@link LineFeatures}), on an invented page of five lines. */
class LineFeaturesTest {
  private static final List<String> RAW = List.of(
      "Weather",
      "Harbour Town Opens Its New Ferry Terminal",
      "The new ferry terminal in Harbour Town opened on Monday morning, three years later than the council had"
          + " promised and at almost twice the cost first announced to residents of the town and its two islands.",
      "SHARE | 12 COMMENTS",
      "Weather");
  private static final int[] NUMBERS = {1, 3, 5, 6, 8};
  private static final LineRole[] ROLES = {LineRole.BOILERPLATE, LineRole.TITLE, null, LineRole.BOILERPLATE,
      LineRole.BOILERPLATE};
  private static final String[] RULES = {PageExtractor.OUTSIDE_RULE, "title", null, "boilerplate:button",
      PageExtractor.OUTSIDE_RULE};

  private static double feature(int line, String name) {
    double[][] x = LineFeatures.of(RAW, NUMBERS, ROLES, RULES);
    assertEquals(LineFeatures.NAMES.size(), x[line].length, "one value a named feature");
    return x[line][LineFeatures.NAMES.indexOf(name)];
  }

  @Test
  void whatTheRulesDecidedIsEvidence() {
    assertEquals(1, feature(2, "rules:paragraph"), "no rule claimed it: a paragraph");
    assertEquals(1, feature(0, "rules:outside-article"));
    assertEquals(1, feature(0, "rules:page"));
    assertEquals(0, feature(0, "rules:worded-chrome"));
    assertEquals(1, feature(3, "rules:worded-chrome"), "chrome by a rule of its words");
    assertEquals(0, feature(1, "rules:paragraph"));
  }

  @Test
  void theShapeOfTheLine() {
    assertEquals(1, feature(2, "ends-sentence"));
    assertEquals(1, feature(2, "prose"));
    assertEquals(0, feature(1, "ends-sentence"));
    assertEquals(1, feature(3, "all-capitals"));
    assertEquals(1, feature(3, "separators"));
    assertEquals(2.0 / "SHARE | 12 COMMENTS".length(), feature(3, "digit-share"), 1e-9);
    assertEquals(Math.log1p(3), feature(3, "words:log"), 1e-9, "SHARE, 12, COMMENTS and nothing else: 3 words");
  }

  @Test
  void theLinesAroundItAndThePage() {
    assertEquals(1, feature(0, "repeated"), "the menu item is printed twice");
    assertEquals(0, feature(2, "repeated"));
    assertEquals(1, feature(3, "previous:prose"));
    assertEquals(1, feature(2, "blank-before"));
    assertEquals(0, feature(3, "blank-before"), "line 6 stands right under line 5");
    assertEquals(Math.log1p(2), feature(2, "block:log-lines"), 1e-9, "lines 5 and 6 make one block");
    assertEquals(0, feature(0, "page:position"));
    assertEquals(1, feature(4, "page:position"));
    assertEquals(0, feature(2, "wide-prose:log-distance"), "the wide line itself");
    assertEquals(Math.log1p(1), feature(3, "wide-prose:log-distance"), 1e-9);
  }
}
