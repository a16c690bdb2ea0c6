package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.Set;

/**
 * Which words of a subject phrase name the source, so that a speaker is a mention and not the words beside
 * it: the person the recognizer found at the phrase's end ("Ben Hodges" in "… U.S. Army Europe Ben Hodges"),
 * or before the words that only locate the person ("Ana Varden of Chisinau"); never a note in parentheses
 * ("Rep. Ana Varden (R-Idaho)"); and a phrase inside a body's name is that body, unless the name holds a
 * person's.
 */
final class SpeakerNames {
  private SpeakerNames() {}

  /**
   * The person's name a phrase of block {@code block} ends with: the person the recognizer found there ("Ben
   * Hodges" in "the former commander of U.S. Army Europe Ben Hodges", not "Europe Ben Hodges"), or before the
   * words that only locate the person ("Ana Varden" in "Ana Varden of Chisinau"), else the phrase's trailing
   * name words ({@link Names#trailingName}).
   */
  static List<Words.Word> nameAtEnd(PersonIndex people, int block, List<Words.Word> phrase) {
    if (phrase.isEmpty()) {
      return List.of();
    }
    Words.Word last = phrase.get(phrase.size() - 1);
    PersonIndex.Mention m = people.endingAt(block, phrase.get(0).start(), last.end());
    if (m == null && NameShapes.personEnd(last) > last.end()) {
      m = people.endingAt(block, phrase.get(0).start(), NameShapes.personEnd(last)); // "Jr.": the name keeps its dot
    }
    if (m != null) {
      int from = phrase.size() - 1;
      while (from > 0 && phrase.get(from - 1).start() >= m.start()) {
        from--;
      }
      return phrase.subList(from, phrase.size());
    }
    // "Ana Varden of Chisinau", "Tom Cole from the port authority": a person the recognizer found, then only
    // where the person is from or works
    for (int k = 1; k < phrase.size(); k++) {
      if (LOCATING.contains(phrase.get(k).lower()) && !phrase.get(k - 1).stops()) {
        PersonIndex.Mention inner = people.endingAt(block, phrase.get(0).start(), phrase.get(k - 1).end());
        if (inner != null) {
          int from = k - 1;
          while (from > 0 && phrase.get(from - 1).start() >= inner.start()) {
            from--;
          }
          return phrase.subList(from, k);
        }
      }
    }
    return afterOpeningRole(Names.trailingName(phrase));
  }

  // "Actor Rhys Calder said": a role that opens the sentence is capitalised like the name after it, and is
  // no part of it; the words after the roles, when at least two capitalised words follow them.
  private static List<Words.Word> afterOpeningRole(List<Words.Word> phrase) {
    int lead = 0;
    while (lead < phrase.size() - 2 && EntityWords.ROLES.contains(phrase.get(lead)) && !phrase.get(lead).stops()) {
      lead++;
    }
    return lead > 0 && phrase.subList(lead, phrase.size()).stream().allMatch(Words.Word::capitalised)
        ? phrase.subList(lead, phrase.size()) : phrase;
  }

  /**
   * The name a capitalised phrase ends with after a role in lower case ("Barcelona star Ronaldinho", "Civil
   * rights group Liberty"), or the whole phrase when no lower-case word other than a connector or a particle
   * of names ("Department of Justice", "Jurgen den Hartog") stands before its last capitalised words, or the
   * word is a verb in -ed, or the name is a possessive or an acronym alone ("Trump's potential VP"). A role
   * that opens the phrase, capitalised as a sentence's first word, is cut too ("Actor Rhys Calder").
   */
  static List<Words.Word> afterRole(List<Words.Word> phrase) {
    List<Words.Word> named = afterOpeningRole(phrase);
    if (named != phrase) {
      return named;
    }
    int start = phrase.size();
    while (start > 0 && phrase.get(start - 1).capitalised()) {
      start--;
    }
    if (start == 0 || start == phrase.size()) {
      return phrase;
    }
    Words.Word role = phrase.get(start - 1);
    String lower = role.lower();
    Words.Word last = phrase.get(phrase.size() - 1);
    // not a particle of the name ("Jurgen den Hartog"), a verb ("has denied Swift's") or a possessive's head
    boolean cut = !role.stops() && !EntityWords.CONNECTORS.contains(role) && Character.isLowerCase(role.first())
        && !EntityWords.SURNAME_PARTICLES.contains(lower) && !lower.endsWith("ed")
        && !NameShapes.possessive(last) && !NameShapes.isAcronym(last.core());
    return cut ? phrase.subList(start, phrase.size()) : phrase;
  }

  // The words after a person's name that only say where the person is from or works.
  private static final Set<String> LOCATING = WordList.load("attribution/locating-prepositions");

  /**
   * The subject a cue's phrase ({@code phrase}, read back from the cue in {@code words}) belongs to when a
   * person the narration names stands right before it and a word that only locates them ({@code Ben Hodges of
   * the Centre for Coastal Studies said}, {@code Ana Ruiz at Dunmore University told}): the person's name, the
   * word and the phrase, whose speaker is the person ({@link #nameAtEnd}); else the phrase. The phrase says
   * where the person works, and is no source of its own.
   */
  // The words that put a person inside a longer noun phrase: "a friend of", "the lawyer for", "relatives of".
  private static final java.util.Set<String> OF_PERSON = java.util.Set.of("of", "for", "to", "with", "by");

  static List<Words.Word> withPersonBefore(PersonIndex people, int block, List<Words.Word> words,
      List<Words.Word> phrase) {
    if (phrase.isEmpty()) {
      return phrase;
    }
    int start = -1;
    for (int k = words.size() - 1; k >= 0 && start < 0; k--) {
      start = words.get(k) == phrase.get(0) ? k : -1;
    }
    // the whole name of the body the phrase is part of ("Coastal Studies" of "the Centre for Coastal Studies")
    FoundNames.Found body = people.bodyCovering(block, phrase.get(0).start(), phrase.get(phrase.size() - 1).end());
    int end = start + phrase.size();
    while (body != null && start > 0 && words.get(start - 1).start() >= body.start()) {
      start--;
    }
    if (start > 0 && Names.DETERMINERS.contains(words.get(start - 1).lower())) {
      start--;
    }
    if (start < 2 || !LOCATING.contains(words.get(start - 1).lower()) || words.get(start - 1).stops()
        || words.get(start - 2).stops()) {
      return phrase;
    }
    PersonIndex.Mention person = people.endingAt(block, words.get(0).start(), words.get(start - 2).end());
    if (person == null) {
      return phrase;
    }
    int from = start - 2;
    while (from > 0 && words.get(from - 1).start() >= person.start()) {
      from--;
    }
    if (from > 0 && OF_PERSON.contains(words.get(from - 1).lower())) {
      return phrase; // "a friend of Maria Lopez from the village": the person is not the one who speaks
    }
    return words.subList(from, end);
  }

  // Whether a name read as a body's names a person too ("Shigeo Morioka of the International Longevity Centre",
  // "CEO of the Restaurant Association"): then it is no body's whole name to credit.
  static boolean namesPerson(PersonIndex people, String form) {
    String[] words = form.split(" ");
    if (Gazetteer.INSTANCE.firstName(words[0]) || Names.isTitleWord(words[0].toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (String w : words) {
      if (people.knowsSurname(w)) {
        return true;
      }
    }
    return false;
  }

  // "Rep. Ana Varden (R-Idaho)", "the Institute for the Study of War (ISW)": what stands in parentheses after
  // the source's words is a note on them, not part of the source.
  static List<Words.Word> beforeParenthesis(List<Words.Word> subject) {
    for (int k = 1; k < subject.size(); k++) {
      if (subject.get(k).parenthesised()) {
        return subject.subList(0, k);
      }
    }
    return subject;
  }

  /**
   * The source's words before the first verb in lower case among them: {@code Braynard is} (quoted as
   * saying), {@code Witnesses have already} (told), {@code Christie said Trump's}. A sieve that reads the
   * words before a cue can take in the verb phrase; the source is a noun phrase and ends before it. Adverbs
   * and verbs left at the end ({@code has already}, {@code had publicly}) go too. A phrase that a name closes
   * ({@code nameCloses}) is kept whole. Empty when only a determiner or a relative pronoun is left.
   */
  static List<Words.Word> beforeVerb(List<Words.Word> subject, boolean nameCloses) {
    // "When asked if Brown and Carragher would start Eriksson replied", "after the investigation was announced
    // Bob Neill, leader of …, said": a name closing the phrase is the source, and the verbs before it belong
    // to a clause set before the name
    if (nameCloses || subject.isEmpty()) {
      return subject;
    }
    int end = subject.size();
    for (int k = 1; k < subject.size(); k++) {
      Words.Word w = subject.get(k);
      // after a determiner the word is a noun: "the note", "a report"; "that" before a verb is a relative
      String before = subject.get(k - 1).lower();
      if (!w.capitalised() && isVerb(w.lower()) && !(Names.DETERMINERS.contains(before) && !isRelative(before))) {
        end = k;
        break;
      }
    }
    if (end == subject.size()) {
      return subject;
    }
    if (subject.get(end - 1).trailing().startsWith(",")) {
      // "Ana Varden, 18, has since said": the source before the apposition the commas set off
      for (int k = 0; k < end - 1; k++) {
        if (subject.get(k).trailing().startsWith(",")) {
          end = k + 1;
          break;
        }
      }
    }
    while (end > 1 && !subject.get(end - 1).capitalised()
        && (Cues.isAdverb(subject.get(end - 1).lower()) || isVerb(subject.get(end - 1).lower()))) {
      end--;
    }
    String first = subject.get(0).lower();
    if (end == 1 && (Names.DETERMINERS.contains(first) || isRelative(first))) {
      return List.of(); // "that were hacked", "the were": no source left
    }
    return subject.subList(0, end);
  }

  private static boolean isRelative(String lower) {
    return lower.equals("that") || AttributionWords.RELATIVES.contains(lower);
  }

  private static boolean isVerb(String lower) {
    return AttributionWords.SPEECH.contains(lower) || AttributionWords.AUXILIARIES.contains(lower)
        || AttributionWords.BE.contains(lower);
  }

  /** Whether the source's words are a number alone: an age ({@code King, 30, who}), a year, a date's day. */
  static boolean numberAlone(List<Words.Word> subject) {
    if (subject.size() != 1) {
      return false;
    }
    String core = subject.get(0).core();
    if (core.isEmpty() || core.indexOf('%') >= 0) {
      return false; // "34% said": a share of those asked, who are the source
    }
    for (int i = 0; i < core.length(); i++) {
      if (Character.isLetter(core.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words read as a source are no noun phrase: they end with a preposition, an article, a
   * determiner, a conjunction or an adverb in "-ly" ("… to end Hong Kong unrest amid protests"), or open with a verb of saying ("… deal" announced
   * in October, said …"). No mention of a source reads so.
   */
  static boolean noPhrase(List<Words.Word> subject) {
    Words.Word end = subject.get(subject.size() - 1);
    String last = end.lower();
    Words.Word first = subject.get(0);
    // a capitalised last word is a name's ("Al From")
    return subject.size() > 1 && !end.capitalised() && (AttributionWords.PREPOSITIONS.contains(last)
            || AttributionWords.DANGLING.contains(last)
            // an adverb: "a comic about literally"; not "the family"
            || last.endsWith("ly") && !AttributionWords.LY_NOUNS.contains(last))
        || !first.capitalised() && (AttributionWords.SPEECH.contains(first.lower())
            || AttributionWords.REPORTING.contains(first.lower()));
  }

  /**
   * Whether the words are a description by its owner, no name: a possessive opening them and a lower-case
   * head ("China's ambassador", "the port's engineer" without its article), read as "the ambassador" is.
   */
  static boolean byOwner(List<Words.Word> words) {
    return words.size() > 1 && NameShapes.possessive(words.get(0)) && !words.get(words.size() - 1).capitalised();
  }
}
