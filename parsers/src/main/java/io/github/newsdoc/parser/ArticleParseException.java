package io.github.newsdoc.parser;

/**
 * Thrown when a source cannot be read as an article: bytes that are not UTF-8 when the parser was told to
 * reject them, input past a configured limit, or (in strict mode) any {@link ParseProblem}. It carries the
 * 1-based line and column of the problem.
 */
public final class ArticleParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String problem;

  /** Creates an exception for the problem at {@code line}, {@code column}. */
  public ArticleParseException(int line, int column, String problem) {
    super(line + ":" + column + ": " + problem);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  static ArticleParseException of(ParseProblem p) {
    return new ArticleParseException(p.line(), p.column(), p.message());
  }

  /** The 1-based line of the problem. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem. */
  public int column() {
    return column;
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }
}
