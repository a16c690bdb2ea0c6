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
    // the nearest later quote with its own attribution, while each quote starts in the block the one before
    // it ended in
    for (int k = index + 1; k < ctx.quotes.size(); k++) {
      if (ctx.quotes.get(k).first().block() != ctx.quotes.get(k - 1).last().block()) {
        return null;
      }
      if (ctx.own.get(k).isPresent()) {
        return ctx.own.get(k).get();
      }
    }
    return null;
  }
}
