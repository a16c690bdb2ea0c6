package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists for reading names: honorifics, titles and roles, demonyms, pronouns, organisation heads. */
final class Names {
  private Names() {}

  static final CoreList HONORIFICS = CoreList.load("honorifics");

  static final FormList TITLE_WORDS = FormList.load("title-words");

  static final FormList ORG_HEADS = FormList.load("organisation-heads");

  static final FormList DEMONYMS = FormList.load("demonym-words");

  static final Set<String> PRONOUNS = WordList.load("pronouns");

  static final Set<String> DETERMINERS = WordList.load("determiners");

  /** Saints' honorifics: "St. Louis", "St. Paul City Council" name places and bodies, not people. */
  static final CoreList SAINTS = CoreList.load("saint-words");

  /** Whether the word is on the list of honorifics, saints' too: what a dot after an abbreviation ends. */
  static boolean isHonorific(String word) {
    return HONORIFICS.contains(word);
  }

  /**
   * Whether the word's core is an honorific ("Mr", "Dr."), asked without making most cores; a saint's ("St.")
   * is none: it opens the name of a place or a body ("St. Petersburg"), of which it is part.
   */
  static boolean isHonorific(Words.Word w) {
    return HONORIFICS.contains(w) && !SAINTS.contains(w);
  }

  /**
   * Whether word {@code k} is half of a title written in two words without dots, either of which alone is a
   * name or a word elsewhere ("Rt Hon", "Lt Col", "Maj Gen", "Det Supt"; "Hon Hai", "Det Norske Veritas",
   * "the Col du Galibier" are not titles).
   */
  static boolean inTitlePair(List<Words.Word> words, int k) {
    if (!PAIR_WORDS.contains(words.get(k))) {
      return false; // a word of no pair, compared where it stands: most words are turned down here
    }
    return k > 0 && pair(words.get(k - 1), words.get(k))
        || k + 1 < words.size() && pair(words.get(k), words.get(k + 1));
  }

  // Whether two words, the first not ending a phrase, make a title of two words.
  private static boolean pair(Words.Word first, Words.Word second) {
    return !first.stops() && PAIR_WORDS.contains(first) && PAIR_WORDS.contains(second)
        && TITLE_PAIRS.contains(first.core() + " " + second.core());
  }

  private static final Set<String> TITLE_PAIRS = WordList.load("title-pairs");

  // every word of a pair ("Rt", "Hon", "Lt", "Col", …)
  private static final CoreList PAIR_WORDS = CoreList.of(TITLE_PAIRS.stream()
      .flatMap(p -> java.util.Arrays.stream(p.split(" ")))
      .collect(com.google.common.collect.ImmutableSet.toImmutableSet()));

  static boolean isTitleWord(String lower) {
    return TITLE_WORDS.contains(lower) || DEMONYMS.contains(lower);
  }

  static boolean isOrgHead(String lower) {
    return ORG_HEADS.contains(lower);
  }

  /** Whether the word's lower-case form is a title word or a demonym ({@link #isTitleWord(String)}). */
  static boolean isTitleWord(Words.Word w) {
    return TITLE_WORDS.contains(w) || DEMONYMS.contains(w);
  }

  /** Whether the word's lower-case form is an organisation's head word. */
  static boolean isOrgHead(Words.Word w) {
    return ORG_HEADS.contains(w);
  }

  // Words capitalised because they open a sentence, never part of a name: "But Ortiz said", "As Ortiz put it".
  private static final FormList FUNCTION_WORDS = FormList.load("function-words");

  /** Whether {@code lower}, a word in lower case, is a word of grammar ({@code words/function-words.txt}). */
  static boolean isFunctionWord(String lower) {
    return FUNCTION_WORDS.contains(lower);
  }

  /** Whether a capitalised word can be part of a person's name (worked out once a word). */
  static boolean isNameWord(Words.Word w) {
    byte known = w.nameWord();
    if (known != 0) {
      return known == 2;
    }
    boolean yes = nameWord(w);
    w.nameWord(yes);
    return yes;
  }

  // Read in place, without making the core: most words asked are in lower case and fail at once.
  private static boolean nameWord(Words.Word w) {
    int n = w.length();
    if (n < 2 || !Character.isUpperCase(w.source().codePointAt(w.start()))) {
      return false;
    }
    if (isTitleWord(w) || isOrgHead(w) || isHonorific(w) || FUNCTION_WORDS.contains(w)) {
      return false;
    }
    boolean lowerSeen = false;
    for (int i = 1; i < n; i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        lowerSeen = true;
      } else if (Character.isDigit(c)) {
        return false;
      }
    }
    return lowerSeen;
  }

  /**
   * The person's name a phrase ends with, titles and honorifics stripped: "Belarusian President Alexander
   * Lukashenko" gives "Alexander Lukashenko". Empty when the phrase does not end with a name.
   */
  static List<Words.Word> trailingName(List<Words.Word> phrase) {
    int end = phrase.size();
    int start = end;
    // a middle initial stands inside a name, before another name word: "Robert P. Casey Jr"
    while (start > 0 && end - start < 5 && (isNameWord(phrase.get(start - 1))
        || start < end && Cues.isInitial(phrase.get(start - 1)) && start > 1 && isNameWord(phrase.get(start - 2)))) {
      start--;
    }
    if (start == end) {
      return List.of();
    }
    for (int i = start; i < end; i++) {
      if (isOrgHead(phrase.get(i).lower())) {
        return List.of();
      }
    }
    return phrase.subList(start, end);
  }

  static String join(List<Words.Word> words, String text) {
    if (words.isEmpty()) {
      return "";
    }
    return text.substring(words.get(0).start(), words.get(words.size() - 1).end());
  }
}
