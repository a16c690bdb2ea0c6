package io.github.newsdoc.parser.internal;

import java.util.Optional;

/**
 * A quote with no clause of its own inside a paragraph of quotes takes the attribution of its neighbours: the
 * quote before it in the same paragraph, else the nearest later quote of the run whose own sentence credits
 * it ({@code "We will stay," she said. "All of us."}). Not when a sentence of its own between the two
 * quotes introduces another speaker ({@code "…" Jo Marsh, who built it, says the aim is access. "Why …?"}):
 * that sentence speaks for the quote after it ({@link SentenceBeforeSieve}).
 */
final class InterruptedQuoteSieve implements AttributionSieve {
  @Override
  public String name() {
    return "interrupted-quote";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    if (index > 0 && ctx.quotes.get(index - 1).last().block() == q.first().block()) {
      if (introducedBetween(ctx, ctx.quotes.get(index - 1).last(), q)) {
        return null;
      }
      Optional<Attributed> before = ctx.settled.get(index - 1);
      if (before.isPresent()) {
        return before.get();
      }
    }
    return ctx.nextOwn(index).orElse(null);
  }

  // Whether the sentence just before q, ended by a dot or a colon, starts after the quote before it ends (no
  // part of that quote's sentence) and introduces a speaker.
  private static boolean introducedBetween(AttributionContext ctx, QuoteFinder.Segment before, QuoteFinder.Found q) {
    int block = q.first().block();
    if (block < 0) {
      return false;
    }
    int i = SentenceBeforeSieve.introductionEnd(ctx, q);
    if (i <= before.end() + 1) {
      return false;
    }
    String text = ctx.texts.get(block + 1);
    // the start of the sentence that ends at i - 1, however long: after the quote before, and a capital opens
    // it (not the verb after a quote that ends with a question: "… themselves?" asked Sen. Ada Marsh, who …)
    int start = ctx.sentenceOpening(block, i - 1);
    if (start < before.end()) {
      return false;
    }
    while (start < i && (Text.isSpace(text.charAt(start)) || QuoteFinder.isDouble(text.charAt(start)))) {
      start++;
    }
    return start < i && Character.isUpperCase(text.charAt(start)) && SentenceBeforeSieve.sentenceBefore(ctx, q) != null;
  }
}
