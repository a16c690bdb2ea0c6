package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.AUXILIARIES;
import static io.github.newsdoc.parser.internal.AttributionWords.IRREGULAR_PAST;
import static io.github.newsdoc.parser.internal.AttributionWords.NOT_SUBJECTS;
import static io.github.newsdoc.parser.internal.AttributionWords.OPENERS;
import static io.github.newsdoc.parser.internal.AttributionWords.REPORTING;
import static io.github.newsdoc.parser.internal.AttributionWords.SOURCE_HEADS;
import static io.github.newsdoc.parser.internal.AttributionWords.SPEECH;
import static io.github.newsdoc.parser.internal.Cues.isAdverb;
import static io.github.newsdoc.parser.internal.Cues.isModifier;
import static io.github.newsdoc.parser.internal.Phrases.isSubject;
import static io.github.newsdoc.parser.internal.Sentences.firstNonSpace;

import java.util.List;
import java.util.Optional;

/**
 * The last resort of a quote's own sentence: its subject, when that names someone and a verb follows it
 * ({@code Moore thanked him for "…"}).
 */
final class SentenceSubjectSieve implements AttributionSieve {
  /** The sieve's name, as {@link #name} gives it. */
  static final String NAME = "sentence-subject";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    return sentenceSubject(ctx, q);
  }

  // The last resort: the subject of the quote's sentence, when it names someone and a verb follows it
  // ("Moore thanked him for "…"", "The Sanders campaign projects that "…"", "Then he turned to "…"").
  // A word or two quoted in such a sentence is that subject's term ("Cole talked up her "fair deal""); a
  // scare quote with no named subject stays uncredited, and is then not reported (AttributionStage).
  static Attributed sentenceSubject(AttributionContext ctx, QuoteFinder.Found q) {
    QuoteFinder.Segment first = q.first();
    String text = ctx.texts.get(first.block() + 1);
    int mark = first.start() - 1;
    int from = ctx.sentenceStart(first.block(), mark);
    int whole = ctx.wholeSentenceStart(first.block(), mark);
    if (whole < from && !QuoteFinder.isDouble(text.charAt(firstNonSpace(text, whole)))) {
      from = whole; // "He implied that leaders be "hanged" and "drowned"": the sentence's subject, over a quote
    }
    List<Words.Word> words = ctx.words(first.block(), from, Math.max(from, mark));
    int i = 0;
    while (i < words.size() && i < 2 && OPENERS.contains(words.get(i).lower())) {
      i++;
    }
    i = FrontedPhrases.mainClause(words, i); // "On Monday, Ana Ruiz knocked …": the subject after the phrase
    int end = i;
    if (end < words.size() && Names.PRONOUNS.contains(words.get(end).lower()) && !words.get(end).lower().equals("it")
        && !words.get(end).lower().equals("you")) {
      end++;
    } else {
      if (end < words.size() && Names.DETERMINERS.contains(words.get(end).lower())) {
        end++;
      }
      while (end < words.size() && end - i < 8 && (words.get(end).capitalised() || isModifier(words.get(end).lower())
          || end > i && SOURCE_HEADS.contains(words.get(end).lower())) && !words.get(end).stops()) {
        end++;
      }
      if (end < words.size() && end > i && SOURCE_HEADS.contains(words.get(end).lower())) {
        end++;
      }
    }
    if (end <= i || end >= words.size()) {
      return null;
    }
    int v0 = end;
    boolean described = false;
    if (end > i && words.get(end).capitalised() && words.get(end).trailing().startsWith(",")) {
      // "Ana Ruiz, the union's lawyer, ripped …", "Ruiz, who declined to comment, proposes …": the verb
      // after the description set off by commas
      int j = end + 1;
      while (j < words.size() && j - end <= 20 && !words.get(j).stops()) {
        j++;
      }
      if (j + 1 < words.size() && j - end <= 20 && words.get(j).trailing().startsWith(",")) {
        end++;
        v0 = j + 1;
        described = true;
      }
    }
    List<Words.Word> subject = words.subList(i, end);
    int verbAt = v0;
    while (v0 + 1 < words.size() && v0 - verbAt < 2 && isAdverb(words.get(v0).lower()) && !words.get(v0).stops()) {
      v0++; // "Rubio also bemoaned": the verb after the adverbs
    }
    Words.Word verb = words.get(v0);
    if (v0 + 2 == words.size() && Cues.passive(words, v0 + 1) && pastParticiple(words.get(v0 + 1).lower())) {
      return null; // "HP is called “…”": a passive whose complement is the quote names a term; no one said it
    }
    boolean named = subject.stream().anyMatch(Words.Word::capitalised)
        || SOURCE_HEADS.contains(subject.get(subject.size() - 1).lower())
        || subject.size() == 1 && Names.PRONOUNS.contains(subject.get(0).lower());
    String v = verb.lower();
    boolean verbLike = SPEECH.contains(v) || REPORTING.contains(v) || v.endsWith("ed") || v.endsWith("s")
        || AUXILIARIES.contains(v) || isAdverb(v) || IRREGULAR_PAST.contains(v);
    boolean justDeterminer = subject.size() == 1 && Names.DETERMINERS.contains(subject.get(0).lower());
    if (!named || !verbLike || justDeterminer || verb.core().isEmpty() || !Character.isLetter(verb.core().codePointAt(0)) || verb.capitalised() || NOT_SUBJECTS.contains(verb.lower()) || Names.DETERMINERS.contains(verb.lower())
        || subject.get(subject.size() - 1).stops() && !described || !isSubject(subject)
        || described && Names.trailingName(subject).isEmpty() || ctx.commonWordOpening(subject)) {
      return null;
    }
    return ctx.result(first.block(), text, subject, verb.core(), Optional.empty(), q);
  }

  // "called", "dubbed", "known": a verb's past participle, as a passive has it (not "a", "the" after "is").
  private static boolean pastParticiple(String w) {
    return w.length() > 3 && (w.endsWith("ed") || w.endsWith("wn")) || IRREGULAR_PAST.contains(w);
  }
}
