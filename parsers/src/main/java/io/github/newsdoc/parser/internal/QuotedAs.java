package io.github.newsdoc.parser.internal;


import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Relayed speech told by the verb "quote": {@code the Quay Gazette quoted Ana Ruiz as saying "…"}. The one
 * quoted is the source, as in {@code Ana Ruiz said "…", according to the Quay Gazette}, and the one that
 * quoted is the channel the words reached the writer through.
 */
final class QuotedAs {
  private QuotedAs() {}

  // The forms of the verb that relay: "quoted Ruiz as saying", "quotes Ruiz as saying".
  private static final Set<String> QUOTING = Set.of("quoted", "quotes", "quote");

  // What follows "as" when it tells the words said: "as saying", "as telling reporters", "as having said".
  private static final Set<String> SAYING = Set.of("saying", "telling", "writing", "having", "stating", "adding");

  // The words that tie a source to someone it is near: "a source close to Cole", "officials familiar with the
  // talks". The source is the one quoted, not the one it is close to.
  private static final Set<String> RELATIONS = Set.of("close", "familiar", "near", "linked");

  // The most words between the verb and "as" that name the one quoted ("an unnamed senior official").
  private static final int MOST_WORDS = 8;

  /**
   * The attribution to the one quoted when {@code cue} is the verb "quote" that follows {@code subject} (the
   * channel) in block {@code block} and names someone "as saying"; null otherwise.
   */
  static Attributed relayed(AttributionContext ctx, int block, String text, List<Words.Word> subject, String cue,
      QuoteFinder.Found q) {
    if (subject.isEmpty() || !QUOTING.contains(cue.toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    int from = subject.get(subject.size() - 1).end();
    List<Words.Word> after = ctx.words(block, from, Math.min(text.length(), from + 160));
    int verb = 0;
    while (verb < after.size() && verb < 3 && !QUOTING.contains(after.get(verb).lower())) {
      if (AttributionWords.BE.contains(after.get(verb).lower())) {
        return null; // "Ruiz was quoted (by the Gazette) as saying": the subject is the one quoted
      }
      verb++; // "has quoted", "also quoted"
    }
    if (verb >= after.size() || !QUOTING.contains(after.get(verb).lower())
        || verb + 1 < after.size() && after.get(verb + 1).lower().equals("by")) {
      return null;
    }
    for (int as = verb + 2; as + 1 < after.size() && as - verb <= MOST_WORDS + 1; as++) {
      if (after.get(as - 1).stops()) {
        return null; // a clause ends before "as": no one is quoted as saying
      }
      if (after.get(as).lower().equals("as") && SAYING.contains(after.get(as + 1).lower())) {
        List<Words.Word> quoted = beforeRelation(after.subList(verb + 1, as));
        String channel = Names.join(Phrases.withLetters(subject), text);
        String pronoun = quoted.size() == 1 ? Pronouns.subjectForm(quoted.get(0).lower()) : null;
        if (pronoun != null) { // "quoted her as saying"
          return Pronouns.through(ctx, pronoun, block, quoted.get(0), after.get(as + 1).core(), Optional.of(channel));
        }
        return ctx.result(block, text, quoted, after.get(as + 1).core(), Optional.of(channel), q);
      }
    }
    return null;
  }

  // The one quoted without what it is close to: "a source close to Cole" is "a source".
  private static List<Words.Word> beforeRelation(List<Words.Word> quoted) {
    for (int i = 1; i < quoted.size(); i++) {
      if (RELATIONS.contains(quoted.get(i).lower())) {
        return quoted.subList(0, i);
      }
    }
    return quoted;
  }
}
