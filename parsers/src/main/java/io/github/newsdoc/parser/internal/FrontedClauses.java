package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.REPORTING;
import static io.github.newsdoc.parser.internal.AttributionWords.SPEECH;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A verb of saying inside a subordinate clause that opens the sentence is not the quote's cue when a main
 * clause with its own subject follows it: {@code After Tom Kell criticised the plan, Ana Ruiz shot back, "…"}
 * is Ana Ruiz's, not Tom Kell's. The clause opens with a subordinating word ({@code words/attribution/
 * subordinators.txt}: when, after, while, …) and closes with its first comma; the quote is then credited
 * from the main clause alone: its own cue when it has one, else its subject (a name, a pronoun, a noun phrase
 * with a capital) when a lower-case word, its verb, follows it. A clause the quote follows at once ({@code As Kell put it, "…"})
 * leaves no main clause before the quote, and stays the quote's; {@code as} is left out, since {@code As Kell
 * put it, …} credits the main clause to Kell.
 */
final class FrontedClauses {
  /** The words that open a subordinate clause. */
  static final Set<String> SUBORDINATORS = WordList.load("attribution/subordinators");

  /** The most words an opening clause holds. */
  private static final int MAX = 30;

  private FrontedClauses() {}

  /** The attribution from the main clause of {@code words} (the quote's clause before it), or null. */
  static Attributed credit(AttributionContext ctx, QuoteFinder.Found q, String text, List<Words.Word> words) {
    if (words.size() < 4 || !SUBORDINATORS.contains(words.get(0).lower())) {
      return null;
    }
    int main = mainClause(words);
    if (main < 0 || main + 2 > words.size()) {
      return null;
    }
    int block = q.first().block();
    boolean cue = false;
    for (int k = 1; k < main && !cue; k++) {
      cue = Cues.isCueAt(words, k, SPEECH, block) || Cues.isCue(words.get(k), REPORTING, block);
    }
    if (!cue) {
      return null;
    }
    List<Words.Word> clause = words.subList(main, words.size());
    Attributed[] fallback = new Attributed[1];
    Attributed r = BeforeQuoteSieve.cueBefore(ctx, q, text, clause, true, fallback);
    if (r == null && fallback[0] == null) {
      r = BeforeQuoteSieve.cueBefore(ctx, q, text, clause, false, fallback);
    }
    if (r != null || fallback[0] != null) {
      return r != null ? r : fallback[0];
    }
    List<Words.Word> subject = Subjects.plainSubject(clause);
    if (subject.isEmpty() || subject.size() >= clause.size() || subject.get(subject.size() - 1).stops()) {
      return null;
    }
    int v = subject.size() + clause.indexOf(subject.get(0));
    for (int k = v + 1; k + 1 < clause.size(); k++) {
      String w = clause.get(k).lower();
      Words.Word next = clause.get(k + 1);
      if ((w.equals("and") || w.equals("but")) && (next.capitalised() || Names.PRONOUNS.contains(next.lower()))) {
        return null; // "…, the Post will brand you a liar and Port News will accuse …": a second clause's subject
      }
    }
    Words.Word verb = clause.get(v);
    return verbLike(verb) ? ctx.result(block, text, subject, verb.core(), Optional.empty(), q) : null;
  }

  // The first word after the comma that closes the opening clause, or -1: the clause runs to the first comma,
  // without a full stop, a colon, a dash or a quote before it.
  private static int mainClause(List<Words.Word> words) {
    for (int c = 1; c < words.size() && c < MAX; c++) {
      Words.Word w = words.get(c);
      if (w.quoted()) {
        return -1;
      }
      if (w.trailing().startsWith(",")) {
        return c + 1;
      }
      if (w.stops()) {
        return -1;
      }
    }
    return -1;
  }

  // A word after the main clause's subject that can be its verb: a lower-case word ("shot back", "fired
  // back") that is no determiner, no preposition or conjunction listed as never a subject's verb.
  private static boolean verbLike(Words.Word w) {
    String v = w.lower();
    return !w.capitalised() && !w.core().isEmpty() && Character.isLetter(w.core().charAt(0))
        && !AttributionWords.NOT_SUBJECTS.contains(v) && !Names.DETERMINERS.contains(v);
  }
}
