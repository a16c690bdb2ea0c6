package io.github.newsdoc.parser.internal;

import java.util.Optional;

/**
 * A quote with no clause of its own inside a paragraph of quotes takes the attribution of its neighbours: the
 * quote before it in the same paragraph, else the nearest later quote of the run whose own sentence credits
 * it ({@code "We will stay," she said. "All of us."}).
 */
final class InterruptedQuoteSieve implements AttributionSieve {
  @Override
  public String name() {
    return "interrupted-quote";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    if (index > 0 && ctx.quotes.get(index - 1).last().block() == q.first().block()) {
      Optional<Attributed> before = ctx.settled.get(index - 1);
      if (before.isPresent()) {
        return before.get();
      }
    }
    return ctx.nextOwn(index).orElse(null);
  }
}
