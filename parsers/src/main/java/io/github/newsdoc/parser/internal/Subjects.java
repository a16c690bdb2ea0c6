package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.AGO;
import static io.github.newsdoc.parser.internal.AttributionWords.IRREGULAR_PAST;
import static io.github.newsdoc.parser.internal.AttributionWords.LEAD_INS;
import static io.github.newsdoc.parser.internal.AttributionWords.NOT_SUBJECTS;
import static io.github.newsdoc.parser.internal.AttributionWords.OPENERS;
import static io.github.newsdoc.parser.internal.AttributionWords.TIME_UNITS;
import static io.github.newsdoc.parser.internal.Cues.isModifier;
import static io.github.newsdoc.parser.internal.Cues.verbLike;
import static io.github.newsdoc.parser.internal.Phrases.isSubject;

import java.util.List;

/** The subject a sentence opens with, past datelines, adverbs and opening phrases. */
final class Subjects {
  private Subjects() {}

  // The noun phrase a sentence starts with, after a dateline dash or an opening adverb: "Hillary Clinton
  // promised …, saying", "Starr said …, explaining".
  static List<Words.Word> leadingSubject(List<Words.Word> all) {
    List<Words.Word> words = all;
    for (int d = Math.min(all.size(), 6) - 1; d >= 0; d--) {
      if (all.get(d).core().isEmpty() || all.get(d).trailing().contains("—")) {
        words = all.subList(d + 1, all.size()); // "WASHINGTON — Sen. X said": after the dateline
        break;
      }
    }
    List<Words.Word> plain = plainSubject(words);
    int verb = plain.isEmpty() ? 0 : words.indexOf(plain.get(plain.size() - 1)) + 1; // past "Then" and the like
    boolean plainOk = !plain.isEmpty() && verb < words.size() && !plain.get(plain.size() - 1).stops()
        && !words.get(verb).capitalised() && !words.get(verb).core().isEmpty()
        && !AGO.contains(words.get(verb).lower()) // "Hours later, Trump …": not "Hours"
        && !TIME_UNITS.contains(words.get(verb).lower()); // "Eight years ago, he …"
    boolean leadIn = !words.isEmpty() && (LEAD_INS.contains(words.get(0).lower()) || openingPhrase(words));
    if (leadIn || !plainOk) {
      // "In his address to the group, Graham assures", "Speaking in Salem, New Hampshire, Trump went after":
      // the subject follows a comma and comes before a verb
      for (int c = 0; c + 2 < words.size() && c < 25; c++) {
        if (words.get(c).trailing().endsWith(",")) {
          List<Words.Word> subject = plainSubject(words.subList(c + 1, words.size()));
          int next = c + 1 + subject.size();
          if (!subject.isEmpty() && next < words.size() && !words.get(next).capitalised()
              && !words.get(next).core().isEmpty() && !subject.get(subject.size() - 1).trailing().endsWith(",")) {
            return subject;
          }
        }
      }
      return leadIn && !(plainOk && OPENERS.contains(words.get(0).lower())) ? List.of() : plain;
    }
    return plain;
  }

  // "Reached by phone, Ruiz said", "Continuing his answer, Ruiz said", "Here in Tucson, Ruiz said": a
  // participle or place adverb, then a lower-case word, opens a phrase before the subject.
  static boolean openingPhrase(List<Words.Word> words) {
    Words.Word first = words.get(0);
    String w = first.lower();
    boolean participle = w.length() > 5 && (w.endsWith("ing") || w.endsWith("ed")) || w.equals("here")
        || w.equals("there");
    return participle && !first.stops() && words.size() > 1 && !words.get(1).capitalised();
  }

  static List<Words.Word> plainSubject(List<Words.Word> words) {
    int i = 0;
    while (i < words.size() && i < 2 && OPENERS.contains(words.get(i).lower())) {
      i++;
    }
    int end = i;
    if (end < words.size() && Contractions.pronoun(words.get(end).lower()) != null) {
      return words.subList(end, end + 1); // "He said", "You'll ask": the pronoun, its verb joined on or not
    }
    boolean determiner = end < words.size() && Names.DETERMINERS.contains(words.get(end).lower());
    if (determiner) {
      end++;
    }
    while (end < words.size() && end - i < 8 && (words.get(end).capitalised() || isModifier(words.get(end).lower())
        || Names.isTitleWord(words.get(end))
        || determiner && !verbLike(words.get(end).lower()) && !IRREGULAR_PAST.contains(words.get(end).lower())
        && !NOT_SUBJECTS.contains(words.get(end).lower()))) {
      String core = words.get(end).core();
      determiner |= core.endsWith("'s") || core.endsWith("\u2019s"); // "Valdoria's defence ministry"
      end++;
      if (words.get(end - 1).stops() || words.get(end - 1).parenthesised()) {
        break;
      }
    }
    // "Biden administration officials said", "Delta spokesperson": a name before a source's head noun only
    // modifies it; the subject is the whole phrase, never the name alone. Not a channel ("WSJ editorial":
    // the paper speaks), nor a head before a name ("Telecom analysts Ovum": the name is the subject)
    int heads = end;
    while (!determiner && heads > i && heads < words.size() && heads - i < 8 && !words.get(heads - 1).stops()
        && !words.get(heads - 1).parenthesised() && !words.get(heads).capitalised()
        && AttributionWords.SOURCE_HEADS.contains(words.get(heads).lower())
        && !AttributionWords.CHANNEL_NOUNS.contains(words.get(heads).lower())) {
      heads++;
    }
    if (heads > end && (heads == words.size() || !words.get(heads).capitalised() || words.get(heads - 1).stops())) {
      end = heads;
    }
    if (determiner && end - i < 2) {
      return List.of();
    }
    List<Words.Word> subject = words.subList(i, end);
    while (!subject.isEmpty() && subject.get(subject.size() - 1).parenthesised()) {
      subject = subject.subList(0, subject.size() - 1);
    }
    return subject.isEmpty() || !isSubject(subject) || !subject.stream().anyMatch(Words.Word::capitalised)
        ? List.of() : subject;
  }
}
