package io.github.newsdoc.beam;

import io.github.newsdoc.json.ArticleRecord;
import io.github.newsdoc.json.JsonLinesWriter;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.ArticleSources;
import io.github.newsdoc.parser.ArticleStream;
import io.github.newsdoc.parser.ParseFailure;
import io.github.newsdoc.parser.ParseResult;
import java.io.IOException;
import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Parses each matched file into one JSON Lines record, {@code {"source": …, "article": …}} as
 * {@link JsonLinesWriter#toLine(ArticleRecord)} writes it, on the main output {@link #ARTICLES}; a file that
 * cannot be read or that the parser refuses becomes one line {@code path:line:col: message} (or
 * {@code path: message} when the failure has no position) on {@link #FAILED}. The source of a record is the
 * file's Beam resource id: an absolute path for a local file, {@code gs://…} or {@code hdfs://…} elsewhere.
 *
 * <pre>{@code
 * PCollectionTuple parsed = pipeline
 *     .apply(FileIO.match().filepattern("gs://bucket/news/**.txt"))
 *     .apply(FileIO.readMatches())
 *     .apply(ParDo.of(new ParseArticleFn())
 *         .withOutputTags(ParseArticleFn.ARTICLES, TupleTagList.of(ParseArticleFn.FAILED)));
 * }</pre>
 *
 * <p>Parsing is the library's own, {@link ArticleStream#parse(ArticleParser, String, byte[])}. A parser is
 * not {@code Serializable}: the function carries a {@link ParserFactory} and makes one parser per instance in
 * {@link #setup()}, so each worker thread reuses its parser for every file. Counters in the namespace
 * {@link #NAMESPACE}: {@value #ARTICLE_COUNTER}, {@value #QUOTE_COUNTER}, {@value #ENTITY_COUNTER},
 * {@value #PROBLEM_COUNTER} (problems worked around in parsed articles) and {@value #FAILURE_COUNTER}.
 */
public final class ParseArticleFn extends DoFn<FileIO.ReadableFile, String> {
  private static final long serialVersionUID = 1L;

  /** The JSON Lines records, one per parsed article. */
  public static final TupleTag<String> ARTICLES = new TupleTag<>("articles");
  /** The dead letters, one line per file that gave no article. */
  public static final TupleTag<String> FAILED = new TupleTag<>("failed");

  /** The namespace of the counters. */
  public static final String NAMESPACE = ParseArticleFn.class.getName();
  /** Counts the articles parsed. */
  public static final String ARTICLE_COUNTER = "articles";
  /** Counts the quotes of the articles parsed. */
  public static final String QUOTE_COUNTER = "quotes";
  /** Counts the entities of the articles parsed. */
  public static final String ENTITY_COUNTER = "entities";
  /** Counts the problems the parser worked around in the articles parsed. */
  public static final String PROBLEM_COUNTER = "problems";
  /** Counts the files that gave no article. */
  public static final String FAILURE_COUNTER = "failures";

  /** Makes the parser of each instance; serializable, so that the function can be sent to workers. */
  @FunctionalInterface
  public interface ParserFactory extends Serializable {
    /** Returns the parser to use. */
    ArticleParser create();
  }

  private final ParserFactory factory;
  private final Counter articles = Metrics.counter(NAMESPACE, ARTICLE_COUNTER);
  private final Counter quotes = Metrics.counter(NAMESPACE, QUOTE_COUNTER);
  private final Counter entities = Metrics.counter(NAMESPACE, ENTITY_COUNTER);
  private final Counter problems = Metrics.counter(NAMESPACE, PROBLEM_COUNTER);
  private final Counter failures = Metrics.counter(NAMESPACE, FAILURE_COUNTER);
  private transient ArticleParser parser;

  /** Parses with {@link ArticleParser#standard()}. */
  public ParseArticleFn() {
    this(ArticleParser::standard);
  }

  /**
   * Parses with the parsers {@code factory} makes, for example
   * {@code new ParseArticleFn(() -> ArticleParser.builder().entities(false).build())}.
   */
  public ParseArticleFn(ParserFactory factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** Makes this instance's parser. */
  @Setup
  public void setup() {
    parser = Objects.requireNonNull(factory.create(), "the parser factory returned null");
  }

  /** Parses one file. */
  @ProcessElement
  public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
    String source = file.getMetadata().resourceId().toString();
    byte[] bytes;
    try {
      bytes = file.readFullyAsBytes();
    } catch (IOException e) {
      failures.inc();
      out.get(FAILED).output(source + ": cannot read: " + ArticleSources.reason(e));
      return;
    }
    ParseResult result = ArticleStream.parse(parser, source, bytes);
    if (result.failure().isPresent()) {
      failures.inc();
      out.get(FAILED).output(deadLetter(source, result.failure().get()));
      return;
    }
    Article article = result.article().orElseThrow();
    articles.inc();
    quotes.inc(article.quotes().size());
    entities.inc(article.entities().size());
    problems.inc(result.problems().size());
    out.get(ARTICLES).output(JsonLinesWriter.toLine(new ArticleRecord(source, article)));
  }

  /** Returns {@code source:line:col: message}, or {@code source: message} when the failure has no position. */
  static String deadLetter(String source, ParseFailure failure) {
    return source + (failure.hasPosition() ? ":" + failure.line() + ":" + failure.column() : "") + ": "
        + failure.message();
  }
}
