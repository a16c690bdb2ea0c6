package io.github.newsdoc.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.testing.ArticleGenerators;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.quicktheories.QuickTheory.qt;

/** Round trips and the schema, over generated articles. */
class ArticleJsonPropertiesTest {
  static final int EXAMPLES = 1_000;

  static Schema schema() throws Exception {
    try (InputStream in = ArticleJson.class.getResourceAsStream(ArticleJson.SCHEMA_RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualArticle() {
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles())
        .check(a -> NewsJson.read(NewsJson.write(a)).equals(a));
  }

  @Test
  void prettyAndCompactReadBackEqual() {
    ArticleJson pretty = ArticleJson.standard().withPrettyPrinting().withStrictReading();
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles())
        .check(a -> {
          String indented = pretty.write(a);
          return indented.contains("\n  ") && pretty.read(indented).equals(NewsJson.read(NewsJson.write(a)));
        });
  }

  @Test
  void everyWrittenDocumentValidatesAgainstTheSchema() throws Exception {
    Schema schema = schema();
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles())
        .checkAssert(a -> {
          List<Error> errors = schema.validate(NewsJson.write(a), InputFormat.JSON);
          if (!errors.isEmpty()) {
            throw new AssertionError(errors + " in " + NewsJson.write(a));
          }
        });
  }

  @Test
  void strictReadingAcceptsEverythingTheWriterWrites() {
    ArticleJson strict = ArticleJson.standard().withStrictReading();
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles())
        .check(a -> strict.read(strict.write(a)).equals(a));
  }

  @Test
  void writingIsDeterministic() {
    qt().withExamples(EXAMPLES)
        .forAll(ArticleGenerators.articles())
        .check(a -> NewsJson.write(a).equals(NewsJson.write(NewsJson.read(NewsJson.write(a)))));
  }
}
