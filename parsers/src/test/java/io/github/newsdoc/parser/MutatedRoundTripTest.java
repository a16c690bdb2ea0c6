package io.github.newsdoc.parser;

import io.github.newsdoc.json.NewsJson;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.testing.MutatedTexts;
import org.junit.jupiter.api.Test;

import static org.quicktheories.QuickTheory.qt;

/**
 * The text round trip over real-shaped documents broken as scrapers break them ({@link MutatedTexts}):
 * {@code parse(write(parse(t)))} equals {@code parse(t)}, page mode included. {@code mvn verify} runs a few
 * thousand; {@code mvn -B verify -Pmutations -pl parsers -am} runs a million (the count is the system property
 * {@code newsdoc.mutations}).
 */
class MutatedRoundTripTest {
  static final int EXAMPLES = Integer.getInteger("newsdoc.mutations", 3_000);

  @Test
  void writingWhatWasParsedReadsBackTheSameAfterAnyMutation() {
    qt().withExamples(EXAMPLES)
        .withGenerateAttempts(EXAMPLES)
        .forAll(MutatedTexts.texts())
        .checkAssert(t -> {
          Article first = Newsdoc.parse(t);
          String text = Newsdoc.write(first);
          Article second = Newsdoc.parse(text);
          if (!second.equals(first)) {
            throw new AssertionError("source:\n" + t + "\nwritten:\n" + text + "\nfirst:  " + NewsJson.write(first)
                + "\nsecond: " + NewsJson.write(second));
          }
        });
  }

  // Found by the mutations: lines that were chrome only by their place on a page (menu entries, a headline
  // printed again) came back as paragraphs once written apart from the page.
  @Test
  void boilerplateIsLabelledAndReadBackAsBoilerplateWhereverItStands() {
    Article a = Article.builder().title("Bus drivers vote to strike")
        .addBlock(io.github.newsdoc.model.Paragraph.of("Drivers at the northern depot voted on Monday to strike over rosters."))
        .addBoilerplate("Opinion", "Bus drivers vote to strike over rosters - Coastline News",
            "The port reopened on Monday after a week of strikes, officials said.")
        .build();
    String text = Newsdoc.write(a);
    org.junit.jupiter.api.Assertions.assertTrue(text.endsWith("\n\nBoilerplate: Opinion\n\nBoilerplate: Bus drivers vote to "
        + "strike over rosters - Coastline News\n\nBoilerplate: The port reopened on Monday after a week of strikes, "
        + "officials said.\n\n"), text);
    org.junit.jupiter.api.Assertions.assertEquals(a, ArticleParser.builder().quotes(false).entities(false).build().parse(text));
    Article labelled = Newsdoc.parse("Headline\n\nBody text of the story.\n\nBoilerplate: Share\n\nBoilerplate:\n");
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Share"), labelled.boilerplate());
    org.junit.jupiter.api.Assertions.assertEquals(2, labelled.blocks().size()); // a label alone is no boilerplate
  }
}
