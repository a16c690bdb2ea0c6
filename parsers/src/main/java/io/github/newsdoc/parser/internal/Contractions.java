package io.github.newsdoc.parser.internal;

import java.util.Set;

/**
 * Words that join a pronoun or a negation to their verb with an apostrophe: "You'll", "We've", "I’m" are a
 * pronoun and its verb, so that as a subject they are the pronoun ("you", "we", "i"), never a name read from
 * the capital they open a sentence with; "can’t", "won't" are a negated verb, no part of the subject before
 * them ("I can't tell you … and said").
 */
final class Contractions {
  private static final Set<String> PRONOUN_ENDINGS = WordList.load("attribution/pronoun-contractions");

  private Contractions() {}

  /**
   * The personal pronoun, in lower case, that {@code lower} (a word in lower case) is or opens with before
   * an apostrophe and a shortened verb ("you'll" → "you", "i’m" → "i", "he" → "he"); null when it is none.
   */
  static String pronoun(String lower) {
    if (Names.PRONOUNS.contains(lower)) {
      return lower;
    }
    int apostrophe = apostrophe(lower);
    if (apostrophe < 1) {
      return null;
    }
    String head = lower.substring(0, apostrophe);
    return Names.PRONOUNS.contains(head) && PRONOUN_ENDINGS.contains(lower.substring(apostrophe + 1)) ? head : null;
  }

  /** Whether {@code lower}, a word in lower case, is a verb with its negation shortened ("don't", "can’t"). */
  static boolean negated(String lower) {
    int apostrophe = apostrophe(lower);
    return apostrophe > 1 && apostrophe == lower.length() - 2 && lower.charAt(apostrophe - 1) == 'n'
        && lower.charAt(lower.length() - 1) == 't';
  }

  // The index of the word's apostrophe, straight or curly; -1 when it has none.
  private static int apostrophe(String lower) {
    int straight = lower.indexOf('\'');
    return straight >= 0 ? straight : lower.indexOf('\u2019');
  }
}
