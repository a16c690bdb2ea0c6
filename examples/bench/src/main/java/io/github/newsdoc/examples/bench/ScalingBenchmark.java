package io.github.newsdoc.examples.bench;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Parses one input of {@code megabytes} MB of realistic or adversarial text, to show that time grows
 * linearly with size. The parser's limits are raised to the input's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
  /** The input's size in MB (10^6 characters). */
  @Param({"1", "5", "10", "50"})
  public int megabytes;

  /** realistic: corpus articles run together; quotes: quote marks and attributions; longline: one line of
   *  words; lines: one word a line. */
  @Param({"realistic", "quotes", "longline", "lines"})
  public String kind;

  String text;
  ArticleParser parser;

  /** Builds the input. */
  @Setup(Level.Trial)
  public void build() {
    int size = megabytes * 1_000_000;
    text = input(kind, size);
    parser = ArticleParser.builder().maxInputLength(size * 2).maxLineLength(size * 2).maxLines(size).build();
  }

  static String input(String kind, int size) {
    StringBuilder b = new StringBuilder(size + 1000);
    switch (kind) {
      case "realistic":
        List<String> articles = Corpus.cleanArticles();
        for (int i = 0; b.length() < size; i++) {
          b.append(articles.get(i % articles.size())).append("\n\n");
        }
        break;
      case "quotes":
        b.append("Ines Cole spoke.\n\n");
        while (b.length() < size) {
          b.append("\"We go,\" she said. “Now” ‘and’ \"\" ''then'' \" “ ” ");
        }
        break;
      case "longline":
        b.append("Headline\n\n");
        while (b.length() < size) {
          b.append("the council voted \"yes\" on Monday, Cole said. ");
        }
        break;
      default:
        while (b.length() < size) {
          b.append("word\n");
        }
        break;
    }
    return b.substring(0, Math.min(b.length(), size));
  }

  /** Parses the input once. */
  @Benchmark
  public Article parse() {
    return parser.parse(text);
  }
}
