package io.github.newsdoc.json;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads {@link ArticleRecord}s from JSON Lines in constant memory: one line is held at a time. Blank lines
 * are skipped. Reading is lenient like {@link ArticleJson#standard()} unless the reader was made with a
 * strict codec ({@link #of(Reader, ArticleJson)}).
 *
 * <pre>{@code
 * try (JsonLinesReader in = JsonLinesReader.open(Path.of("articles.jsonl"));
 *      Stream<ArticleRecord> records = in.stream()) {
 *   records.forEach(r -> System.out.println(r.source() + ": " + r.article().title()));
 * }
 * }</pre>
 *
 * <p>A record that cannot be read throws {@link NewsJsonException} with its line number and a JSON path such
 * as {@code $.article.title}; failing I/O throws {@link UncheckedIOException}. A reader is not safe for use by
 * several threads at once; closing it closes what it reads.
 */
public final class JsonLinesReader implements Closeable {
  private final BufferedReader in;
  private final ArticleJson codec;
  private int line;

  private JsonLinesReader(BufferedReader in, ArticleJson codec) {
    this.in = in;
    this.codec = codec;
  }

  /** A lenient reader of UTF-8 records. */
  public static JsonLinesReader of(InputStream in) {
    return of(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8));
  }

  /** A lenient reader. */
  public static JsonLinesReader of(Reader in) {
    return of(in, ArticleJson.standard());
  }

  /** A reader that reads each article with {@code codec} (for example a strict one). */
  public static JsonLinesReader of(Reader in, ArticleJson codec) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(codec, "codec");
    return new JsonLinesReader(in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in), codec);
  }

  /** A lenient reader of a UTF-8 file. */
  public static JsonLinesReader open(Path file) {
    try {
      return of(Files.newBufferedReader(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one line of JSON Lines (see {@link ArticleRecord}). */
  public static ArticleRecord parseLine(String json) {
    return Envelope.read(Objects.requireNonNull(json, "json"), 1, ArticleJson.standard());
  }

  /** Returns the next record, or {@code null} at the end. */
  public ArticleRecord read() {
    String text;
    try {
      do {
        text = in.readLine();
        if (text == null) {
          return null;
        }
        line++;
      } while (text.isBlank());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Envelope.read(text, line, codec);
  }

  /** The number of the last line read (1-based), 0 before the first. */
  public int lineNumber() {
    return line;
  }

  /** The records still to read, lazily, in order. Closing the stream closes this reader. */
  public Stream<ArticleRecord> stream() {
    Iterator<ArticleRecord> records = new Iterator<>() {
      private ArticleRecord next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = read();
        }
        return next != null;
      }

      @Override
      public ArticleRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ArticleRecord r = next;
        next = null;
        return r;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
