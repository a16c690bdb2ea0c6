package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * One-line parsing and writing of plain-text articles with the {@linkplain ArticleParser#standard()
 * standard parser}.
 *
 * <pre>{@code
 * Article article = Newsdoc.parse(Path.of("story.txt"));
 * String json = NewsJson.write(article);        // newsdoc-core
 * String text = Newsdoc.write(article);         // canonical plain text
 * }</pre>
 */
public final class Newsdoc {
  private Newsdoc() {}

  /**
   * Parses a UTF-8 text file.
   *
   * @throws ArticleParseException if the file cannot be read as an article
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Article parse(Path file) {
    return ArticleParser.standard().parse(file);
  }

  /** Parses text. */
  public static Article parse(String text) {
    return ArticleParser.standard().parse(text);
  }

  /** Parses a character stream, read to its end but not closed. */
  public static Article parse(Reader in) {
    return ArticleParser.standard().parse(in);
  }

  /** Parses a UTF-8 byte stream, read to its end but not closed. */
  public static Article parse(InputStream in) {
    return ArticleParser.standard().parse(in);
  }

  /** Returns the article as canonical plain text (see {@link ArticleWriter}). */
  public static String write(Article article) {
    return ArticleWriter.write(article);
  }
}
