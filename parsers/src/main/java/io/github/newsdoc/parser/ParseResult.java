package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing one input of a batch: its {@link Source}, and either the article with the problems
 * the parser worked around, or the {@link ParseFailure}. Immutable.
 */
public final class ParseResult {
  private final Source source;
  private final Article article;
  private final ParseFailure failure;
  private final List<ParseProblem> problems;

  private ParseResult(Source source, Article article, ParseFailure failure, List<ParseProblem> problems) {
    this.source = Objects.requireNonNull(source, "source");
    this.article = article;
    this.failure = failure;
    this.problems = List.copyOf(problems);
  }

  /** A parsed article and the problems worked around. */
  public static ParseResult success(Source source, Article article, List<ParseProblem> problems) {
    return new ParseResult(source, Objects.requireNonNull(article, "article"), null, problems);
  }

  /** An input that gave no article. */
  public static ParseResult failure(Source source, ParseFailure failure) {
    return new ParseResult(source, null, Objects.requireNonNull(failure, "failure"), List.of());
  }

  /** The input. */
  public Source source() {
    return source;
  }

  /** The article, unless the input failed. */
  public Optional<Article> article() {
    return Optional.ofNullable(article);
  }

  /** Why the input gave no article, if it failed. */
  public Optional<ParseFailure> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether there is an article. */
  public boolean isSuccess() {
    return article != null;
  }

  /** The problems the parser worked around (none for a failure; a strict parser fails on the first). */
  public List<ParseProblem> problems() {
    return problems;
  }

  /** Returns {@code source: title} or {@code source: failure}. */
  @Override
  public String toString() {
    return source + ": " + (article != null ? "'" + article.title() + "', " + problems.size() + " problems" : failure);
  }
}
