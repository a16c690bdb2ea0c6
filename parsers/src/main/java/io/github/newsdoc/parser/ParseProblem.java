package io.github.newsdoc.parser;

import java.util.Objects;

/**
 * Something the parser noticed in the source and worked around: a byte that is not UTF-8, an unclosed
 * quotation mark, a second date line. In strict mode the first problem is thrown as an
 * {@link ArticleParseException} instead.
 *
 * @param line the 1-based line
 * @param column the 1-based column (in UTF-16 code units of the decoded line)
 * @param message what is wrong and what the parser did about it
 */
public record ParseProblem(int line, int column, String message) {
  /** Checks the components. */
  public ParseProblem {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column must be at least 1, but were " + line + ":" + column);
    }
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code <line:column>: message}, as jsoup prints its parse errors. */
  @Override
  public String toString() {
    return "<" + line + ":" + column + ">: " + message;
  }
}
