package io.github.newsdoc.parser;

import java.util.Objects;

/**
 * The role one non-blank source line was given, and the name of the rule that gave it.
 *
 * @param line the 1-based line number in the source
 * @param text the line as read, without its line break
 * @param role what the line was read as
 * @param rule the name of the rule that decided, for example {@code "boilerplate:exact:Similar Posts"},
 *     {@code "date"} or {@code "default:paragraph"}
 */
public record LineAssignment(int line, String text, LineRole role, String rule) {
  /** Checks the components: a positive line number and no nulls. */
  public LineAssignment {
    if (line < 1) {
      throw new IllegalArgumentException("line: must be at least 1, but was " + line);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(rule, "rule");
  }

  /** Returns {@code line: ROLE (rule) text}. */
  @Override
  public String toString() {
    return line + ": " + role + " (" + rule + ") " + text;
  }
}
