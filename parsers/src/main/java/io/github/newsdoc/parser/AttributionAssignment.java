package io.github.newsdoc.parser;

import java.util.Objects;

/**
 * Who a quote was credited to and by which sieve of the attributor: the provenance that
 * {@link ArticleParser#analyze} reports for every attributed quote, so that a wrong speaker leads to the
 * one rule that chose it.
 *
 * @param quote the index of the quote in {@link io.github.newsdoc.model.Article#quotes()}
 * @param speaker the speaker the attribution names
 * @param sieve the name of the sieve that found it: {@code "headline-speaker"}, {@code "according-to-at-end"},
 *     {@code "after-quote"}, {@code "before-quote"}, {@code "according-to-in-sentence"}, {@code "sentence-end"},
 *     {@code "headline-subject"}, {@code "shared-sentence"}, {@code "sentence-subject"},
 *     {@code "continued-quote"}, {@code "interrupted-quote"}, {@code "introduction"}, {@code "sentence-before"},
 *     {@code "signature"}, {@code "subject-before"}, {@code "ongoing-speaker"} or {@code "headline-claim"}
 */
public record AttributionAssignment(int quote, String speaker, String sieve) {
  /** Checks the components: a quote index of at least 0, and no nulls. */
  public AttributionAssignment {
    if (quote < 0) {
      throw new IllegalArgumentException("quote: must be at least 0, but was " + quote);
    }
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(sieve, "sieve");
  }

  /** Returns {@code quote N: speaker (sieve)}. */
  @Override
  public String toString() {
    return "quote " + quote + ": " + speaker + " (" + sieve + ")";
  }
}
