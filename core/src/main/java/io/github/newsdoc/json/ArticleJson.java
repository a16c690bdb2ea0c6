package io.github.newsdoc.json;

import io.github.newsdoc.model.Article;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes and reads articles as JSON, following the document contract. Instances are immutable and safe to
 * share between threads; {@link #standard()} writes compact JSON and reads leniently.
 *
 * <pre>{@code
 * ArticleJson json = ArticleJson.standard().withPrettyPrinting().withStrictReading();
 * String text = json.write(article);
 * Article back = json.read(text);
 * }</pre>
 *
 * <p>Reading is lenient by default: unknown properties are skipped, so documents written by a newer minor
 * version still read. {@link #withStrictReading()} rejects unknown properties and trailing content.
 * Whatever the mode, a document that breaks the contract or the model's invariants throws
 * {@link NewsJsonException}; failing I/O throws {@link UncheckedIOException}.
 */
public final class ArticleJson {
  /** The class-path location of the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA_RESOURCE = "/io/github/newsdoc/json/article.schema.json";

  private static final ArticleJson STANDARD = new ArticleJson(false, false);

  private final boolean pretty;
  private final boolean strict;
  private final ObjectWriter writer;
  private final ObjectReader reader;

  private ArticleJson(boolean pretty, boolean strict) {
    this.pretty = pretty;
    this.strict = strict;
    JsonMapper mapper = JsonMapper.builder()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, strict)
        .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
        .configure(SerializationFeature.INDENT_OUTPUT, pretty)
        .build();
    this.writer = mapper.writerFor(Article.class);
    this.reader = mapper.readerFor(Article.class);
  }

  /** Compact output, lenient reading. */
  public static ArticleJson standard() {
    return STANDARD;
  }

  /** Returns a codec like this one that writes indented JSON. Reading is not affected. */
  public ArticleJson withPrettyPrinting() {
    return new ArticleJson(true, strict);
  }

  /** Returns a codec like this one that rejects unknown properties and content after the document. */
  public ArticleJson withStrictReading() {
    return new ArticleJson(pretty, true);
  }

  /** Whether this codec writes indented JSON. */
  public boolean isPretty() {
    return pretty;
  }

  /** Whether this codec rejects unknown properties. */
  public boolean isStrict() {
    return strict;
  }

  /** Returns the article as JSON text. */
  public String write(Article article) {
    Objects.requireNonNull(article, "article");
    return writer.writeValueAsString(article);
  }

  /**
   * Writes the article as JSON to {@code out}, which is flushed but not closed.
   *
   * @throws UncheckedIOException if writing fails
   */
  public void write(Article article, Writer out) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(out, article);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes the article as UTF-8 JSON to {@code out}, which is flushed but not closed.
   *
   * @throws UncheckedIOException if writing fails
   */
  public void write(Article article, OutputStream out) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(out, article);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes the article as UTF-8 JSON to the file, replacing what it held.
   *
   * @throws UncheckedIOException if writing fails
   */
  public void write(Article article, Path file) {
    Objects.requireNonNull(article, "article");
    try (Writer out = Files.newBufferedWriter(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8)) {
      write(article, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an article from JSON text.
   *
   * @throws NewsJsonException if the text is not an article's JSON
   */
  public Article read(String json) {
    Objects.requireNonNull(json, "json");
    return reading(() -> reader.readValue(json));
  }

  /**
   * Reads an article from a character stream, which is not closed.
   *
   * @throws NewsJsonException if the content is not an article's JSON
   * @throws UncheckedIOException if reading fails
   */
  public Article read(Reader in) {
    Objects.requireNonNull(in, "in");
    return reading(() -> reader.readValue(in));
  }

  /**
   * Reads an article from a byte stream of UTF-8 (or UTF-16/32, detected) JSON, which is not closed.
   *
   * @throws NewsJsonException if the content is not an article's JSON
   * @throws UncheckedIOException if reading fails
   */
  public Article read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return reading(() -> reader.readValue(in));
  }

  /**
   * Reads an article from a JSON file.
   *
   * @throws NewsJsonException if the file is not an article's JSON
   * @throws UncheckedIOException if reading fails
   */
  public Article read(Path file) {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Article reading(java.util.function.Supplier<Article> read) {
    try {
      return read.get();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  static RuntimeException translate(JacksonException e) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
      return new UncheckedIOException((IOException) e.getCause());
    }
    TokenStreamLocation location = e.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return new NewsJsonException(line, column, path(e.getPath()), JsonTerms.of(e, problem(e)), e);
  }

  private static String path(List<JacksonException.Reference> references) {
    StringBuilder b = new StringBuilder("$");
    for (JacksonException.Reference r : references) {
      if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      } else if (r.getPropertyName() != null) {
        b.append('.').append(r.getPropertyName());
      }
    }
    return b.toString();
  }

  // The innermost IllegalArgumentException is a model invariant and its message already names the field.
  private static String problem(JacksonException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
        return t.getMessage();
      }
      if (t instanceof NullPointerException) {
        return "null is not allowed here (" + t.getMessage() + ")";
      }
    }
    String message = e.getOriginalMessage();
    for (String tail : new String[] {"\n at [Source", " (start marker at [Source"}) {
      int cut = message.indexOf(tail);
      if (cut >= 0) {
        message = message.substring(0, cut);
      }
    }
    return message;
  }
}
