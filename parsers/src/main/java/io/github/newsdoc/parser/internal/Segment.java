package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

/**
 * A line with the role it was given.
 *
 * @param line the source line
 * @param role its role
 * @param rule the name of the rule that gave it
 */
record Segment(Line line, LineRole role, String rule) {}
