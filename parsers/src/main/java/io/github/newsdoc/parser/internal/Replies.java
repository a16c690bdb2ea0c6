package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A reply named by its owner: {@code Ruiz's reply was blunt: "…"}, {@code Her answer: "…"}. The owner spoke
 * the words, as "Ruiz replied" would say; the reply is no one. Nouns of a reply are in
 * {@code words/attribution/reply-nouns.txt}.
 */
final class Replies {
  private Replies() {}

  private static final Set<String> REPLY_NOUNS = WordList.load("attribution/reply-nouns");

  /**
   * The attribution to the owner of {@code subject} when it is a possessive and a noun of a reply ("Ruiz's
   * reply", "her answer", "the minister's response"); null when it is not, or its owner is no one found.
   */
  static Attributed ofOwner(AttributionContext ctx, int block, String text, List<Words.Word> subject, String cue,
      QuoteFinder.Found q) {
    if (subject.size() < 2 || subject.size() > 5 || !REPLY_NOUNS.contains(subject.get(subject.size() - 1).lower())) {
      return null;
    }
    int noun = subject.size() - 1;
    Words.Word owner = subject.get(noun - 1);
    String pronoun = noun == 1 ? Pronouns.subjectForm(owner.lower()) : null;
    if (pronoun != null) { // "her answer"
      return Pronouns.through(ctx, pronoun, block, owner, cue, Optional.empty());
    }
    if (!NameShapes.possessive(owner) || owner.stops()) {
      return null;
    }
    // "Ruiz's reply", "the minister's answer": the owner, read as the source is. The owner's phrase is its
    // name's words and an article before them, never the words of the clause before it ("We asked for Ruiz's
    // answer:" is Ruiz's).
    int start = noun - 1;
    while (start > 0 && !subject.get(start - 1).stops()
        && (subject.get(start - 1).capitalised() || subject.get(start - 1).lower().equals("the"))) {
      start--;
    }
    List<Words.Word> words = ctx.words(block, subject.get(start).start(), NameShapes.end(owner));
    return words.isEmpty() ? null : ctx.result(block, text, words, cue, Optional.empty(), q);
  }
}
