package io.github.newsdoc.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.json.ArticleRecord;
import io.github.newsdoc.json.JsonLinesReader;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.ArticleStream;
import io.github.newsdoc.parser.ParseFailure;
import io.github.newsdoc.parser.ParseResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the pipeline on the DirectRunner over the fixture folder: three articles in nested folders, a file
 * with a NUL byte that the parser refuses, and a {@code .md} file the glob leaves out.
 */
class NewsdocPipelineTest {
  private static final ArticleParser PARSER = ArticleParser.standard();

  @TempDir
  static Path out;

  private static Path fixtures;
  private static Map<String, Long> counters;

  @BeforeAll
  static void runPipeline() throws URISyntaxException {
    fixtures = Path.of(NewsdocPipelineTest.class.getResource("articles").toURI()).toAbsolutePath();
    NewsdocPipelineOptions options = PipelineOptionsFactory.fromArgs(
            "--runner=DirectRunner", "--input=" + fixtures + "/**.txt", "--output=" + out)
        .withValidation().as(NewsdocPipelineOptions.class);
    counters = NewsdocPipeline.run(options);
  }

  @Test
  void writesOneRecordPerGoodFileNamedByItsPath() throws IOException {
    List<ArticleRecord> records = records();
    assertEquals(3, records.size(), () -> "records: " + records);
    Set<String> sources = records.stream().map(ArticleRecord::source).collect(Collectors.toSet());
    assertEquals(Set.of(source("library.txt"), source("sport/relay.txt"), source("world/ferry.txt")), sources);
  }

  @Test
  void recordsHoldTheArticlesTheLibraryParses() throws IOException {
    for (ArticleRecord r : records()) {
      assertEquals(PARSER.parse(Path.of(r.source())), r.article(), r.source());
    }
  }

  @Test
  void deadLettersListTheBadFileWithLineAndColumn() throws IOException {
    List<String> failed = lines("failed-");
    String bad = source("bad/binary.txt");
    ParseFailure failure = ArticleStream.parse(PARSER, bad, Files.readAllBytes(Path.of(bad))).failure().orElseThrow();
    assertTrue(failure.hasPosition(), failure::toString);
    assertEquals(List.of(bad + ":" + failure.line() + ":" + failure.column() + ": " + failure.message()), failed);
    assertTrue(failed.get(0).matches(".*/bad/binary\\.txt:3:\\d+: .*"), failed.get(0));
  }

  @Test
  void countersAddUpTheArticles() throws IOException {
    long quotes = 0;
    long entities = 0;
    long problems = 0;
    for (String name : List.of("library.txt", "sport/relay.txt", "world/ferry.txt")) {
      Path file = Path.of(source(name));
      ParseResult result = ArticleStream.parse(PARSER, file.toString(), Files.readAllBytes(file));
      Article article = result.article().orElseThrow();
      quotes += article.quotes().size();
      entities += article.entities().size();
      problems += result.problems().size();
    }
    assertTrue(quotes >= 3, "the fixtures hold a quote each, found " + quotes);
    Map<String, Long> expected = new TreeMap<>(Map.of(
        ParseArticleFn.ARTICLE_COUNTER, 3L,
        ParseArticleFn.QUOTE_COUNTER, quotes,
        ParseArticleFn.ENTITY_COUNTER, entities,
        ParseArticleFn.PROBLEM_COUNTER, problems,
        ParseArticleFn.FAILURE_COUNTER, 1L));
    assertEquals(expected, counters);
  }

  private static String source(String name) {
    return fixtures.resolve(name).toString();
  }

  private static List<ArticleRecord> records() throws IOException {
    List<ArticleRecord> records = new ArrayList<>();
    for (String line : lines("articles-")) {
      records.add(JsonLinesReader.parseLine(line));
    }
    return records;
  }

  // Every line of the output files whose names start with prefix, in file order.
  private static List<String> lines(String prefix) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
