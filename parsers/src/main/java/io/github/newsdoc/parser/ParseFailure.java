package io.github.newsdoc.parser;

import java.util.Objects;

/**
 * Why an input gave no article: it could not be read (a reason such as {@code permission denied} or
 * {@code too large for memory}), or the parser refused it ({@link ArticleParseException}, with a position).
 *
 * @param line the 1-based line of the problem, or 0 when it has no position
 * @param column the 1-based column of the problem, or 0 when it has no position
 * @param message what is wrong
 * @param cause the exception or error behind it, or {@code null}
 */
public record ParseFailure(int line, int column, String message, Throwable cause) {
  /** Checks the components. */
  public ParseFailure {
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative, but were " + line + ":" + column);
    }
  }

  /** Whether the failure has a line and column. */
  public boolean hasPosition() {
    return line > 0;
  }

  /** Returns {@code line:column: message}, or the message alone when there is no position. */
  @Override
  public String toString() {
    return hasPosition() ? line + ":" + column + ": " + message : message;
  }
}
