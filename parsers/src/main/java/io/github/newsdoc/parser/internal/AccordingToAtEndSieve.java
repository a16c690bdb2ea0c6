package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.UTTERANCES;
import static io.github.newsdoc.parser.internal.Phrases.phraseAfter;

import java.util.List;
import java.util.Optional;

/**
 * A fragment quoted in the writer's sentence that ends {@code , according to X.}: the fragment is X's, whatever
 * verbs the sentence holds, unless the sentence names a person who says it before the quote: then X (a news
 * agency, a statement, a transcript) is only how that speaker's words came out, and is the channel.
 */
final class AccordingToAtEndSieve implements AttributionSieve {
  @Override
  public String name() {
    return "according-to-at-end";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    return q.first().block() != -1 && QuoteShapes.partial(q, ctx.texts) ? accordingToAtEnd(ctx, index, q) : null;
  }

  private static final AttributionSieve NAMED_BEFORE = new BeforeQuoteSieve();

  // "Most voters say they prefer goods labeled “Made in the U.S.A.,” even at a premium, according to a poll
  // released Thursday.": a fragment quoted in the writer's sentence is the source's that the sentence ends
  // with, whatever verbs the sentence holds.
  static Attributed accordingToAtEnd(AttributionContext ctx, int index, QuoteFinder.Found q) {
    QuoteFinder.Segment last = q.last();
    String text = ctx.texts.get(last.block() + 1);
    Sentences.Tail tail = Sentences.tail(text, last.end());
    if (tail == null || tail.lastComma() < 0) {
      return null;
    }
    List<Words.Word> words = ctx.words(last.block(), tail.lastComma() + 1, tail.end() + 1);
    if (words.size() > 2 && words.get(0).lower().equals("according") && words.get(1).lower().equals("to")) {
      List<Words.Word> subject = phraseAfter(words, 2);
      if (subject.isEmpty()) {
        return null;
      }
      // but "Ruiz said the plan was “a disaster,” …, according to a statement" or "Lavrov said the talks had
      // “failed”, according to the news agency TASS": a statement, a transcript or a body that relays the
      // words is how a named speaker's words came out; the speaker the sentence names is credited, and the
      // closing phrase is the channel
      Attributed named = NAMED_BEFORE.attribute(index, q, ctx);
      boolean utterance = UTTERANCES.contains(subject.get(subject.size() - 1).lower());
      if (named != null && (named.person() || utterance)) {
        String channel = text.substring(words.get(0).start(), subject.get(subject.size() - 1).end());
        return new Attributed(named.attribution().withChannel(channel), named.person());
      }
      if (!utterance) {
        return ctx.result(last.block(), text, subject, "according to", Optional.empty(), q);
      }
    }
    return null;
  }
}
