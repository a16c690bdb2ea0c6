package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.EntityRecognizer;

/** A name a rule found: {@code [start, end)} in its text, what it names, and the name of the rule. */
record RuleMention(int start, int end, EntityType type, String rule) {
  /** The mention without its rule, as {@link EntityRecognizer} gives it. */
  EntityRecognizer.Mention mention() {
    return new EntityRecognizer.Mention(start, end, type);
  }
}
