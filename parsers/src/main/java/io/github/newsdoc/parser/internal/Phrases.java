package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.AUXILIARIES;
import static io.github.newsdoc.parser.internal.AttributionWords.BE;
import static io.github.newsdoc.parser.internal.AttributionWords.CHANNEL_NOUNS;
import static io.github.newsdoc.parser.internal.AttributionWords.LONE_SUBJECTS;
import static io.github.newsdoc.parser.internal.AttributionWords.NOT_SUBJECTS;
import static io.github.newsdoc.parser.internal.AttributionWords.OPENERS;
import static io.github.newsdoc.parser.internal.AttributionWords.PREPOSITIONS;
import static io.github.newsdoc.parser.internal.AttributionWords.QUESTION_WORDS;
import static io.github.newsdoc.parser.internal.AttributionWords.SOURCE_HEADS;
import static io.github.newsdoc.parser.internal.AttributionWords.STOP_AFTER;
import static io.github.newsdoc.parser.internal.AttributionWords.TIMES;
import static io.github.newsdoc.parser.internal.AttributionWords.TIME_PREPOSITIONS;
import static io.github.newsdoc.parser.internal.Cues.isAdverb;
import static io.github.newsdoc.parser.internal.Cues.isModifier;
import static io.github.newsdoc.parser.internal.Cues.isPartyTag;
import static io.github.newsdoc.parser.internal.Cues.verbLike;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Noun phrases around a cue: the source before it ({@code the NATO official said}) or after it ({@code said Ana Ruiz}). */
final class Phrases {
  private Phrases() {}

  // A noun phrase after "said" or "according to": up to a comma, a preposition or a relative clause.
  static List<Words.Word> phraseAfter(List<Words.Word> words, int from) {
    int end = from;
    while (end < words.size() && end - from < 10) {
      Words.Word w = words.get(end);
      if (end > from && !w.capitalised() && (STOP_AFTER.contains(w.lower()) && !linksHead(words, end)
          || isAdverb(w.lower()) && words.get(end - 1).capitalised())) {
        break; // "said Henry afterwards": an adverb after the name is no part of it
      }
      if (participleClause(words, end, from)) {
        break; // "according to a poll released Thursday": the participle's clause is no part of the noun
      }
      end++;
      // a middle initial goes on to the surname: "said Gov. Terry E. Branstad"
      if (w.stops() && !(Cues.isInitial(w) && end < words.size() && words.get(end).capitalised())) {
        break;
      }
    }
    List<Words.Word> phrase = words.subList(from, end);
    return isSubject(phrase) ? phrase : List.of();
  }

  // A past participle after the phrase's noun that opens a clause of its own: a time, a preposition or a name
  // follows it ("a poll released Thursday", "the survey conducted last month"). Not one whose agent follows
  // ("a letter signed by seven physicians": who signed it says whose words they are), nor an adjective before a
  // noun ("a senior retired general"), after a determiner ("an unnamed official") or after an adverb ("a
  // recently released playbook").
  private static boolean participleClause(List<Words.Word> words, int k, int from) {
    if (k == from || k + 1 >= words.size()) {
      return false;
    }
    Words.Word w = words.get(k);
    String lower = w.lower();
    String before = words.get(k - 1).lower();
    if (w.capitalised() || lower.length() <= 4 || !lower.endsWith("ed") || lower.indexOf('-') >= 0
        || words.get(k - 1).stops() || Names.DETERMINERS.contains(before) || before.endsWith("ly")) {
      return false;
    }
    Words.Word next = words.get(k + 1);
    String after = next.lower();
    return next.capitalised() || STOP_AFTER.contains(after) || PREPOSITIONS.contains(after) || TIMES.contains(after);
  }

  static boolean isSubject(List<Words.Word> phrase) {
    if (phrase.isEmpty() || phrase.size() > 10) {
      return false;
    }
    Words.Word first = phrase.get(0);
    if (NOT_SUBJECTS.contains(first.lower()) && !(first.lower().equals("this") && phrase.size() > 1)) {
      return false; // but "this source"
    }
    if (phrase.size() == 1 && !first.capitalised() && isAdverb(first.lower())) {
      return false; // "said matter-of-factly"
    }
    if (Names.PRONOUNS.contains(first.lower())) {
      return phrase.size() == 1;
    }
    return Names.DETERMINERS.contains(first.lower()) || first.capitalised() || Names.isTitleWord(first)
        || !Names.trailingName(phrase).isEmpty() || phrase.size() == 1 && first.core().length() > 2
        && !AUXILIARIES.contains(first.lower()) && !BE.contains(first.lower());
  }

  // The noun phrase right before a cue: "Belarusian President Alexander Lukashenko", "a NATO official", "he",
  // "Moscow and Minsk".
  static List<Words.Word> subjectBefore(List<Words.Word> words, int cue) {
    int end = cue;
    boolean progressive = words.get(cue).lower().endsWith("ing");
    boolean aside = false; // "Hunter, meanwhile, told": an adverb between commas
    for (boolean skipped = true; skipped && end > 0; ) {
      skipped = false;
      // not a capitalised word inside the sentence: "since May, told" holds a month, not the auxiliary
      // (unless every word is capitalised, as in a headline: "Trump Is Now Calling")
      while (end > 0 && cue - end < 6 && (isAdverb(words.get(end - 1).lower())
          && !(end > 1 && words.get(end - 1).capitalised() && !titleCase(words, cue))
          || progressive && BE.contains(words.get(end - 1).lower()))) {
        aside |= end > 1 && words.get(end - 1).trailing().startsWith(",") && words.get(end - 2).trailing().equals(",");
        end--; // "has also said", "is calling"
        skipped = true;
      }
      int time = timePhraseEndingAt(words, end);
      if (time < end) {
        end = time; // "Ryan on Tuesday called", "Sanders during a rally thanked"
        skipped = true;
      }
    }
    if (end == 0) {
      return List.of();
    }
    Words.Word last = words.get(end - 1);
    if (aside && last.trailing().equals(",")) {
      List<Words.Word> named = nounPhraseEndingAt(words, end, true); // "Forbes, however, says"
      if (!named.isEmpty()) {
        return named;
      }
    }
    if (progressive && CHANNEL_NOUNS.contains(last.lower()) && !last.stops()) {
      // "She sent an email saying", "The group issued a statement saying": the sender is the source
      int d = end - 1;
      while (d > 0 && end - d < 4 && !Names.DETERMINERS.contains(words.get(d).lower()) && !words.get(d - 1).stops()) {
        d--;
      }
      if (d > 0 && Names.DETERMINERS.contains(words.get(d).lower()) && !words.get(d - 1).capitalised()
          && !words.get(d - 1).stops() && !NOT_SUBJECTS.contains(words.get(d - 1).lower())) {
        List<Words.Word> sender = subjectBefore(words, d - 1);
        if (!sender.isEmpty()) {
          return sender;
        }
      }
    }
    if (last.trailing().endsWith(")") && !last.trailing().contains(",")) {
      // "Rep. Gregory Moss (D-N.Y.) said": the name before the parenthesis
      List<Words.Word> named = nounPhraseEndingAt(words, end, true);
      if (!named.isEmpty()) {
        return named;
      }
    }
    if (last.stops() && isPartyTag(last) && end > 1) {
      return nounPhraseEndingAt(words, end - 1, true); // "Sen. Ron Jensen, R-Wis., said"
    }
    if (last.stops()) {
      return Appositions.appositive(words, end);
    }
    if (LONE_SUBJECTS.contains(last.lower()) && (end == 1 || words.get(end - 2).stops())) {
      return words.subList(end - 1, end); // "Another tweeted", "Some chanted"
    }
    if (Names.PRONOUNS.contains(last.lower())) {
      return words.subList(end - 1, end);
    }
    if (last.lower().equals("who") || last.lower().equals("which")) {
      return end > 1 ? nounPhraseEndingAt(words, end - 1, true) : List.of();
    }
    List<Words.Word> relative = Appositions.beforeRelativeClause(words, end);
    if (!relative.isEmpty()) {
      return relative; // "A harbour official who spoke anonymously to discuss the talks said"
    }
    List<Words.Word> phrase = nounPhraseEndingAt(words, end, false);
    // "Amid ongoing protests, …": a phrase that opens with a preposition is no subject (the cue is a noun)
    return !phrase.isEmpty() && (PREPOSITIONS.contains(phrase.get(0).lower())
        || QUESTION_WORDS.contains(phrase.get(0).lower())) ? List.of() : withHead(words, phrase); // nor "Why Reyes (calls)"
  }

  // Whether the cue is set in title case, as in a headline: the cue capitalised inside its sentence ("Trump Is
  // Now Calling Obama the …"), where prose has "said".
  private static boolean titleCase(List<Words.Word> words, int cue) {
    return cue > 0 && words.get(cue).capitalised();
  }

  // Prepositions that tie a description's head to the body or person it stands for ("a spokesman for …").
  private static final Set<String> HEAD_LINKS = WordList.load("attribution/head-links");

  /**
   * Whether word {@code i} is a preposition that ties the description before it to the phrase after it
   * ({@code a spokesman for the company}, {@code lawyers for Mr Smith}, {@code analysts at the bank}): the word
   * before is a source's head noun in lower case (not a channel such as a statement, whose source is the
   * body after it), and a determiner or a capitalised word follows; a capitalised head (the sentence's first
   * word) only before a determiner.
   */
  /** Whether a lower-case word ties a description's head to what it stands for ("for", "of", "at"). */
  static boolean linksHead(String lower) {
    return HEAD_LINKS.contains(lower);
  }

  static boolean linksHead(List<Words.Word> words, int i) {
    if (i < 1 || i + 1 >= words.size() || !HEAD_LINKS.contains(words.get(i).lower()) || words.get(i).stops()) {
      return false;
    }
    Words.Word head = words.get(i - 1);
    Words.Word next = words.get(i + 1);
    String lower = head.lower();
    // capitalised only as the first word ("Lawyers for the family said") and before a determiner: a
    // capitalised head before a capitalised word is a title ("Secretary of State Mike Pompeo")
    boolean determined = Names.DETERMINERS.contains(next.lower());
    boolean common = !head.capitalised() ? determined || next.capitalised() : i == 1 && determined;
    return !head.stops() && common && !CHANNEL_NOUNS.contains(lower)
        && (SOURCE_HEADS.contains(lower) || AttributionContext.PERSON_HEADS.contains(lower));
  }

  // "A spokesman for the company said": the phrase read back from the cue ("the company") qualifies the head
  // before its preposition, and the source is the whole description ("A spokesman for the company").
  static List<Words.Word> withHead(List<Words.Word> words, List<Words.Word> phrase) {
    if (phrase.isEmpty()) {
      return phrase;
    }
    int start = indexOf(words, phrase.get(0));
    if (start < 2 || !linksHead(words, start - 1)) {
      return phrase;
    }
    List<Words.Word> head = nounPhraseEndingAt(words, start - 1, false);
    int from = head.isEmpty() ? start - 2 : indexOf(words, head.get(0));
    return from < 0 ? phrase : words.subList(from, start + phrase.size());
  }

  // The last index of word w in words, or -1: the same word of the same text ({@link Words.Word#equals}), not
  // the same object, since the word store hands out a new view of a word once its slot of the view cache is
  // taken by another word.
  private static int indexOf(List<Words.Word> words, Words.Word w) {
    for (int k = words.size() - 1; k >= 0; k--) {
      if (words.get(k).equals(w)) {
        return k;
      }
    }
    return -1;
  }

  // Where a time phrase right before index end starts ("on Tuesday", "last week", "in 2010"), or end when
  // there is none.
  static int timePhraseEndingAt(List<Words.Word> words, int end) {
    if (end < 2 || words.get(end - 1).stops()) {
      return end;
    }
    String w = words.get(end - 1).lower();
    boolean time = TIMES.contains(w) || w.length() == 4 && w.chars().allMatch(Character::isDigit);
    int start = end - 1;
    if (!time) {
      return end; // ("at a rally" before the cue was tried, and cost more subjects than it found)
    }
    while (start > 0 && end - start < 3 && (TIMES.contains(words.get(start - 1).lower())
        || words.get(start - 1).lower().equals("the")
        || words.get(start - 1).lower().equals("last") || words.get(start - 1).lower().equals("this")
        || words.get(start - 1).lower().equals("earlier"))) {
      start--;
    }
    if (start > 0 && TIME_PREPOSITIONS.contains(words.get(start - 1).lower()) && !words.get(start - 1).stops()) {
      start--;
    }
    return start > 0 && start < end ? start : end;
  }

  // A short lower-case noun phrase between a quote and its cue, headed by a plural or a source noun:
  // "“…,” federal prosecutors wrote", "“…,” two aides said".
  static boolean commonSubject(List<Words.Word> phrase) {
    if (phrase.isEmpty() || phrase.size() > 4) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      String w = phrase.get(i).lower();
      if (phrase.get(i).stops() || phrase.get(i).capitalised() && i > 0 || NOT_SUBJECTS.contains(w)
          || AUXILIARIES.contains(w) || BE.contains(w) || Names.PRONOUNS.contains(w) || verbLike(w)
          || w.endsWith("ing")) {
        return false;
      }
    }
    String head = phrase.get(phrase.size() - 1).lower();
    return SOURCE_HEADS.contains(head) || head.length() > 4 && head.endsWith("s") && !head.endsWith("ss")
        && !head.endsWith("ous") && !isAdverb(head);
  }

  // The noun phrase ending before index end: a determiner a few words back ("the Belarusian leader", "a
  // NATO official"), else a run of capitalised words with the lower-case nouns after them ("Consumer groups",
  // "23 consultants", "Moscow and Minsk"). With ignoreStop, the word before end may carry a comma.
  static List<Words.Word> nounPhraseEndingAt(List<Words.Word> words, int end, boolean ignoreStop) {
    String head = words.get(end - 1).lower();
    if (Names.DETERMINERS.contains(head) || NOT_SUBJECTS.contains(head) || head.equals("like")) {
      return List.of();
    }
    for (int d = end - 1; d >= 0 && end - d <= 6; d--) {
      Words.Word w = words.get(d);
      if (d < end - 1 && w.stops()) {
        break;
      }
      if (Names.DETERMINERS.contains(w.lower()) && d < end - 1) {
        return words.subList(d, end);
      }
      if (d < end - 1 && !w.lower().equals("of") && (NOT_SUBJECTS.contains(w.lower()) || w.lower().equals("like"))) {
        break;
      }
    }
    while (end > 1 && words.get(end - 1).trailing().contains(")")
        && words.subList(0, end).stream().skip(Math.max(0, end - 4)).anyMatch(Words.Word::parenthesised)) {
      int p = end - 1;
      while (p > 0 && !words.get(p).parenthesised()) {
        p--;
      }
      end = p; // "Layla Mansour (ليلى منصور)": the name before the parenthesis
    }
    int start = end;
    int lowerRun = 0;
    while (start > 0 && end - start < 8) {
      Words.Word w = words.get(start - 1);
      if (start < end && w.stops() || w.core().chars().noneMatch(Character::isLetterOrDigit)
          || w.parenthesised() && start < end) {
        break; // "LONDON (Reuters) - Donald Trump said": a dash, a parenthesis or a comma ends the phrase
      }
      boolean joins = w.lower().equals("and") && start - 1 > 0 && words.get(start - 2).capitalised() && start < end;
      if (w.capitalised() || joins || isModifier(w.lower())) {
        lowerRun = 0;
      } else if (lowerRun < 2 && start - 1 > 0 && !NOT_SUBJECTS.contains(w.lower())) {
        lowerRun++;
      } else {
        break;
      }
      start--;
    }
    start += lowerRun;
    while (start < end && (!words.get(start).capitalised() || NOT_SUBJECTS.contains(words.get(start).lower())
        || OPENERS.contains(words.get(start).lower()))) {
      start++; // "As Brady put it": not "As"
    }
    return start < end ? words.subList(start, end) : List.of();
  }

  // The words that hold a letter or a digit: not the lone marks a broken text leaves between them.
  static List<Words.Word> withLetters(List<Words.Word> words) {
    List<Words.Word> kept = new ArrayList<>(words.size());
    for (Words.Word w : words) {
      if (hasLetterOrDigit(w)) {
        kept.add(w);
      }
    }
    return kept.size() == words.size() ? words : kept;
  }

  static boolean hasLetterOrDigit(Words.Word w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
