package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.parser.LineRole;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page-line model ({@link LineModel}) and its weights file, on invented page lines. */
class LineModelTest {
  // A page as the rules left it: a menu outside the article, the article's prose, a menu again.
  private static final class Page {
    final List<Line> lines = new ArrayList<>();
    final List<LineRole> roles = new ArrayList<>();
    final List<String> rules = new ArrayList<>();
    private int number = 1;

    Page add(String text, LineRole role, String rule, boolean afterBlank) {
      number += afterBlank ? 2 : 1;
      lines.add(new Line(number, text, Text.normalise(text), afterBlank));
      roles.add(role);
      rules.add(rule);
      return this;
    }

    Page menu() {
      for (String item : PageExtractorTest.menu(12)) {
        add(item, LineRole.BOILERPLATE, PageExtractor.OUTSIDE_RULE, item.equals("News"));
      }
      return this;
    }

    Page prose(List<String> paragraphs) {
      paragraphs.forEach(p -> add(p, null, null, true));
      return this;
    }

    String[] apply() {
      LineRole[] r = roles.toArray(new LineRole[0]);
      String[] s = rules.toArray(new String[0]);
      LineModel.apply(lines, new LineMeasures(lines), r, s);
      for (int i = 0; i < r.length; i++) {
        if (r[i] != roles.get(i)) {
          String overruled = roles.get(i) == null ? "default:paragraph" : rules.get(i);
          assertEquals((r[i] == LineRole.PARAGRAPH ? LineModel.TEXT_RULE : LineModel.CHROME_RULE) + "/" + overruled,
              s[i]);
        }
      }
      return s;
    }
  }

  @Test
  void theWeightsFileNamesEveryFeatureOnceAndTheBias() throws Exception {
    double[] w = LineModel.load("/io/github/newsdoc/parser/model/page-lines.tsv");
    assertEquals(LineFeatures.NAMES.size() + 1, w.length);
    assertTrue(w[LineFeatures.NAMES.indexOf("rules:paragraph")] > 0, "the rules' reading counts for the line");
    assertTrue(w[LineFeatures.NAMES.indexOf("link-like")] != 0 && w[w.length - 1] != 0, "trained, not zeros");
    assertEquals(1 / (1 + Math.exp(-w[w.length - 1])), LineModel.probability(new double[LineFeatures.NAMES.size()]),
        1e-12, "the bias last");
  }

  @Test
  void aShortLineOfTheArticleThatThePageRulesTookForALinkIsTextAgain() {
    String taken = "But then the wind turned \u2026";
    Page page = new Page().menu().prose(PageExtractorTest.ARTICLE).prose(PageExtractorTest.ARTICLE.subList(0, 3));
    // the lines around it are short sentences of a step-by-step list, no wide prose
    page.prose(List.of("The first boat left at six.", "It was full.", "The second left at nine."));
    page.add(taken, LineRole.BOILERPLATE, "page:link-like", true);
    page.prose(List.of("Nobody was hurt.", "The crew went home early.", "The quay was closed at noon."));
    page.prose(PageExtractorTest.ARTICLE).menu();
    double p = LineModel.probability(LineFeatures.of(page.lines, new LineMeasures(page.lines),
        page.roles.toArray(new LineRole[0]), page.rules.toArray(new String[0]))[23]);
    String[] rules = page.apply();
    assertEquals(LineModel.TEXT_RULE + "/page:link-like", rules[23], "a short line between paragraphs of the article: " + p);
    assertEquals(PageExtractor.OUTSIDE_RULE, rules[0], "the menu stays chrome");
  }

  @Test
  void theArticlesOwnParagraphsAndTheMenuAreLeftAsTheRulesReadThem() {
    Page page = new Page().menu().prose(PageExtractorTest.ARTICLE).menu();
    String[] rules = page.apply();
    for (int i = 0; i < rules.length; i++) {
      if (i >= 12 && i < 17) {
        assertNull(rules[i], "paragraph " + i);
      } else {
        assertEquals(PageExtractor.OUTSIDE_RULE, rules[i], "menu line " + i);
      }
    }
  }

  @Test
  void aFigureRowRepeatedUnderTheArticleIsChrome() {
    String row = "Rated 4.5 / 5 | 1,204 votes | 17 comments";
    Page page = new Page().menu().prose(PageExtractorTest.ARTICLE);
    page.add(row, null, null, true).menu();
    page.add(row, LineRole.BOILERPLATE, PageExtractor.OUTSIDE_RULE, true);
    String[] rules = page.apply();
    assertEquals(LineModel.CHROME_RULE + "/default:paragraph", rules[17], "digits, separators, printed twice, at the end");
  }

  // The headline of a live page's entry is read by the page's rules on evidence the model has no feature for:
  // the model does not overrule it, however sure it is.
  @Test
  void aLiveEntrysHeadlineIsNotOverruled() {
    String row = "Rated 4.5 / 5 | 1,204 votes | 17 comments";
    Page page = new Page().menu().prose(PageExtractorTest.ARTICLE);
    page.add(row, LineRole.PARAGRAPH, LiveEntries.RULE, true).menu();
    page.add(row, LineRole.BOILERPLATE, PageExtractor.OUTSIDE_RULE, true);
    double p = LineModel.probability(LineFeatures.of(page.lines, new LineMeasures(page.lines),
        page.roles.toArray(new LineRole[0]), page.rules.toArray(new String[0]))[17]);
    assertTrue(p < LineModel.LOW, "the model alone would take it for chrome: " + p);
    assertEquals(LiveEntries.RULE, page.apply()[17]);
  }

  @Test
  void aSentenceOfFiguresClosingTheArticleStaysItsParagraph() {
    String figures = "Landings, tonnes: 1,414 (2019); 989 (2020); 1,222 (2021); 1,531 (2022).";
    Page page = new Page().menu().prose(PageExtractorTest.ARTICLE);
    // printed again in the page's data box under the menu, as the figure row above is
    page.add(figures, null, null, true).menu();
    page.add(figures, LineRole.BOILERPLATE, PageExtractor.OUTSIDE_RULE, true);
    double p = LineModel.probability(LineFeatures.of(page.lines, new LineMeasures(page.lines),
        page.roles.toArray(new LineRole[0]), page.rules.toArray(new String[0]))[17]);
    assertTrue(p < LineModel.LOW, "the model alone would take it for chrome: " + p);
    assertNull(page.apply()[17], "a paragraph that ends a sentence is never chrome");
  }

  @Test
  void aWeightsFileThatDoesNotFitTheFeaturesFailsWithItsLine() {
    IllegalStateException unknown = assertThrows(IllegalStateException.class,
        () -> LineModel.read("m.tsv", new BufferedReader(new StringReader("# weights\nno-such-feature\t1.0\n"))));
    assertEquals("m.tsv:2: no feature is named 'no-such-feature'", unknown.getMessage());
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> LineModel.read("m.tsv", new BufferedReader(new StringReader("bias\t1\nbias\t2\n"))));
    assertEquals("m.tsv:2: 'bias' is weighted twice", twice.getMessage());
    IllegalStateException number = assertThrows(IllegalStateException.class,
        () -> LineModel.read("m.tsv", new BufferedReader(new StringReader("bias\tlots\n"))));
    assertEquals("m.tsv:1: 'lots' is not a number", number.getMessage());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> LineModel.read("m.tsv", new BufferedReader(new StringReader("bias\t1\n"))));
    assertEquals("m.tsv: no weight for 'rules:paragraph'", missing.getMessage());
    IllegalStateException shape = assertThrows(IllegalStateException.class,
        () -> LineModel.read("m.tsv", new BufferedReader(new StringReader("bias 1\n"))));
    assertEquals("m.tsv:1: want 'name<TAB>weight', got 'bias 1'", shape.getMessage());
  }
}
