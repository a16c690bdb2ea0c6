package io.github.newsdoc.format;

import io.github.newsdoc.testing.ArticleGenerators;
import io.github.newsdoc.testing.NinjsSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.quicktheories.QuickTheory.qt;

/** ninjs over generated articles: valid against the 3.1 schema, and read back to what it carries. */
class NinjsPropertiesTest {
  static final int EXAMPLES = 500;

  @Test
  void everyItemValidatesAgainstTheSchema() {
    NinjsSchema.get();
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles())
        .checkAssert(a -> {
          String item = NinjsWriter.standard().write(a);
          List<String> errors = NinjsSchema.errors(item);
          if (!errors.isEmpty()) {
            throw new AssertionError(errors + " in " + item);
          }
        });
  }

  @Test
  void readingAnItemBackGivesTheArticleWithoutItsBoilerplate() {
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles())
        .check(a -> NinjsReader.read(NinjsWriter.standard().write(a)).equals(a.withBoilerplate()));
  }

  @Test
  void writingIsDeterministic() {
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles())
        .check(a -> NinjsWriter.standard().write(a).equals(NinjsWriter.standard().write(
            NinjsReader.read(NinjsWriter.standard().write(a)).withBoilerplate(a.boilerplate()))));
  }
}
