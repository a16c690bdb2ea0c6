package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ArticleParser#analyze} found: the article, the role each non-blank line was given and by
 * which rule, and the problems the parser worked around.
 *
 * @param article the parsed article
 * @param lines one assignment for every non-blank source line, in source order
 * @param problems what the parser noticed and worked around, in source order
 */
public record ParseReport(Article article, List<LineAssignment> lines, List<ParseProblem> problems) {
  /** Copies the lists; nothing may be null. */
  public ParseReport {
    Objects.requireNonNull(article, "article");
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }
}
