package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.Newsdoc;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The site's buttons and link labels on lines of their own ({@link ButtonLines}): invented lines. */
class ButtonLinesTest {
  private static final int EXAMPLES = Math.min(500, Integer.getInteger("newsdoc.properties", 1_000));
  private static final String HEAD = "Harbour council approves new ferry terminal\n\nBy Mira Holt\n\n";
  private static final String BODY = """
      The harbour council voted on Tuesday to build a new ferry terminal, ending a decade of debate over the \
      crossing and its two ageing boats.

      The terminal will cost $40 million, officials said, and will open in 2027 if the state approves the loan.

      Commuters said the vote came as a relief after years of cancelled sailings in the winter months.
      """;

  @ParameterizedTest
  @ValueSource(strings = {"Share full article", "Read 142 Comments", "SKIP ADVERTISEMENT",
      "Skip next section Supported by", "Ad Feedback", "Copy Link copied", "Follow by email",
      "Listen to this article", "Gift this article", "Save article", "View 12 comments"})
  void aLineOfButtonWordsIsAButton(String line) {
    assertTrue(ButtonLines.is(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Copy", "Comments", "Read more", "Show all", "Share prices fell sharply",
      "Comments from the council", "Share this article.", "The print edition", "Skip to the harbour",
      "Print: the council's plan", "“Share the road”", "The Gift", "Full transcript", "Listen up", "Follow up",
      "Back in print", "Your comments", "The comments section", "Watch the ad", "A gift", "Save our story",
      "Share 41 38"})
  void aLineWithAWordOfItsOwnOrNoButtonWordIsNone(String line) {
    assertFalse(ButtonLines.is(line), line);
  }

  @Test
  void buttonLinesAmongTheParagraphsAreBoilerplateAndTheParagraphsStay() {
    String[] paragraphs = BODY.strip().split("\n\n");
    String text = HEAD + paragraphs[0] + "\n\nSkip next section Supported by\nSKIP ADVERTISEMENT\n\n" + paragraphs[1]
        + "\n\nShare full article\nRead 142 Comments\n\n" + paragraphs[2] + "\n";
    Article a = Newsdoc.parse(text);
    assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
    assertTrue(a.boilerplate().containsAll(List.of("Skip next section Supported by", "SKIP ADVERTISEMENT",
        "Share full article", "Read 142 Comments")), a.boilerplate().toString());
    assertEquals(ButtonLines.RULE, ArticleParser.standard().analyze(text).lines().stream()
        .filter(l -> l.text().equals("Read 142 Comments")).findFirst().orElseThrow().rule());
  }

  @Test
  void theFirstLineIsTheTitlesPlaceWhateverItsWords() {
    Article a = Newsdoc.parse("Share the gift\n\n" + BODY);
    assertEquals("Share the gift", a.title());
    a = Newsdoc.parse("Gift article\n\n" + BODY);
    assertEquals("Gift article", a.title());
  }

  @Test
  void canonicalTextKeepsAParagraphOfButtonWords() {
    // the canonical writer labels boilerplate: an unlabelled line of its text is the paragraph it wrote
    Article a = Article.builder().title("Ferry terminal approved")
        .addBlock(io.github.newsdoc.model.Paragraph.of("Share full article"))
        .addBlock(io.github.newsdoc.model.Paragraph.of("The council voted on Tuesday.")).build();
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)));
  }

  @Test
  void anyLineOfButtonWordsWithAButtonsOwnWordIsOneAndAWordOfProseMakesItNone() {
    List<String> words = List.of("share", "full", "article", "read", "comments", "skip", "next", "section",
        "Supported", "by", "ADVERTISEMENT", "the", "this", "link", "142", "email");
    List<String> prose = List.of("harbour", "council", "ferry", "voted", "Mira");
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, words.size() - 1)).ofSizeBetween(1, 7),
            integers().between(0, prose.size() - 1), integers().between(0, 7))
        .checkAssert((picks, p, at) -> {
          List<String> line = picks.stream().map(words::get).collect(Collectors.toList());
          String weak = String.join(" ", line.stream().filter(w -> List.of("full", "read", "next", "section", "by",
              "the", "this").contains(w)).collect(Collectors.toList()));
          // words of buttons without two strong ones (a button's own word, what it acts on) make no button
          assertFalse(ButtonLines.is(weak + (weak.isEmpty() ? "" : " ") + "Share"), weak + " Share");
          line.add(Math.min(at, line.size()), "Share"); // a button's own word, anywhere
          line.add(Math.min(at + 1, line.size()), "article"); // and what it acts on
          while (line.size() > ButtonLines.MAX_WORDS) {
            line.remove(line.size() - 1);
          }
          String text = String.join(" ", line);
          boolean strong = line.stream().filter(w -> List.of("share", "article", "comments", "skip", "supported",
              "advertisement", "link", "email").contains(w.toLowerCase(java.util.Locale.ROOT))).count() >= 2;
          // a button's label is short: a longer line of such words is left to the other rules
          assertEquals(text.length() <= ButtonLines.MAX_LENGTH && strong, ButtonLines.is(text), text);
          line.add(Math.min(at, line.size()), prose.get(p));
          String withProse = String.join(" ", line);
          assertFalse(ButtonLines.is(withProse), withProse);
        });
  }
}
