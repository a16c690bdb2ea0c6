package io.github.newsdoc.format;

/**
 * Thrown when a ninjs item cannot be read as an article: it is not JSON, a property has the wrong JSON type,
 * or what it holds breaks the model's invariants. The message says where, for example
 * {@code at $.headlines[0].value: must be a string, but was a number}.
 */
public final class NinjsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  NinjsException(String path, String problem, Throwable cause) {
    super("at " + path + ": " + problem, cause);
    this.path = path;
  }

  /** Where in the item the problem is, as a JSON path ({@code $.bodies[0].value}). */
  public String path() {
    return path;
  }
}
