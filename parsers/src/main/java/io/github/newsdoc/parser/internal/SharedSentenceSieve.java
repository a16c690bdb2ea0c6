package io.github.newsdoc.parser.internal;

import java.util.Optional;

/**
 * Quotes that share a sentence share its attribution: in {@code Ana Ruiz called the plan “reckless” and
 * “a gift to the owners”}, the second fragment has no cue of its own, and is Ana Ruiz's as the first is.
 * Tried after the sieves that read a quote's own cue and before {@link SentenceSubjectSieve}, whose subject
 * for the second fragment may be a phrase the sentence opens with ({@code Fifteen minutes after …}). Only a
 * credit that a cue gave the earlier quote is shared, never one that was itself the sentence's subject.
 */
final class SharedSentenceSieve implements AttributionSieve {
  @Override
  public String name() {
    return "shared-sentence";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    if (index == 0 || index - 1 >= ctx.own.size()) {
      return null;
    }
    Optional<Attributed> before = ctx.own.get(index - 1);
    // a credit shared before was a cue's too: "“A”, “B” and “C”" all share the first's
    if (before.isEmpty() || before.get().sieve().equals(SentenceSubjectSieve.NAME)) {
      return null;
    }
    QuoteFinder.Segment earlier = ctx.quotes.get(index - 1).last();
    QuoteFinder.Segment first = q.first();
    if (earlier.block() != first.block() || first.block() == -1) {
      return null;
    }
    // the same sentence: it started before the earlier quote ended
    int start = ctx.wholeSentenceStart(first.block(), first.start() - 1);
    if (start > earlier.start()) {
      return null;
    }
    return before.get();
  }
}
