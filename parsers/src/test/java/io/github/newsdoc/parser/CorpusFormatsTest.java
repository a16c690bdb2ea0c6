package io.github.newsdoc.parser;

import io.github.newsdoc.format.JsonLdWriter;
import io.github.newsdoc.format.NinjsReader;
import io.github.newsdoc.format.NinjsWriter;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.testing.JsonLdChecks;
import io.github.newsdoc.testing.NinjsSchema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared corpus in the newsroom formats: each article, parsed with the standard parser, is written as
 * ninjs, which must validate against the IPTC's 3.1 schema and read back to the article without its
 * boilerplate, and as JSON-LD, which must pass {@link JsonLdChecks}. Skipped without {@code ../shared}.
 *
 * <p>{@code verify} takes every 8th file of the sorted list (about 430, in every part of the corpus);
 * {@code mvn -B verify -Pcorpus-formats -pl parsers -am} sets {@code newsdoc.formats.every=1}: every file.
 */
class CorpusFormatsTest {
  static final int EVERY = Integer.getInteger("newsdoc.formats.every", 8);

  @Test
  void everyArticleExportsToValidNinjsAndJsonLd() throws IOException {
    NinjsSchema.get();
    List<Path> files = new ArrayList<>();
    for (String part : List.of("seeds", "bbc", "polnear", "aeb", "readability")) {
      files.addAll(CorpusTest.files(part));
    }
    List<String> failures = new ArrayList<>();
    int checked = 0;
    int quotes = 0;
    int entities = 0;
    for (int i = 0; i < files.size(); i += EVERY) {
      Path f = files.get(i);
      Article a = ArticleParser.standard().parse(f);
      String ninjs = NinjsWriter.standard().write(a);
      List<String> errors = NinjsSchema.errors(ninjs);
      if (!errors.isEmpty()) {
        failures.add(f + ": ninjs: " + errors);
      } else if (!NinjsReader.read(ninjs).equals(a.withBoilerplate())) {
        failures.add(f + ": ninjs reads back different");
      }
      List<String> problems = JsonLdChecks.problems(JsonLdWriter.standard().write(a), a);
      if (!problems.isEmpty()) {
        failures.add(f + ": JSON-LD: " + problems);
      }
      checked++;
      quotes += a.quotes().size();
      entities += a.entities().size();
    }
    System.out.println("CorpusFormatsTest: " + checked + " of " + files.size() + " articles (every " + EVERY
        + "), " + quotes + " quotes, " + entities + " entities; " + failures.size() + " failed");
    assertTrue(files.size() > 3_000, "only " + files.size() + " files");
    assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " failed");
  }
}
