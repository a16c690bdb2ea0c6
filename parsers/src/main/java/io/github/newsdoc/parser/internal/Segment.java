package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

/**
 * A line's reading: the role it was given, the rule that gave it, and the value the rule parsed from it, so
 * that no later step parses the line again.
 *
 * @param line the source line
 * @param role its role
 * @param rule the name of the rule that gave it
 * @param value what the rule read from the line (a {@code PublishedDates.Reading} for a date line, a list of
 *     {@link io.github.newsdoc.model.Byline}s for a byline, a list of strings for labelled tags and for
 *     credits), or null when the rule reads no value or the role came from a later pass
 */
record Segment(Line line, LineRole role, String rule, Object value) {
  Segment(Line line, LineRole role, String rule) {
    this(line, role, rule, null);
  }
}
