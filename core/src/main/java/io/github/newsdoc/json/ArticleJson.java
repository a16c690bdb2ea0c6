package io.github.newsdoc.json;

import io.github.newsdoc.model.Article;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * version still read. {@link #withStrictReading()} rejects unknown properties, trailing content, every
 * property the JSON Schema requires that is missing (the schema version and the lists included) and every
 * value of another JSON type than the schema's ({@code "1"} or {@code 1.5} for a number, {@code 5} or
 * {@code true} for a string, a number for a date or time). In both modes {@code null} or any other non-object
 * document is rejected, a position or span must have all its fields, and strings may be as long as Java
 * allows (what the parser writes is bounded by its input, not by Jackson's default string limit).
 * Documents of an older {@code schemaVersion} (from {@link Article#OLDEST_SCHEMA_VERSION}) read in both
 * modes into an article of the current version: a version 1 {@code "published":"2024-03-14"} is a date-only
 * {@link io.github.newsdoc.model.PublicationTime}, and a version 1 document with {@code "updated"} is an error.
 * Whatever the mode, a document that breaks the contract or the model's invariants throws
 * {@link NewsJsonException}; failing I/O throws {@link UncheckedIOException}.
 */
public final class ArticleJson {
  /** The class-path location of the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA_RESOURCE = "/io/github/newsdoc/json/article.schema.json";

  private static final ArticleJson STANDARD = new ArticleJson(false, false);

  private final boolean pretty;
  private final boolean strict;
  private final JsonMapper mapper;
  private final ObjectWriter writer;
  private final ObjectReader reader;

  private ArticleJson(boolean pretty, boolean strict) {
    this.pretty = pretty;
    this.strict = strict;
    // A string as long as Java allows: the parser's texts are bounded by its input, not by Jackson's default.
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
        .build();
    JsonMapper.Builder builder = JsonMapper.builder(factory)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, strict)
        .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
        .configure(SerializationFeature.INDENT_OUTPUT, pretty);
    if (strict) {
      // Every value must have its own JSON type: no "1" or 1.5 for a number, no 5 or true for a string, no
      // number for a date or an enum.
      builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .defaultLeniency(false)
          .withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail));
    }
    JsonMapper mapper = builder.build();
    this.mapper = mapper;
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
    // Jackson encodes the bytes itself, as for any stream: a writer's charset encoder would refuse a lone
    // surrogate that an article made in code may hold.
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Objects.requireNonNull(file, "file")))) {
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
    if (strict) {
      return reading(() -> {
        StrictShape.check(mapper.readTree(json));
        return reader.readValue(json);
      });
    }
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
    if (strict) {
      StringBuilder b = new StringBuilder();
      try {
        in.transferTo(new java.io.Writer() {
          @Override
          public void write(char[] chars, int off, int len) {
            b.append(chars, off, len);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return read(b.toString());
    }
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
    if (strict) {
      byte[] bytes;
      try {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return reading(() -> {
        StrictShape.check(mapper.readTree(bytes));
        return reader.readValue(bytes);
      });
    }
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
      Article article = read.get();
      if (article == null) {
        throw new NewsJsonException(-1, -1, "$", "the document is null, not an article object", null);
      }
      // an older document, checked against its own version when built, becomes a document of this version
      return article.schemaVersion() == Article.SCHEMA_VERSION ? article
          : article.withSchemaVersion(Article.SCHEMA_VERSION);
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
