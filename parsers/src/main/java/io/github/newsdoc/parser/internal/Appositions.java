package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.ARTICLES;
import static io.github.newsdoc.parser.internal.AttributionWords.IRREGULAR_PAST;
import static io.github.newsdoc.parser.internal.AttributionWords.NOT_SUBJECTS;
import static io.github.newsdoc.parser.internal.AttributionWords.RELATIVE_OPENERS;
import static io.github.newsdoc.parser.internal.AttributionWords.SOURCE_HEADS;
import static io.github.newsdoc.parser.internal.Cues.isAdverb;
import static io.github.newsdoc.parser.internal.Cues.isAge;

import java.util.List;

/**
 * The subject of a cue set apart from it by words about the subject: an apposition ({@code X, the head of Y,
 * said}), a relative clause with commas or without ({@code X, who runs the port, said}, {@code An official who
 * spoke anonymously said}), or a participle's phrase ({@code An official, speaking on condition of anonymity,
 * said}). Whatever those words name is not the source.
 */
final class Appositions {
  private Appositions() {}

  // The most words of a relative clause without commas between its noun and the cue ("A harbour official who
  // spoke anonymously to discuss the talks said").
  private static final int RELATIVE_WORDS = 15;

  // Whether words 0 to j (a comma after j) are a phrase that opens with a preposition or a conjunction ("In
  // a reflection of the confusion,", "When the port closed,"), with no stop before j.
  private static boolean openingPrepositionalPhrase(List<Words.Word> words, int j) {
    if (j < 1 || !AttributionWords.LEAD_INS.contains(words.get(0).lower())) {
      return false;
    }
    for (int i = 0; i < j; i++) {
      if (words.get(i).stops()) {
        return false;
      }
    }
    return true;
  }

  // The most words of a description in apposition between a name and the name that closes it ("Tom Reed, the
  // nearly 60-year-old younger brother of heir to the harbour throne, Ivo,").
  private static final int APPOSITION_WORDS = 14;

  // "X, who travelled from Tbilisi, said" / "X, one of the signatories, said" / "Its chief executive, Y, wrote"
  static List<Words.Word> appositive(List<Words.Word> words, int end) {
    Words.Word last = words.get(end - 1);
    if (!last.trailing().startsWith(",") && !last.trailing().startsWith(")")) {
      return List.of();
    }
    for (int j = end - 2; j >= 0 && end - j < 40; j--) {
      Words.Word w = words.get(j);
      if (!w.stops() || j > 0 && isAdverb(w.lower()) && words.get(j - 1).trailing().startsWith(",")) {
        continue; // "Ivo Marek, meanwhile, who runs the port, said": an adverb between commas is no subject
      }
      if (j > 0 && w.trailing().startsWith(",") && !w.core().isEmpty() && isAge(w)
          && words.get(j - 1).trailing().startsWith(",")) {
        continue; // "Ana Ruiz, 35, the daughter of the mayor, said": the age opens the apposition
      }
      Words.Word next = words.get(j + 1);
      String n = next.lower();
      List<Words.Word> holder = titledName(words.subList(j + 1, end));
      if (!holder.isEmpty() && namesRole(words, j)) {
        return holder; // "The Mayor of Lonsdale, the Rt Hon Peter Crane, said": the name holds the role
      }
      if (n.equals("who") || n.equals("whose") || n.equals("one") || Names.DETERMINERS.contains(n)
          || words.get(j + 1).start() > 0 && next.core().length() > 0 && w.trailing().startsWith(",") && isAge(next)) {
        if (openingPrepositionalPhrase(words, j)) {
          // "In a reflection of the confusion, the Electoral Commission, which …, issued": the words before
          // the first comma open the sentence with a preposition; the subject is the phrase after them
          return Subjects.plainSubject(words.subList(j + 1, end));
        }
        // "A spokesman for the union, the county's biggest, said": the description the phrase qualifies
        return Phrases.withHead(words, Phrases.nounPhraseEndingAt(words, j + 1, true));
      }
      // "Its chief executive, Y, wrote": the words between the commas are the name; but in "Vian, the
      // editor of the paper, L'Osservatore Romano, said" or "Tom Reed, the brother of heir to the throne, Ivo,
      // said" they name what the apposition before ends with, and the first name speaks
      List<Words.Word> between = words.subList(j + 1, end);
      if (between.size() <= 4 && between.stream().allMatch(Words.Word::capitalised)) {
        int d = previousStop(words, j, APPOSITION_WORDS);
        if (d >= 0 && ARTICLES.contains(words.get(d + 1).lower())
            && words.subList(d + 1, j + 1).stream().noneMatch(x -> NOT_SUBJECTS.contains(x.lower())
                && !AttributionWords.APPOSITION_PREPOSITIONS.contains(x.lower()))) {
          List<Words.Word> first = Phrases.nounPhraseEndingAt(words, d + 1, true);
          int at = first.isEmpty() ? -1 : words.indexOf(first.get(0));
          if (at >= 0 && (at == 0 || words.get(at - 1).stops()) && !Names.trailingName(first).isEmpty()) {
            return first;
          }
        }
        return between;
      }
      // "Jennifer Palmieri, communications director for the campaign, said": a name before the first comma,
      // unless that name is inside a relative clause ("Slinker, whose start-up, Paradata, sells …, said")
      List<Words.Word> before = Phrases.nounPhraseEndingAt(words, j + 1, true);
      if (!before.isEmpty() && !Names.trailingName(before).isEmpty()) {
        if (!insideRelative(words, words.indexOf(before.get(0)))) {
          return Phrases.withHead(words, before); // "A spokesman for Unison, Britain's biggest union, said"
        }
      }
      if (!before.isEmpty() && describesSource(before) && participle(next) && opensSentence(words, before)) {
        // "An official, speaking on condition of anonymity, said": a participle's phrase set off by commas
        // after a description; the description speaks
        return Phrases.withHead(words, before);
      }
      continue;
    }
    return List.of();
  }

  /**
   * The name of a phrase that is "the", then honorifics, then a person's name ({@code the Rt Rev Dr Alan
   * Marsh}, {@code the Rev Ana Ruiz}); empty for any other phrase ({@code the Foreign Secretary}, {@code the
   * head of the port}). Such a phrase set off by commas after a role names the role's holder.
   */
  static List<Words.Word> titledName(List<Words.Word> phrase) {
    if (phrase.size() < 3 || !phrase.get(0).lower().equals("the") || !Names.isHonorific(phrase.get(1))) {
      return List.of();
    }
    int k = 1;
    while (k < phrase.size() && (Names.isHonorific(phrase.get(k)) || Names.inTitlePair(phrase, k))
        && !phrase.get(k).stops()) {
      k++;
    }
    List<Words.Word> name = phrase.subList(k, phrase.size());
    return !name.isEmpty() && Names.trailingName(name).size() == name.size() ? name : List.of();
  }

  // Whether the words up to index j, from the clause's start, are a role alone: a determiner or a title, then
  // capitalised words, "of", "for", "to", "the" ("The Mayor of Lonsdale", "The Conservative MP for Lonsdale");
  // not a description of someone else that names the role ("A spokesman for the Mayor", "The wife of the Mayor").
  private static boolean namesRole(List<Words.Word> words, int j) {
    int from = previousStop(words, j, APPOSITION_WORDS) + 1;
    if (from > j || !Names.DETERMINERS.contains(words.get(from).lower()) && !Names.isTitleWord(words.get(from))) {
      return false;
    }
    for (int k = from + 1; k <= j; k++) {
      Words.Word w = words.get(k);
      if (!w.capitalised() && !ROLE_LINKS.contains(w.lower())) {
        return false;
      }
    }
    return from + 1 <= j && words.get(from + 1).capitalised();
  }

  // The lower-case words a role's phrase holds: "Mayor of Lonsdale", "MP for the Vale".
  private static final java.util.Set<String> ROLE_LINKS = java.util.Set.of("of", "for", "to", "the", "and");

  // Whether a relative clause opens, after a comma, within the eight words before index i: "whose latest
  // start-up, Paradata,".
  static boolean insideRelative(List<Words.Word> words, int i) {
    for (int k = i - 1; k >= 1 && i - k <= 8; k--) {
      if (RELATIVE_OPENERS.contains(words.get(k).lower()) && words.get(k - 1).stops()) {
        return true;
      }
    }
    return false;
  }

  // The index of the nearest word before index i, within `most` words, that ends with punctuation; -1 if none.
  static int previousStop(List<Words.Word> words, int i, int most) {
    for (int d = i - 1; d >= 0 && i - d <= most; d--) {
      if (words.get(d).stops()) {
        return d;
      }
    }
    return -1;
  }

  /**
   * The noun phrase before a relative clause that ends at the cue (index {@code end}) without commas: {@code A
   * harbour official who spoke anonymously to discuss the talks said} gives "A harbour official", not "the
   * talks". Only "who" followed by its own verb opens such a clause ("who Ana Ruiz said" or "who the judge
   * said" has a subject of its own); empty when there is none.
   */
  static List<Words.Word> beforeRelativeClause(List<Words.Word> words, int end) {
    for (int r = end - 2; r >= 1 && end - r <= RELATIVE_WORDS; r--) {
      Words.Word w = words.get(r);
      if (w.stops()) {
        return List.of(); // a clause set off by commas is an apposition's
      }
      Words.Word verb = words.get(r + 1);
      if (w.lower().equals("who") && !words.get(r - 1).stops() && !verb.capitalised() && !verb.core().isEmpty()
          && !Names.DETERMINERS.contains(verb.lower()) && !Names.PRONOUNS.contains(verb.lower())
          && end > r + 2) { // "who officials said": "officials" is the cue's subject, not the clause's verb
        List<Words.Word> phrase = Phrases.nounPhraseEndingAt(words, r, false);
        return phrase.isEmpty() || !Phrases.isSubject(phrase) ? List.of() : Phrases.withHead(words, phrase);
      }
    }
    return List.of();
  }

  // Whether a noun phrase is headed by a source's noun ("An official", "Two analysts").
  private static boolean describesSource(List<Words.Word> phrase) {
    String head = phrase.get(phrase.size() - 1).lower();
    return SOURCE_HEADS.contains(head) || AttributionContext.PERSON_HEADS.contains(head);
  }

  // Whether a word is a participle that opens a phrase: "speaking", "briefed", not "sing" nor "Red" (nor a
  // short regular one such as "asked", which reads like a verb of the clause).
  private static boolean participle(Words.Word w) {
    String lower = w.lower();
    return !w.capitalised() && lower.length() > 5 && (lower.endsWith("ing") || lower.endsWith("ed"))
        || IRREGULAR_PAST.contains(lower) && !w.capitalised();
  }

  // Whether the phrase is the first of the words, or follows a stop: a sentence's or clause's subject.
  private static boolean opensSentence(List<Words.Word> words, List<Words.Word> phrase) {
    int at = words.indexOf(phrase.get(0));
    return at == 0 || at > 0 && words.get(at - 1).stops();
  }
}
