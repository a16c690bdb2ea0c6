package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.EntityRecognizer;

/**
 * A name a rule found: {@code [start, end)} in its text, what it names, the name of the rule, and the signed
 * weight of the evidence around it that it names an organisation ({@link OrganisationEvidence}; 0 when not
 * weighed), and the signed weight of the evidence around it that it names a person ({@link PersonEvidence}).
 */
record RuleMention(int start, int end, EntityType type, String rule, int evidence, int person) {
  /** A name with no evidence weighed. */
  RuleMention(int start, int end, EntityType type, String rule) {
    this(start, end, type, rule, 0, 0);
  }

  /** The mention without its rule, as {@link EntityRecognizer} gives it. */
  EntityRecognizer.Mention mention() {
    return new EntityRecognizer.Mention(start, end, type);
  }
}
