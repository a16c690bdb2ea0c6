package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.Phrases.withLetters;
import static io.github.newsdoc.parser.internal.Subjects.leadingSubject;

import java.util.List;
import java.util.Optional;

/**
 * A quote that is a whole sentence of its own, with no cue, after a sentence of the same paragraph whose
 * subject is a person: {@code Mr Varga has moved the plant to Szeged. "We needed the river."} The subject
 * speaks, resolved as any source is (a pronoun to its person, a surname to the full name). A subject that is
 * no person ("The plan was shelved."), a quote that shares its sentence with narration, and a quote of a
 * few words (a term) take nothing from here.
 */
final class SubjectBeforeSieve implements AttributionSieve {
  /** The fewest words a quote holds to be read as speech, not as a term. */
  private static final int MIN_WORDS = 4;

  @Override
  public String name() {
    return "subject-before";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    if (ctx.startsParagraph(q) || q.segments().size() > 1) {
      return null;
    }
    int block = q.first().block();
    String text = ctx.texts.get(block + 1);
    int end = Sentences.endBeforeQuote(text, q.first().start(), ".?!");
    if (end < 0 || !endsSentence(text, q.last().end())
        || Text.words(text.substring(q.first().start(), q.last().end()).strip()) < MIN_WORDS) {
      return null;
    }
    int start = ctx.wholeSentenceStart(block, end - 1);
    if (start >= end || ctx.insideQuote(block, start)) {
      return null;
    }
    List<Words.Word> words = ctx.words(block, start, end);
    List<Words.Word> subject = withLetters(leadingSubject(words));
    if (subject.isEmpty() || subject.size() >= words.size()) {
      return null;
    }
    int verb = words.indexOf(subject.get(subject.size() - 1)) + 1;
    if (verb <= 0 || verb >= words.size()) {
      return null;
    }
    if (!namesPerson(ctx, block, subject)) {
      return null;
    }
    Attributed r = ctx.result(block, text, subject, words.get(verb).core(), Optional.empty(), null);
    return r != null && r.person() ? ctx.remember(r) : null;
  }

  // Whether the subject stands for one person: "he" or "she", a name the article gives a person (of two
  // words or more, or a surname it knows), after a title or an honorific or not, or a description with a
  // person's head ("the minister"). A capitalised word that opens a sentence is none of these.
  private static boolean namesPerson(AttributionContext ctx, int block, List<Words.Word> subject) {
    String first = subject.get(0).lower();
    return subject.size() == 1 && (first.equals("he") || first.equals("she"))
        || !ctx.personName(block, subject).isEmpty() || AttributionContext.personDescription(subject);
  }

  /**
   * Whether the quote ending at {@code end} (its closing mark there) ends its sentence: its words end on a
   * full stop, a question or an exclamation mark (inside the mark or right after it), and nothing but the
   * paragraph's end or a new sentence follows.
   */
  static boolean endsSentence(String text, int end) {
    int last = end - 1;
    while (last >= 0 && Text.isSpace(text.charAt(last))) {
      last--;
    }
    int after = end;
    while (after < text.length() && (QuoteFinder.isDouble(text.charAt(after)) || QuoteFinder.isSingle(text.charAt(after)))) {
      after++;
    }
    boolean stopped = last >= 0 && ".?!".indexOf(text.charAt(last)) >= 0;
    if (!stopped && after < text.length() && ".?!".indexOf(text.charAt(after)) >= 0) {
      stopped = true;
      after++;
    }
    if (!stopped) {
      return false;
    }
    while (after < text.length() && Text.isSpace(text.charAt(after))) {
      after++;
    }
    return after == text.length() || Character.isUpperCase(text.charAt(after))
        || QuoteFinder.isDouble(text.charAt(after));
  }
}
