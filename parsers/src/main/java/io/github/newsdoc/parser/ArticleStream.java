package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Parses many articles as a stream of {@link ParseResult}s, one per input, in input order. A bad input never
 * stops the stream: a path that cannot be read, a file the parser refuses, a file too large for memory (even
 * an {@link OutOfMemoryError} while parsing it) each become a failed result, and the next input is parsed.
 *
 * <pre>{@code
 * try (Stream<ParseResult> results = ArticleStream.parse(ArticleParser.standard(), Path.of("corpus"))) {
 *   results.forEach(r -> r.article().ifPresentOrElse(
 *       a -> System.out.println(r.source().name() + ": " + a.title()),
 *       () -> System.err.println(r.source() + ": " + r.failure().get())));
 * }
 * }</pre>
 *
 * <h2>In Spark, Beam or Flink</h2>
 * The methods are static and keep no state; {@link ArticleParser}s are immutable and thread-safe, so many
 * tasks may share one. Inside a map function, take the parser from a static place
 * ({@link ArticleParser#standard()}, or a static field of your own) rather than capturing it: a parser is not
 * {@code Serializable}. {@link #parse(ArticleParser, String, byte[])} parses bytes the framework has already
 * read (Spark's {@code binaryFiles}, Beam's {@code FileIO.ReadableFile}). Nothing is thrown for bad input,
 * so one bad record never fails a task:
 *
 * <pre>{@code
 * JavaRDD<String> json = sc.binaryFiles("hdfs:///news")
 *     .map(f -> ArticleStream.parse(ArticleParser.standard(), f._1(), f._2().toArray()))
 *     .filter(ParseResult::isSuccess)
 *     .map(r -> JsonLinesWriter.toLine(new ArticleRecord(r.source().name(), r.article().get())));
 * }</pre>
 */
public final class ArticleStream {
  private ArticleStream() {}

  /**
   * The results for every article file below {@code root} (see {@link ArticleSources#walk(Path)}): first a
   * failed result for each path that could not be listed, then one result per file, in path order. The
   * folder is listed when the stream is consumed, and each file is read and parsed only when its result is
   * reached, so memory holds the list of paths and one article at a time.
   */
  public static Stream<ParseResult> parse(ArticleParser parser, Path root) {
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(root, "root");
    return Stream.of(root).flatMap(r -> {
      ArticleSources.Listing found = ArticleSources.walk(r);
      return Stream.concat(
          found.problems().stream().map(p -> ParseResult.failure(new Source(p.path().toString(), p.path()),
              new ParseFailure(0, 0, p.reason(), null))),
          found.sources().stream().map(s -> parse(parser, s)));
    });
  }

  /** The results for each path in turn, as {@link #parse(ArticleParser, Path)} gives them. */
  public static Stream<ParseResult> parse(ArticleParser parser, Collection<Path> roots) {
    Objects.requireNonNull(parser, "parser");
    List<Path> copy = List.copyOf(roots);
    return copy.stream().flatMap(root -> parse(parser, root));
  }

  /** Reads and parses one source. Never throws for I/O or bad input. */
  public static ParseResult parse(ArticleParser parser, Source source) {
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(source, "source");
    Path file = source.path();
    if (file == null) {
      throw new IllegalArgumentException("source " + source.name() + " has no file: parse its bytes instead");
    }
    byte[] bytes;
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (a.isDirectory()) {
        return failed(source, "is a directory");
      }
      if (a.isRegularFile() && a.size() > largestReadable()) {
        return failed(source, tooLarge(a.size()));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return failed(source, ArticleSources.reason(e));
    } catch (OutOfMemoryError e) {
      return failed(source, "too large for memory: out of memory while reading it (raise the heap with -Xmx)");
    }
    return parse(parser, source, bytes);
  }

  /**
   * Parses bytes already read, naming them {@code name} in the result. Never throws for bad input.
   */
  public static ParseResult parse(ArticleParser parser, String name, byte[] bytes) {
    return parse(parser, new Source(name, null), bytes);
  }

  static ParseResult parse(ArticleParser parser, Source source, byte[] bytes) {
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(bytes, "bytes");
    try {
      ParseReport report = parser.analyze(bytes);
      Article article = report.article();
      return ParseResult.success(source, article, report.problems());
    } catch (ArticleParseException e) {
      return ParseResult.failure(source, new ParseFailure(e.line(), e.column(), e.problem(), e));
    } catch (OutOfMemoryError e) {
      return ParseResult.failure(source, new ParseFailure(0, 0, "too large for memory: out of memory while "
          + "parsing " + megabytes(bytes.length) + " (raise the heap with -Xmx)", e));
    } catch (RuntimeException | StackOverflowError e) {
      return ParseResult.failure(source, new ParseFailure(0, 0, "internal error: " + e, e));
    }
  }

  private static ParseResult failed(Source source, String reason) {
    return ParseResult.failure(source, new ParseFailure(0, 0, reason, null));
  }

  // A file must fit in one array, and parsing needs several times its size: a quarter of the heap at most.
  static long largestReadable() {
    return Math.min(Integer.MAX_VALUE - 16L, Runtime.getRuntime().maxMemory() / 4);
  }

  private static String tooLarge(long size) {
    return "too large for memory: " + megabytes(size) + ", and this heap reads at most "
        + megabytes(largestReadable()) + " (raise it with -Xmx)";
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
