package io.github.newsdoc.parser;

/**
 * What the parser does with bytes that are not valid UTF-8 when it reads a {@code Path} or an
 * {@code InputStream}. Scraped files often hold a stray Latin-1 or Windows byte ({@code 0xA3} for £).
 * Each case is also reported as a {@link ParseProblem} with its line and column.
 */
public enum MalformedInputPolicy {
  /**
   * The default: each invalid byte is read as the windows-1252 character it stands for (a superset of
   * Latin-1), so {@code 0xA3} becomes {@code £} and {@code 0x92} becomes {@code ’}. Valid UTF-8 around it
   * is read as UTF-8.
   */
  FALLBACK_WINDOWS_1252,
  /** Each invalid byte becomes the replacement character U+FFFD. */
  REPLACE,
  /** The first invalid byte throws an {@link ArticleParseException} with its line and column. */
  REJECT
}
