package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ArticleParser#analyze} found: the article, the role each non-blank line was given and by
 * which rule, the sieve that credited each attributed quote, the rule behind each mention of an entity, and
 * the problems the parser worked around.
 *
 * @param article the parsed article
 * @param lines one assignment for every non-blank source line, in source order
 * @param problems what the parser noticed and worked around, in source order
 * @param attributions for every quote with an attribution, the sieve that found it, in quote order
 * @param mentions every mention of the article's entities with the entity's id and the name of the rule
 *     that found it, in article order (the title first); empty when entities are not found
 */
public record ParseReport(Article article, List<LineAssignment> lines, List<ParseProblem> problems,
    List<AttributionAssignment> attributions, List<EntityMention> mentions) {
  /** Copies the lists; nothing may be null. */
  public ParseReport {
    Objects.requireNonNull(article, "article");
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
    attributions = List.copyOf(attributions);
    mentions = List.copyOf(mentions);
  }

  /** A report that names no sieve and no rule behind quotes and entities. */
  public ParseReport(Article article, List<LineAssignment> lines, List<ParseProblem> problems) {
    this(article, lines, problems, List.of(), List.of());
  }
}
