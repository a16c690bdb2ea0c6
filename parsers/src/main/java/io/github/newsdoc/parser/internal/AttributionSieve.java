package io.github.newsdoc.parser.internal;

/**
 * One way of finding who a quote is credited to. The {@link Attributor} tries its sieves in a fixed order and
 * keeps the first answer; the sieve's {@link #name()} is reported as the attribution's provenance.
 */
interface AttributionSieve {
  /** The name under which this sieve's attributions are reported, for example {@code "after-quote"}. */
  String name();

  /**
   * The attribution of quote {@code index} ({@code q}), or null when this sieve finds none.
   *
   * @param c the article's texts, quotes, people, and the attributions and discourse so far
   */
  Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx);
}
