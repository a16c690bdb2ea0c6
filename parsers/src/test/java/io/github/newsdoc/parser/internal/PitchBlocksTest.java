package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.Newsdoc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The site's pitch inside a page's article ({@link PitchBlocks}), on invented pages. */
class PitchBlocksTest {
  private static final List<String> ARTICLE = PageExtractorTest.ARTICLE;

  // The page: its title, a menu, the headline, the article with `inside` set as one piece after its second
  // paragraph (its lines one under the other), a menu under it; with `spacing`, a blank line after every line.
  private static Article parse(List<String> inside, boolean doubled) {
    List<String> blocks = new ArrayList<>();
    blocks.add(PageExtractorTest.TITLE);
    blocks.add(String.join("\n", PageExtractorTest.menu(20)));
    blocks.add("Harbour Town Opens Its New Ferry Terminal After Years of Delay");
    blocks.addAll(ARTICLE.subList(0, 2));
    blocks.add(String.join("\n", inside));
    blocks.addAll(ARTICLE.subList(2, ARTICLE.size()));
    blocks.add(String.join("\n", PageExtractorTest.menu(20)));
    String text = String.join("\n\n", blocks) + "\n";
    Article a = Newsdoc.parse(doubled ? text.replace("\n\n", "\n").replace("\n", "\n\n") : text);
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)), "canonical text reads back equal");
    return a;
  }

  @Test
  void anOfferAndItsButtonBetweenTwoParagraphsAreThePages() {
    List<String> pitch = List.of("Get the news first. Join the Coast Herald channel for breaking news every morning.",
        "Join now");
    assertEquals(ARTICLE, PageExtractorTest.texts(parse(pitch, false)));
  }

  @Test
  void onADoubleSpacedPageTheButtonUnderTheSitesNoticeGoesWithIt() {
    List<String> pitch = List.of("This article is free to read for our subscribers and newsletter readers.",
        "Soutenez la presse locale : abonnez-vous pour 1 euro le premier mois.", "Start today");
    assertEquals(ARTICLE, PageExtractorTest.texts(parse(pitch, true)));
  }

  // A writer speaks to the reader too: a paragraph that does, over a subheading in a piece of its own, stays; so
  // does a short line under a sentence that is no site's.
  @Test
  void theArticlesOwnLinesStay() {
    List<String> advice = List.of("If you live near the quay, you should expect more traffic on summer mornings.");
    List<String> expected = new ArrayList<>(ARTICLE.subList(0, 2));
    expected.addAll(advice);
    expected.addAll(ARTICLE.subList(2, ARTICLE.size()));
    assertEquals(expected, PageExtractorTest.texts(parse(advice, false)));
    List<String> stanza = List.of("The ferry left the quay at dawn and the gulls came after it.", "Over the water");
    Article a = parse(stanza, false);
    assertEquals(ARTICLE.size() + 2, a.paragraphs().size(), PageExtractorTest.texts(a).toString());
    // a writer's closing line that says 'we', over the signature
    List<String> signed = List.of("In the end, a terminal is a promise that we make to the town, and we should keep"
        + " it.", "Tessa Quillfeather");
    Article b = parse(signed, false);
    assertTrue(PageExtractorTest.texts(b).contains(signed.get(0)), PageExtractorTest.texts(b).toString());
  }

  // A meter's notice and its offer, their button a price the page's extractor claimed by its shape alone: the
  // page's. A subheading it claimed so under a paragraph closes no pitch: it names no interface.
  @Test
  void aButtonTheExtractorClaimedByItsShapeStillClosesAPitch() {
    String[] texts = {ARTICLE.get(0), "You have read 2 of your 3 free articles this month.",
        "Subscribe to the Coast Herald for unlimited access to our reporting on the harbour and the town.",
        "Subscribe from $8 a month", ARTICLE.get(1), "The ferry's first winter", ARTICLE.get(2)};
    List<Line> lines = new ArrayList<>();
    for (String t : texts) {
      lines.add(new Line(lines.size() * 2 + 1, t, t, !lines.isEmpty()));
    }
    LineRole[] roles = new LineRole[texts.length];
    String[] rules = new String[texts.length];
    for (int k : new int[] {3, 5}) {
      roles[k] = LineRole.BOILERPLATE;
      rules[k] = "page:not-prose";
    }
    PitchBlocks.apply(lines, roles, rules, 0, texts.length - 1);
    assertEquals(List.of("-", PitchBlocks.RULE, PitchBlocks.RULE, PitchBlocks.RULE, "-", "page:not-prose", "-"),
        java.util.Arrays.stream(rules).map(r -> r == null ? "-" : r).toList());
  }
}
