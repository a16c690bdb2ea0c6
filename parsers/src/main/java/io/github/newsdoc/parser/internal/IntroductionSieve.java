package io.github.newsdoc.parser.internal;

/**
 * A paragraph that opens with a quote, after a paragraph with no quote at its end, is introduced by that
 * paragraph's last sentence: {@code Hanna Zaruba described the night in a message to staff.} A verb of saying
 * with its subject, or a sentence that ends with a colon.
 */
final class IntroductionSieve implements AttributionSieve {
  @Override
  public String name() {
    return "introduction";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    boolean newBlock = index == 0 || ctx.quotes.get(index - 1).last().block() != q.first().block();
    if (!newBlock || !ctx.startsParagraph(q) || index > 0 && ctx.quotes.get(index - 1).last().block() >= q.first().block() - 1) {
      return null;
    }
    int block = q.first().block() - 1;
    if (block < 0 || block + 1 >= ctx.texts.size() || ctx.texts.get(block + 1) == null) {
      return null;
    }
    String text = ctx.texts.get(block + 1);
    return SpeakerClauses.introduction(ctx, block, text, text.length(), false);
  }
}
