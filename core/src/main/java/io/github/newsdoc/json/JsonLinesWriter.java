package io.github.newsdoc.json;

import io.github.newsdoc.model.Article;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes {@link ArticleRecord}s as JSON Lines, one record a line, in constant memory: each record is written
 * when it is given, and only it is held. Bytes are UTF-8 whatever the platform's locale.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = JsonLinesWriter.of(Files.newOutputStream(Path.of("articles.jsonl")))) {
 *   out.write("story.txt", article);
 * }
 * }</pre>
 *
 * <p>A writer is not safe for use by several threads at once. A failed write throws
 * {@link UncheckedIOException}; nothing is swallowed. Closing the writer closes the stream it wraps.
 */
public final class JsonLinesWriter implements Closeable, Flushable {
  private final Writer out;
  private final ArticleJson codec;
  private long written;

  private JsonLinesWriter(Writer out, ArticleJson codec) {
    this.out = out;
    this.codec = codec;
  }

  /** A writer of compact records to {@code out}, as UTF-8. */
  public static JsonLinesWriter of(OutputStream out) {
    return of(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
  }

  /** A writer of compact records to {@code out}. */
  public static JsonLinesWriter of(Writer out) {
    Objects.requireNonNull(out, "out");
    return new JsonLinesWriter(out instanceof BufferedWriter ? out : new BufferedWriter(out), ArticleJson.standard());
  }

  /** A writer of compact records to a new file, or one whose content it replaces. */
  public static JsonLinesWriter create(Path file) {
    try {
      return of(Files.newBufferedWriter(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one record and a line feed. */
  public void write(String source, Article article) {
    write(new ArticleRecord(source, article));
  }

  /** Writes one record and a line feed. */
  public void write(ArticleRecord record) {
    Objects.requireNonNull(record, "record");
    String line = Envelope.write(record, codec);
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written++;
  }

  /** How many records were written. */
  public long written() {
    return written;
  }

  /** Returns one record as a line of JSON, without the line feed. */
  public static String toLine(ArticleRecord record) {
    return Envelope.write(Objects.requireNonNull(record, "record"), ArticleJson.standard());
  }

  /** Returns one record as indented JSON (not a JSON Lines line; for people to read). */
  public static String toPrettyJson(ArticleRecord record) {
    return Envelope.write(Objects.requireNonNull(record, "record"), ArticleJson.standard().withPrettyPrinting());
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
