package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One-line parsing and writing of plain-text articles with the {@linkplain ArticleParser#standard()
 * standard parser}.
 *
 * <pre>{@code
 * Article fromFile = Newsdoc.parseFile(Path.of("story.txt"));
 * Article fromText = Newsdoc.parseText("Port reopens\n\nShips sail again.\n");
 * String json = NewsJson.write(fromFile);       // newsdoc-core
 * String text = Newsdoc.write(fromFile);        // canonical plain text
 * }</pre>
 *
 * <p>{@link #parseFile(Path)} reads a file; {@link #parseText(String)} parses the string itself as the
 * article. A file name passed as text would be parsed as a one-line article, so {@link #parse(String)}
 * refuses a string that looks like one.
 */
public final class Newsdoc {
  private Newsdoc() {}

  /**
   * Parses a UTF-8 text file.
   *
   * @throws ArticleParseException if the file cannot be read as an article
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Article parseFile(Path file) {
    return ArticleParser.standard().parse(file);
  }

  /**
   * Parses {@code text} as the article itself (its first line is the headline). To read a file, use
   * {@link #parseFile(Path)}.
   */
  public static Article parseText(String text) {
    return ArticleParser.standard().parse(text);
  }

  /** The same as {@link #parseFile(Path)}. */
  public static Article parse(Path file) {
    return parseFile(file);
  }

  /**
   * Parses the article text in {@code text}; this is not a file name. Kept for existing callers:
   * {@link #parseText(String)} says what it does.
   *
   * @throws IllegalArgumentException if {@code text} is one line ending in {@code .txt}, which is a file
   *     name passed by mistake: use {@link #parseFile(Path)} (or {@link #parseText(String)} for such text)
   */
  public static Article parse(String text) {
    if (looksLikeFileName(text)) {
      throw new IllegalArgumentException("'" + text + "' looks like a file name, not article text: use "
          + "Newsdoc.parseFile(Path.of(...)) to read the file, or Newsdoc.parseText(...) to parse the text");
    }
    return parseText(text);
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

  static boolean looksLikeFileName(String text) {
    if (text == null || text.length() > 4096 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return false;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.length() > 4 && t.endsWith(".txt");
  }
}
