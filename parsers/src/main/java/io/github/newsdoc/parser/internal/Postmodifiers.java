package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.Set;

/**
 * The description a name read back from a cue only qualifies: in {@code The son of Tom Cole said},
 * {@code Officials in Dunmore said}, {@code Researchers at the Quay Institute in Dunmore wrote} or {@code One
 * member of the panel set up by the Dunmore Council said}, the name stands in a phrase after the subject's head
 * noun, and the head speaks, not the name: the son, the officials, the researchers, the member. The source is
 * the head's noun phrase with the prepositional phrases that tie it to the name; a participle phrase ({@code
 * set up by}, {@code published in}) ends it, since what follows only tells where the head's noun came from.
 * Not for a document's noun ({@code A statement from the council said}: the council issued it, see
 * {@link Issuers}), nor a place's ({@code the town of Dunmore}), nor a capitalised word inside the sentence
 * (a name: {@code Ana Ruiz of the council}, read by {@link SpeakerNames#withPersonBefore}).
 */
final class Postmodifiers {
  private Postmodifiers() {}

  // Prepositions that open a phrase after a head noun (words/attribution/postmodifier-prepositions.txt).
  private static final Set<String> LINKS = WordList.load("attribution/postmodifier-prepositions");
  // Particles between a participle and its preposition ("set up by").
  private static final Set<String> PARTICLES = WordList.load("attribution/participle-particles");
  // Pronouns besides the subject forms and those Pronouns#subjectForm reads ("Trump reminds me of …").
  private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "us", "my", "our", "your", "its");
  // How many phrases after the head are read back over ("members of the panel of the council in Dunmore").
  private static final int MAX_PHRASES = 3;

  /**
   * The description that the phrase {@code words[start, end)}, read back from a cue, qualifies, from the
   * description's first word up to the phrase's end or to the participle that cuts it; null when the words
   * before the phrase are no head noun with its prepositions, or the description opens no clause (it must
   * start the sentence or follow a comma or a dash).
   */
  static List<Words.Word> described(List<Words.Word> words, int start, int end) {
    Words.Word last = words.get(end - 1);
    String after = end < words.size() ? words.get(end).lower() : "";
    if (after.equals("who") || after.equals("whose") || AttributionWords.CHANNEL_NOUNS.contains(last.lower())) {
      // "in the mouth of Donald Trump, who proclaimed": a person set off before "who" is its antecedent;
      // "Source familiar with the ad says": a document's noun at the end is read as the document's owner's
      return null;
    }
    int at = start;
    int cut = end;
    for (int phrases = 0; phrases < MAX_PHRASES; phrases++) {
      int p = at - 1;
      if (p < 1 || words.get(p).stops() || !LINKS.contains(words.get(p).lower())) {
        return null;
      }
      int headEnd = p; // one past the head noun
      int participle = participleBefore(words, p);
      if (participle >= 0) {
        // "the authors of the study published in the journal X": the authors of the study; "a textbook just
        // published for pupils": the adverb before the participle goes with it
        while (participle > 1 && Cues.isAdverb(words.get(participle - 1).lower())) {
          participle--;
        }
        headEnd = participle;
        cut = participle;
      } else if (words.get(p).lower().equals("by")) {
        return null; // "by" ties a name to a participle, not to a noun
      }
      if (headEnd < 1) {
        return null;
      }
      List<Words.Word> head = Phrases.nounPhraseEndingAt(words, headEnd, false);
      if (head.isEmpty() && headNoun(words, headEnd - 1)) {
        head = words.subList(headEnd - 1, headEnd); // a plural with no determiner: "pupils in Dunmore"
      }
      if (head.isEmpty()) {
        return null;
      }
      int from = words.indexOf(head.get(0));
      boolean opens = from == 0 || words.get(from - 1).stops();
      if (opens) {
        return headNoun(words, headEnd - 1) && nounsOnly(words, from, headEnd - 1) ? words.subList(from, cut) : null;
      }
      // "the panel" of "members of the panel of the council", "the Quay Institute" of "researchers at the
      // Quay Institute in Dunmore": a phrase inside the description; read back one more
      at = from;
    }
    return null;
  }

  /**
   * Whether the name that ends {@code subject} only qualifies a head noun that opens it ({@code The son of Tom
   * Cole}, {@code Officials in Dunmore}): {@code nameSize} is the name's length in words.
   */
  static boolean qualifies(List<Words.Word> subject, int nameSize) {
    int start = subject.size() - nameSize;
    if (nameSize == 0 || start < 2 || subject.get(subject.size() - 1).stops()) {
      return false; // nor "the mouth of Tom Cole, who claimed": the name set off is the relative's antecedent
    }
    List<Words.Word> d = described(subject, start, subject.size());
    return d != null && d.get(0).equals(subject.get(0));
  }

  /** How many capitalised words end {@code subject} (a body's name: "Harbourton General"), or 0. */
  static int capitalisedAtEnd(List<Words.Word> subject) {
    int n = 0;
    while (n < subject.size() && subject.get(subject.size() - 1 - n).capitalised()
        && (n == 0 || !subject.get(subject.size() - 1 - n).stops())) {
      n++;
    }
    return n;
  }

  // Whether words [from, to) before the head hold no pronoun and no verb: "We spent much of the rest of the
  // school" is a clause, no description.
  private static boolean nounsOnly(List<Words.Word> words, int from, int to) {
    for (int i = from; i < to; i++) {
      String lower = words.get(i).lower();
      if (Names.PRONOUNS.contains(lower) || OBJECT_PRONOUNS.contains(lower) || Pronouns.subjectForm(lower) != null
          || Cues.verbLike(lower) || AttributionWords.IRREGULAR_PAST.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  // Where a past participle (with its particle) that ends right before the preposition at p starts, or -1:
  // "published in", "set up by", "based in".
  private static int participleBefore(List<Words.Word> words, int p) {
    int v = p - 1;
    if (v >= 1 && PARTICLES.contains(words.get(v).lower()) && !words.get(v).stops()) {
      v--;
    }
    if (v < 1 || words.get(v).stops() || words.get(v).capitalised()) {
      return -1;
    }
    String w = words.get(v).lower();
    boolean past = w.length() > 4 && w.endsWith("ed") || AttributionWords.IRREGULAR_PAST.contains(w)
        || w.equals("set") || w.equals("based");
    return past ? v : -1;
  }

  // Whether word i is a noun that heads the description: in lower case (or capitalised as the sentence's first
  // word, when a source's head: "Officials in Dunmore"), no verb, pronoun, determiner, document or place.
  private static boolean headNoun(List<Words.Word> words, int i) {
    Words.Word w = words.get(i);
    String lower = w.lower();
    if (w.stops() || w.core().isEmpty() || !Character.isLetter(w.core().codePointAt(0))) {
      return false;
    }
    if (w.capitalised() && !(i == 0 || words.get(i - 1).stops())) {
      return false; // "Ana Ruiz of the council": a name
    }
    if (w.capitalised() && !AttributionWords.SOURCE_HEADS.contains(lower)
        && !AttributionContext.PERSON_HEADS.contains(lower)) {
      return false; // "Hughes of the council said" opens with a name, "Officials in Dunmore" with a head
    }
    return !Names.DETERMINERS.contains(lower) && !Names.PRONOUNS.contains(lower)
        && !AttributionWords.NOT_SUBJECTS.contains(lower) && !Cues.verbLike(lower)
        && !AttributionWords.IRREGULAR_PAST.contains(lower) && !AttributionWords.CHANNEL_NOUNS.contains(lower)
        && !EntityWords.PLACE_NOUNS.contains(lower) && !AttributionWords.TIME_UNITS.contains(lower)
        && !lower.endsWith("ly"); // not "the first seven weeks of this year", "the town of Dunmore"
  }
}
