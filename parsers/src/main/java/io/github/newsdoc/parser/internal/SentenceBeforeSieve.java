package io.github.newsdoc.parser.internal;

/** A quote that opens a sentence, after a sentence that introduces it: {@code Clinton touted her record. "We …"}. */
final class SentenceBeforeSieve implements AttributionSieve {
  @Override
  public String name() {
    return "sentence-before";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    return ctx.startsParagraph(q) ? null : sentenceBefore(ctx, q);
  }

  // "Clinton touted her record. "We need …"": a quote that opens a sentence, after one that introduces it.
  static Attributed sentenceBefore(AttributionContext ctx, QuoteFinder.Found q) {
    int i = introductionEnd(ctx, q);
    return i < 0 ? null : SpeakerClauses.introduction(ctx, q.first().block(), ctx.texts.get(q.first().block() + 1), i, true);
  }

  /**
   * The end of the sentence right before quote {@code q}, just after its closing dot or colon (not an
   * abbreviation's dot), with only spaces and quotation marks between it and the quote; -1 when there is none.
   */
  static int introductionEnd(AttributionContext ctx, QuoteFinder.Found q) {
    return Sentences.endBeforeQuote(ctx.texts.get(q.first().block() + 1), q.first().start(), ".:");
  }
}
