package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.HEADLINE_LABELS;
import static io.github.newsdoc.parser.internal.AttributionWords.NOT_SUBJECTS;
import static io.github.newsdoc.parser.internal.AttributionWords.REPORTING;
import static io.github.newsdoc.parser.internal.AttributionWords.SPEECH;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A title-case headline's opening subject and verb before its quote: {@code Dock Workers Rip Plan As '…'}. */
final class HeadlineSubjectSieve implements AttributionSieve {
  @Override
  public String name() {
    return "headline-subject";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    return q.first().block() == -1 ? headlineSubject(ctx, q) : null;
  }

  // Verbs headlines put between their subject and a quote.
  static final Set<String> HEADLINE_VERBS = WordList.load("attribution/headline-verbs");

  static final Set<String> QUESTION_OPENERS = WordList.load("attribution/question-openers");

  // "Black Lawmakers Rip Trump As A ‘Disgusting Fraud’", "Gingrich Takes Talk Of Running ‘Very
  // Seriously’": a headline whose quote follows its opening subject and verb, the verb capitalised like every
  // word of a title-case headline.
  static Attributed headlineSubject(AttributionContext ctx, QuoteFinder.Found q) {
    String title = ctx.texts.get(0);
    int from = 0;
    int colon = title.substring(0, Math.min(title.length(), 40)).indexOf(':');
    if (colon > 0 && colon < q.first().start()) {
      from = colon + 1; // "The Latest: Trump delivers defense of ‘…’"
    }
    if (q.first().start() - from > 200) {
      return null; // the subject opens the headline: only a quote near its start is read (a long title of
                   // quotes is not read again for each of them)
    }
    List<Words.Word> words = ctx.words(-1, from, Math.max(from, q.first().start() - 1));
    for (int k = 1; k < words.size() && k <= 4; k++) {
      Words.Word w = words.get(k);
      String v = w.lower();
      boolean verb = SPEECH.contains(v) || REPORTING.contains(v) || HEADLINE_VERBS.contains(v)
          || v.equals("just") && k + 1 < words.size();
      if (w.stops()) {
        return null;
      }
      if (verb) {
        List<Words.Word> subject = words.subList(0, k);
        // not "Why Trump Calls It ‘Rigged’", "5 Things Trump Says", "Here Are the Words …": no statement
        if (subject.stream().allMatch(Words.Word::capitalised) && !QUESTION_OPENERS.contains(subject.get(0).lower())
            && !Character.isDigit(subject.get(0).core().isEmpty() ? 'a' : subject.get(0).core().charAt(0))
            && subject.stream().noneMatch(x -> HEADLINE_LABELS.contains(x.lower()) || NOT_SUBJECTS.contains(x.lower()))) {
          return ctx.result(-1, title, subject, w.core(), Optional.empty(), q);
        }
        return null;
      }
    }
    return null;
  }
}
