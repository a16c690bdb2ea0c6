package io.github.newsdoc.parser.internal;

/**
 * A paragraph that opens with a quote, right after a paragraph whose last quote was credited, continues that
 * speaker's words (the multi-paragraph convention, or a speaker quoted at length).
 */
final class ContinuedQuoteSieve implements AttributionSieve {
  @Override
  public String name() {
    return "continued-quote";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    if (index == 0 || !ctx.startsParagraph(q)) {
      return null;
    }
    QuoteFinder.Found before = ctx.quotes.get(index - 1);
    return before.last().block() == q.first().block() - 1 ? ctx.settled.get(index - 1).orElse(null) : null;
  }
}
