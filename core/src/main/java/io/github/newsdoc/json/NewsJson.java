package io.github.newsdoc.json;

import io.github.newsdoc.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One-line JSON for articles: compact writing and lenient reading through {@link ArticleJson#standard()}.
 *
 * <pre>{@code
 * String json = NewsJson.write(article);
 * Article back = NewsJson.read(json);   // back.equals(article)
 * }</pre>
 *
 * <p>For indented output or strict reading, use {@link ArticleJson}; for many articles, one a line, use
 * {@link JsonLinesWriter} and {@link JsonLinesReader}.
 */
public final class NewsJson {
  private NewsJson() {}

  /** Returns the article as compact JSON. */
  public static String write(Article article) {
    return ArticleJson.standard().write(article);
  }

  /** Returns the article as indented JSON. */
  public static String writePretty(Article article) {
    return ArticleJson.standard().withPrettyPrinting().write(article);
  }

  /** Writes the article as compact JSON to {@code out}, which is not closed. */
  public static void write(Article article, Writer out) {
    ArticleJson.standard().write(article, out);
  }

  /** Writes the article as compact UTF-8 JSON to {@code out}, which is not closed. */
  public static void write(Article article, OutputStream out) {
    ArticleJson.standard().write(article, out);
  }

  /** Writes the article as compact UTF-8 JSON to a file. */
  public static void write(Article article, Path file) {
    ArticleJson.standard().write(article, file);
  }

  /**
   * Reads an article from JSON text.
   *
   * @throws NewsJsonException if the text is not an article's JSON
   */
  public static Article read(String json) {
    return ArticleJson.standard().read(json);
  }

  /** Reads an article from a character stream, which is not closed. */
  public static Article read(Reader in) {
    return ArticleJson.standard().read(in);
  }

  /** Reads an article from a byte stream, which is not closed. */
  public static Article read(InputStream in) {
    return ArticleJson.standard().read(in);
  }

  /** Reads an article from a JSON file. */
  public static Article read(Path file) {
    return ArticleJson.standard().read(file);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the document. Its {@code $defs/jsonLinesRecord} describes a
   * JSON Lines record ({@link ArticleRecord}): {@code {"source": …, "article": …}}.
   *
   * <p>Use this rather than {@code getResource(ArticleJson.SCHEMA_RESOURCE)}: from a named module other than
   * {@code io.github.newsdoc.core}, the resource is encapsulated and {@code getResource} returns null.
   */
  public static String schema() {
    return SchemaHolder.SCHEMA;
  }

  private static final class SchemaHolder {
    static final String SCHEMA = load();

    private static String load() {
      try (InputStream in = NewsJson.class.getResourceAsStream(ArticleJson.SCHEMA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the JSON Schema is missing from newsdoc-core");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
