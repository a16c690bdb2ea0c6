package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Attribution;

import java.util.Objects;

/**
 * A quote's attribution, whether its source is a person, and the name of the sieve that found it (empty until
 * the attributor records it).
 */
record Attributed(Attribution attribution, boolean person, String sieve) {
  Attributed {
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(sieve, "sieve");
  }

  Attributed(Attribution attribution, boolean person) {
    this(attribution, person, "");
  }

  /** The same attribution, credited to the sieve {@code name}, with that sieve's confidence. */
  Attributed by(String name) {
    return name.equals(sieve) ? this
        : new Attributed(attribution.withConfidence(SieveConfidence.of(name)), person, name);
  }
}
