package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.AUXILIARIES;
import static io.github.newsdoc.parser.internal.AttributionWords.NOT_SUBJECTS;
import static io.github.newsdoc.parser.internal.AttributionWords.PREPOSITIONS;
import static io.github.newsdoc.parser.internal.AttributionWords.REPORTING;
import static io.github.newsdoc.parser.internal.AttributionWords.SPEECH;
import static io.github.newsdoc.parser.internal.Channels.channelAfter;
import static io.github.newsdoc.parser.internal.Cues.afterCue;
import static io.github.newsdoc.parser.internal.Cues.cue;
import static io.github.newsdoc.parser.internal.Cues.isAdverb;
import static io.github.newsdoc.parser.internal.Cues.isCue;
import static io.github.newsdoc.parser.internal.Cues.nounForm;
import static io.github.newsdoc.parser.internal.Cues.passive;
import static io.github.newsdoc.parser.internal.Cues.verbLike;
import static io.github.newsdoc.parser.internal.Phrases.phraseAfter;
import static io.github.newsdoc.parser.internal.Phrases.subjectBefore;
import static io.github.newsdoc.parser.internal.Subjects.leadingSubject;

import java.util.List;
import java.util.Optional;

/** Clauses more than one sieve reads: a sentence that is only an attribution, a sentence that ends with a colon, and a sentence that introduces the quote after it. */
final class SpeakerClauses {
  private SpeakerClauses() {}

  // A sentence after the quote that is only its attribution: "Trump said.", "said Ana Ruiz, a nurse.", "the
  // minister told reporters on Monday." A verb of saying, its subject, and little after it.
  static Attributed shortAttribution(AttributionContext ctx, QuoteFinder.Found q, String text, List<Words.Word> words) {
    int block = q.last().block();
    Words.Word first = words.get(0);
    if (isCue(first, SPEECH, block) && !first.lower().endsWith("ing")) {
      List<Words.Word> subject = phraseAfter(words, 1);
      return subject.isEmpty() ? null : ctx.result(block, text, subject, first.core(), Optional.empty(), q);
    }
    for (int k = 1; k < words.size() && k <= 5; k++) {
      Words.Word w = words.get(k);
      if (isCue(w, SPEECH, block) && !w.lower().endsWith("ing")) {
        List<Words.Word> subject = subjectBefore(words, k);
        boolean whole = !subject.isEmpty() && subject.get(0).equals(words.get(0));
        for (int j = k + 1; whole && j < words.size(); j++) {
          String after = words.get(j).lower();
          whole = !after.equals("that") && !Names.PRONOUNS.contains(after);
        }
        return whole ? ctx.result(block, text, subject, cue(words, k), channelAfter(text, words, afterCue(words, k), w.lower()), q) : null;
      }
      if (w.stops() && !w.trailing().endsWith(",")) {
        return null;
      }
    }
    return null;
  }

  // "She then addressed the supporters again: "…"", "Sanders made the following comment:": a sentence
  // that ends with a colon before the quote credits its subject, with its verb as the cue.
  static Attributed colonSentence(AttributionContext ctx, int block, String text, List<Words.Word> words, QuoteFinder.Found q) {
    if (words.size() < 2 || !words.get(words.size() - 1).trailing().startsWith(":")) {
      return null;
    }
    List<Words.Word> subject = leadingSubject(words);
    if (subject.isEmpty() || subject.get(subject.size() - 1).stops()) {
      subject = lastClauseSubject(words, subject);
    }
    if (subject.isEmpty()) {
      return null;
    }
    int v = words.indexOf(subject.get(subject.size() - 1)) + 1;
    int aside = asideEnd(words, v, subject);
    if (aside > v) {
      v = aside; // "The campaign, in a note to donors, put it plainly:": past the aside to the verb
    }
    int verb = v;
    while (v < words.size() - 1 && v - verb < 3 && (isAdverb(words.get(v).lower()) || words.get(v).lower().equals("since"))) {
      v++; // "has since apologized"
    }
    if (v > verb && !verbLike(words.get(v).lower()) && AUXILIARIES.contains(words.get(verb).lower())) {
      v = verb; // "has since": the auxiliary is the verb ("she has this to say:")
    }
    // a lower-case word after the subject of a sentence that ends with a colon is its verb ("shot back:")
    if (v >= words.size() || words.get(v).capitalised() || aside < 0 && subject.get(subject.size() - 1).stops()
        || NOT_SUBJECTS.contains(words.get(v).lower()) || Names.DETERMINERS.contains(words.get(v).lower())
        || words.get(v).core().isEmpty() || !Character.isLetter(words.get(v).core().codePointAt(0))) {
      return null;
    }
    return ctx.result(block, text, subject, cue(words, v), Optional.empty(), q);
  }

  // "Asked about the delay, Mr. Ruiz shot back:", "When the inspectors came — and nobody expected them —
  // Ruiz called them on it:": when the sentence's opening has no subject, the subject of its last clause, after a comma or a
  // dash, that a lower-case word follows. A subject that ends with a comma opens an aside: "Ruiz, in a note
  // to staff, put it plainly:" keeps "Ruiz".
  static List<Words.Word> lastClauseSubject(List<Words.Word> words, List<Words.Word> leading) {
    if (!leading.isEmpty() && asideEnd(words, words.indexOf(leading.get(leading.size() - 1)) + 1, leading) > 0) {
      return leading;
    }
    for (int c = words.size() - 3; c >= 0; c--) {
      Words.Word w = words.get(c);
      if (!w.trailing().endsWith(",") && !isDash(w)) {
        continue;
      }
      List<Words.Word> subject = Subjects.plainSubject(words.subList(c + 1, words.size()));
      int next = c + 1 + subject.size();
      if (!subject.isEmpty() && next < words.size() - 1 && verbAfter(words.get(next))
          && !subject.get(subject.size() - 1).stops()) {
        return subject;
      }
    }
    return List.of();
  }

  // A word that may be the verb after a subject: lower-case, and no conjunction, preposition or determiner.
  private static boolean verbAfter(Words.Word w) {
    String l = w.lower();
    return !w.capitalised() && !w.core().isEmpty() && Character.isLetter(w.core().codePointAt(0))
        && !NOT_SUBJECTS.contains(l) && !Names.DETERMINERS.contains(l) && !PREPOSITIONS.contains(l)
        && !l.equals("and") && !l.equals("or") && !l.equals("but");
  }

  // A dash standing alone ("-", "—") or ending the word ("expected—").
  static boolean isDash(Words.Word w) {
    String t = w.trailing();
    return w.core().isEmpty() || w.core().equals("-") || t.indexOf('\u2014') >= 0 || t.indexOf('\u2013') >= 0;
  }

  // The subject ends with a comma and an aside follows ("Ruiz, in a note to staff, put"): the index of the
  // lower-case word after the aside's closing comma, or -1. The aside starts lower-case, holds no quote and
  // closes within twelve words.
  static int asideEnd(List<Words.Word> words, int v, List<Words.Word> subject) {
    if (!subject.get(subject.size() - 1).trailing().endsWith(",") || v >= words.size() || words.get(v).capitalised()) {
      return -1;
    }
    for (int k = v; k < words.size() - 1 && k - v < 12; k++) {
      Words.Word w = words.get(k);
      if (w.quoted() || w.stops() && !w.trailing().endsWith(",")) {
        return -1;
      }
      if (w.trailing().endsWith(",")) {
        return verbAfter(words.get(k + 1)) ? k + 1 : -1;
      }
    }
    return -1;
  }

  // The sentence that ends at offset end introduces the quote after it: a verb of saying (or, within a
  // paragraph, any reporting verb) with its subject, or a colon.
  static Attributed introduction(AttributionContext ctx, int block, String text, int end, boolean reporting) {
    List<Words.Word> words = ctx.words(block, ctx.sentenceStart(block, Math.max(0, end - 1)), end);
    if (!words.isEmpty() && words.get(words.size() - 1).trailing().startsWith(":")) {
      Attributed r = colonSentence(ctx, block, text, words, null);
      if (r != null) {
        return ctx.remember(r);
      }
    }
    for (int k = 0; k < words.size(); k++) {
      Words.Word w = words.get(k);
      if ((isCue(w, SPEECH, block) || w.lower().equals("described") || w.lower().equals("recalled")
          || reporting && isCue(w, REPORTING, block)) && !nounForm(words, k)) { // not "struck a rare note of doubt:"
        List<Words.Word> subject = subjectBefore(words, k);
        if (!subject.isEmpty() && !passive(words, k)) {
          return ctx.remember(ctx.result(block, text, subject, cue(words, k),
              channelAfter(text, words, afterCue(words, k), w.lower()), null));
        }
      }
    }
    return null;
  }
}
