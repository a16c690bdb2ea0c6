package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.UTTERANCES;
import static io.github.newsdoc.parser.internal.Phrases.phraseAfter;

import java.util.List;
import java.util.Optional;

/**
 * A fragment quoted in the writer's sentence that ends {@code , according to X.}: the fragment is X's, whatever
 * verbs the sentence holds; a statement or a transcript there is only how a named speaker's words came out.
 */
final class AccordingToAtEndSieve implements AttributionSieve {
  @Override
  public String name() {
    return "according-to-at-end";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    return q.first().block() != -1 && QuoteShapes.partial(q, ctx.texts) ? accordingToAtEnd(ctx, q) : null;
  }

  // "Most voters say they prefer goods labeled “Made in the U.S.A.,” even at a premium, according to a poll
  // released Thursday.": a fragment quoted in the writer's sentence is the source's that the sentence ends
  // with, whatever verbs the sentence holds.
  static Attributed accordingToAtEnd(AttributionContext ctx, QuoteFinder.Found q) {
    QuoteFinder.Segment last = q.last();
    String text = ctx.texts.get(last.block() + 1);
    Sentences.Tail tail = Sentences.tail(text, last.end());
    if (tail == null || tail.lastComma() < 0) {
      return null;
    }
    List<Words.Word> words = ctx.words(last.block(), tail.lastComma() + 1, tail.end() + 1);
    if (words.size() > 2 && words.get(0).lower().equals("according") && words.get(1).lower().equals("to")) {
      List<Words.Word> subject = phraseAfter(words, 2);
      // but "Ruiz said the plan was “a disaster,” …, according to a statement": a statement or a
      // transcript is how a speaker's words came out, and the sentence names the speaker
      if (!subject.isEmpty() && !UTTERANCES.contains(subject.get(subject.size() - 1).lower())) {
        return ctx.result(last.block(), text, subject, "according to", Optional.empty(), q);
      }
    }
    return null;
  }
}
