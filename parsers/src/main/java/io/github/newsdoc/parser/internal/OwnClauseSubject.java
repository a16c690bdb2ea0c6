package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.AUXILIARIES;
import static io.github.newsdoc.parser.internal.AttributionWords.BE;
import static io.github.newsdoc.parser.internal.AttributionWords.IRREGULAR_PAST;
import static io.github.newsdoc.parser.internal.AttributionWords.NOT_SUBJECTS;

import java.util.List;
import java.util.Optional;

/**
 * The person a fragment's own sentence names as its subject, for a quote that would otherwise borrow a
 * neighbouring quote's speaker ({@link InterruptedQuoteSieve}). A fragment inside a sentence of the writer's
 * ({@code Ana Ruiz, the party's chair, argued that towns "must adapt".}) belongs to that sentence's subject,
 * not to whoever the quote before or after it in the paragraph is credited to: the neighbour's speaker is the
 * right guess only for a quote with no clause of its own ({@code "We will stay," she said. "All of us."}).
 * <p>The subject is the noun phrase the sentence opens with, past a fronted phrase and an apposition set off by
 * commas ({@code Ana Ruiz, 22, of Dover, said}). It counts only when it is a person the article names and a
 * verb that is no form of {@code be} follows it within a few words ({@code Ruiz last week invited}); a thing
 * ({@code The plan would …}) is what the words are about, and a pronoun or a description resolves less surely
 * than the neighbour's own credit, so those keep the neighbour's. A sentence that opens on a quote or holds
 * the quote before has no subject of its own here.
 */
final class OwnClauseSubject {
  /** The most lower-case words read between the subject and its verb ({@code last week}, {@code all but}). */
  private static final int GAP = 3;
  /** The most words of an apposition after the subject ({@code , the head of the union,}). */
  private static final int APPOSITION = 20;

  private OwnClauseSubject() {}

  /** The attribution of quote {@code index} to its own sentence's subject, or null when it has none. */
  static Attributed of(AttributionContext ctx, int index, QuoteFinder.Found q) {
    int block = q.first().block();
    String text = ctx.texts.get(block + 1);
    int mark = q.first().start() - 1;
    int whole = ctx.wholeSentenceStart(block, mark);
    if (index > 0 && ctx.quotes.get(index - 1).last().block() == block
        && whole < ctx.quotes.get(index - 1).last().end()) {
      return null; // the quote before is part of this sentence: its attribution is the sentence's
    }
    int open = Sentences.firstNonSpace(text, whole);
    if (open >= mark || QuoteFinder.isDouble(text.charAt(open))) {
      return null;
    }
    List<Words.Word> words = ctx.words(block, whole, Math.max(whole, mark));
    List<Words.Word> subject = Subjects.leadingSubject(words);
    if (subject.isEmpty() || words.size() < 2) {
      return null;
    }
    int after = words.indexOf(subject.get(subject.size() - 1)) + 1;
    if (subject.get(subject.size() - 1).trailing().startsWith(",")) {
      after = afterApposition(words, after);
    }
    int verb = verbAt(words, after);
    if (verb < 0 || !speaks(ctx, block, subject) || passive(words, verb)) {
      return null;
    }
    return ctx.result(block, text, subject, words.get(mainVerb(words, verb)).core(), Optional.empty(), q);
  }

  // The verb an auxiliary helps, as the cue ("will also call", "had already broken"), else the verb itself.
  private static int mainVerb(List<Words.Word> words, int verb) {
    for (int k = verb; k < words.size() && k - verb <= GAP; k++) {
      Words.Word w = words.get(k);
      if (w.capitalised() || w.core().isEmpty() || k > verb && w.quoted()) {
        break;
      }
      if (!AUXILIARIES.contains(w.lower()) && !Cues.isAdverb(w.lower()) && !w.lower().equals("not")) {
        return k;
      }
      if (w.stops()) {
        break;
      }
    }
    return verb;
  }

  // Whether a subject names a person the article gives ("Ana Ruiz", "Secretary Ruiz", "Ruiz" once the
  // full name is known).
  private static boolean speaks(AttributionContext ctx, int block, List<Words.Word> subject) {
    return !ctx.personName(block, subject).isEmpty();
  }

  // The word after an apposition that a comma closes ("Ana Ruiz, the union's lawyer, said"), or -1.
  private static int afterApposition(List<Words.Word> words, int from) {
    for (int j = from; j < words.size() && j - from < APPOSITION; j++) {
      Words.Word w = words.get(j);
      if (w.quoted()) {
        return -1;
      }
      if (w.trailing().startsWith(",") && j + 1 < words.size() && verb(words.get(j + 1))) {
        return j + 1;
      }
      if (w.stops() && !w.trailing().startsWith(",")) {
        return -1;
      }
    }
    return -1;
  }

  // "Ruiz has been "reminded of …"", "Ruiz was "delighted"", "Ruiz is told": a form of be at or just after
  // the verb; the quote says something of the subject, not something the subject said.
  private static boolean passive(List<Words.Word> words, int verb) {
    for (int k = verb; k < words.size() && k - verb <= 1; k++) {
      if (BE.contains(words.get(k).lower()) || words.get(k).lower().equals("being")) {
        return true;
      }
    }
    return false;
  }

  // The index of the verb at or a few lower-case words after from, or -1.
  private static int verbAt(List<Words.Word> words, int from) {
    for (int v = from; v >= 0 && v < words.size() && v - from <= GAP; v++) {
      Words.Word w = words.get(v);
      if (verb(w)) {
        return v;
      }
      if (w.capitalised() || w.stops() || w.core().isEmpty() || NOT_SUBJECTS.contains(w.lower())) {
        return -1;
      }
    }
    return -1;
  }

  // A lower-case word that reads as a verb: a verb of saying or reporting, an auxiliary, a past form, or a
  // third person's present ("contends", "argues").
  static boolean verb(Words.Word w) {
    String v = w.lower();
    return !w.capitalised() && !NOT_SUBJECTS.contains(v) && (Cues.verbLike(v) || IRREGULAR_PAST.contains(v)
        || v.length() > 3 && v.endsWith("s") && !v.endsWith("ss") && !v.endsWith("'s") && !v.endsWith("\u2019s"));
  }
}
