package io.github.newsdoc.parser;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Span;

import java.util.Objects;

/**
 * One mention of an entity as {@link ArticleParser#analyze} reports it: where it stands, what the rule took
 * it for, the entity it belongs to, and the rule that found it. The built-in recognizer's rules are named in
 * kebab case after their classes ({@code "person-name"} is {@code PersonNameRule}, {@code "gazetteer"} is
 * {@code GazetteerRule}); the passes over a whole article add {@code "surname-alone"} (a surname alone names
 * the person introduced with it), {@code "surname-of-person"} (a single name retyped as a person's surname),
 * {@code "title-case-headline"} (the part of a headline's name that the body names) and {@code
 * "organisation-list"} (a name retyped in a list of organisations); the mentions of a recognizer of your own
 * are all {@code "recognizer"}.
 *
 * @param span where the mention stands (block -1 is the title)
 * @param type what the rule took the name for; the entity's type is that of its first mention
 * @param entity the id of the entity in {@link io.github.newsdoc.model.Article#entities()}
 * @param rule the name of the rule that found the mention
 */
public record EntityMention(Span span, EntityType type, String entity, String rule) {
  /** Checks that nothing is null. */
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(rule, "rule");
  }
}
