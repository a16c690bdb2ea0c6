package io.github.newsdoc.parser;

import io.github.newsdoc.json.NewsJson;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.testing.NothingLost;
import io.github.newsdoc.parser.testing.TextGenerators;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.quicktheories.QuickTheory.qt;

/** The round trips and the nothing-lost rule, over generated articles and texts. */
class ParserPropertiesTest {
  static final int EXAMPLES = Integer.getInteger("newsdoc.properties", 1_000);

  @Test
  void canonicalArticlesReadBackEqual() {
    qt().withExamples(EXAMPLES)
        .forAll(TextGenerators.canonicalArticles())
        .checkAssert(structure -> {
          Article a = ArticleParser.standard().annotate(structure);
          String text = Newsdoc.write(a);
          Article back = Newsdoc.parse(text);
          if (!back.equals(a)) {
            throw new AssertionError("text:\n" + text + "\nwas:   " + NewsJson.write(a) + "\nback:  "
                + NewsJson.write(back));
          }
        });
  }

  @Test
  void writingWhatWasParsedReadsBackTheSame() {
    qt().withExamples(EXAMPLES)
        .forAll(TextGenerators.messyTexts())
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

  @Test
  void everyNonBlankLineEndsUpInExactlyOnePlace() {
    qt().withExamples(EXAMPLES)
        .forAll(TextGenerators.messyTexts())
        .checkAssert(t -> {
          List<String> problems = NothingLost.check(t, ArticleParser.standard().analyze(t));
          if (!problems.isEmpty()) {
            throw new AssertionError(problems + " in:\n" + t);
          }
        });
  }
}
