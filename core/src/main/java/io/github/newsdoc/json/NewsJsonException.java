package io.github.newsdoc.json;

/**
 * Thrown when JSON cannot be read as an article: it is not well-formed, does not follow the document
 * contract, or breaks one of the model's invariants. The message says what is wrong and where, for example
 * {@code line 4, column 18, at $.blocks[1].text: must not be blank}.
 */
public final class NewsJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  NewsJsonException(int line, int column, String path, String problem, Throwable cause) {
    super(format(line, column, path, problem), cause);
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  private static String format(int line, int column, String path, String problem) {
    StringBuilder b = new StringBuilder();
    if (line > 0) {
      b.append("line ").append(line);
      if (column > 0) {
        b.append(", column ").append(column);
      }
      b.append(", ");
    }
    return b.append("at ").append(path).append(": ").append(problem).toString();
  }

  /** The 1-based line where reading stopped, or {@code -1} when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column where reading stopped, or {@code -1} when unknown. */
  public int column() {
    return column;
  }

  /** The JSON path of the value that was being read, for example {@code $.quotes[0].start}. */
  public String path() {
    return path;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
