package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.SPEECH;
import static io.github.newsdoc.parser.internal.Cues.isCue;
import static io.github.newsdoc.parser.internal.Phrases.phraseAfter;

import java.util.List;
import java.util.Optional;

/** The end of the sentence the quote sits in: {@code "…" the families of the victims, he said.} */
final class SentenceEndSieve implements AttributionSieve {
  @Override
  public String name() {
    return "sentence-end";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    return sentenceEnd(ctx, q);
  }

  // "“I held and hugged” the families of the victims, he said.": the sentence goes on after the quote and
  // ends with its attribution, after a comma.
  static Attributed sentenceEnd(AttributionContext ctx, QuoteFinder.Found q) {
    QuoteFinder.Segment last = q.last();
    String text = ctx.texts.get(last.block() + 1);
    // null: the quote's own period ended the sentence, or another quote or clause comes first
    Sentences.Tail tail = Sentences.tail(text, last.end());
    if (tail == null || tail.lastComma() < 0) {
      return null;
    }
    int end = tail.end();
    int comma = tail.lastComma();
    int[] commas = tail.commas(); // the first few commas: "…" the plan, said Ana Ruiz, director of …, a …
    // A clause that opens with the cue and names the speaker, who may be described at length after a comma:
    // "“We’re happy” about the ruling, said Ana Ruiz, director of the union, which backed it."
    for (int k = 0; k < commas.length; k++) {
      List<Words.Word> clause = ctx.words(last.block(), commas[k] + 1, end + 1);
      if (clause.size() >= 2 && clause.size() <= 40) {
        Words.Word cue = clause.get(0);
        if (isCue(cue, SPEECH, last.block()) && !cue.lower().endsWith("ing") && !cue.stops()
            && !clause.get(1).lower().equals("to")) {
          List<Words.Word> subject = phraseAfter(clause, 1);
          if (!subject.isEmpty() && (subject.get(0).capitalised() || Names.DETERMINERS.contains(subject.get(0).lower()))
              && !Names.PRONOUNS.contains(subject.get(0).lower())) {
            return ctx.result(last.block(), text, subject, cue.core(), Optional.empty(), q);
          }
        }
      }
    }
    List<Words.Word> words = ctx.words(last.block(), comma + 1, end + 1);
    return words.size() >= 2 && words.size() <= 6 ? SpeakerClauses.shortAttribution(ctx, q, text, words) : null;
  }
}
