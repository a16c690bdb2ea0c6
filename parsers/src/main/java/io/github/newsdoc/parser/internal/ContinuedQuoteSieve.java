package io.github.newsdoc.parser.internal;

/**
 * A paragraph that opens with a quote, right after a paragraph whose last quote was credited, continues that
 * speaker's words (the multi-paragraph convention, or a speaker quoted at length), unless that paragraph ends
 * with a sentence after its last quote that credits someone's words ("…, Mr Howard said."): that speaker spoke
 * last and goes on.
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
    if (before.last().block() != q.first().block() - 1) {
      return null;
    }
    // "“…,” Kemp said. The scale was hard to grasp, Mr Howard said.¶“We watched …”": the paragraph before
    // ends with a sentence of its own that credits someone's words, after its last quote; whoever it credits
    // spoke last
    int block = before.last().block();
    String text = ctx.texts.get(block + 1);
    if (text != null && !text.isEmpty()
        && ctx.sentenceStart(block, text.length() - 1) >= before.last().end()) {
      Attributed said = SpeakerClauses.introduction(ctx, block, text, text.length(), false);
      if (said != null) {
        return said;
      }
    }
    return ctx.settled.get(index - 1).orElse(null);
  }
}
