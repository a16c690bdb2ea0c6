package io.github.newsdoc.examples.bench;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Parses every clean article of the corpus once per operation, on one thread: the structure alone, with
 * quotes, or with quotes and entities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {
  /** structure: lines, blocks and boilerplate; quotes: and quotes; full: and entities. */
  @Param({"structure", "quotes", "full"})
  public String stages;

  List<String> texts;
  ArticleParser parser;

  /** Loads the corpus. */
  @Setup
  public void load() {
    texts = Corpus.cleanArticles();
    parser = ArticleParser.builder()
        .quotes(!stages.equals("structure"))
        .entities(stages.equals("full"))
        .build();
  }

  /** Parses the whole corpus. */
  @Benchmark
  public void parseCorpus(Blackhole sink) {
    for (String text : texts) {
      Article article = parser.parse(text);
      sink.consume(article);
    }
  }
}
