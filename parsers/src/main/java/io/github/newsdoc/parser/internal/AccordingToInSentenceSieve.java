package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.UTTERANCES;
import static io.github.newsdoc.parser.internal.Phrases.phraseAfter;

import java.util.List;
import java.util.Optional;

/**
 * A fragment quoted in the writer's sentence after {@code , according to X,} set off inside it: "The
 * president, according to the White House, went for a “quick exam and labs”." The fragment is X's, as when
 * the sentence ends with the phrase ({@link AccordingToAtEndSieve}). A statement or a document (X an
 * utterance) credits no one here: whose it is, the sentence does not say.
 */
final class AccordingToInSentenceSieve implements AttributionSieve {
  @Override
  public String name() {
    return "according-to-in-sentence";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    if (q.first().block() == -1 || !QuoteShapes.partial(q, ctx.texts)) {
      return null;
    }
    int block = q.first().block();
    String text = ctx.texts.get(block + 1);
    int quote = q.first().start();
    int start = ctx.wholeSentenceStart(block, quote);
    List<Words.Word> words = ctx.words(block, start, quote);
    for (int i = 1; i + 2 < words.size(); i++) {
      if (!words.get(i - 1).trailing().equals(",") || !words.get(i).lower().equals("according")
          || !words.get(i + 1).lower().equals("to")) {
        continue;
      }
      List<Words.Word> subject = phraseAfter(words, i + 2);
      // set off by commas: the phrase ends at a comma before the quote
      if (subject.isEmpty() || !subject.get(subject.size() - 1).trailing().startsWith(",")
          || UTTERANCES.contains(subject.get(subject.size() - 1).lower())) {
        return null;
      }
      return ctx.result(block, text, subject, "according to", Optional.empty(), q);
    }
    return null;
  }
}
