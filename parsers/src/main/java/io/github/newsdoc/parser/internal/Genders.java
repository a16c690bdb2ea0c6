package io.github.newsdoc.parser.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gender an article tells for each person it names, so that a pronoun resolves to a person it agrees with
 * ("Ana Ruiz backed Tom Cole until he called …" is Tom Cole's). The evidence is the person's first name
 * ({@code words/first-names-male.txt}, {@code first-names-female.txt}; names used for both are in neither),
 * an honorific or a gendered word right before a mention ("Mr", "spokeswoman"), and the heads of the roles
 * the article gives the person ("the guild's chairwoman"). A person with evidence both ways, or none, has no
 * gender, and agrees with any pronoun.
 */
final class Genders {
  /** A person's gender as the article tells it. */
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    /** Whether a person of this gender can be the referent of a pronoun of gender {@code pronoun}. */
    boolean agrees(Gender pronoun) {
      return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }
  }

  private static final Set<String> MALE_NAMES = WordList.load("first-names-male");
  private static final Set<String> FEMALE_NAMES = WordList.load("first-names-female");
  private static final Set<String> MALE_WORDS = WordList.load("male-words");
  private static final Set<String> FEMALE_WORDS = WordList.load("female-words");

  // per person's fullest name: bit 1 male evidence, bit 2 female evidence
  private final Map<String, Integer> evidence;

  private Genders(Map<String, Integer> evidence) {
    this.evidence = evidence;
  }

  /** Whether {@code word} is a first name common enough to tell a gender ("Richard", "Ana"). */
  static boolean commonFirstName(String word) {
    return MALE_NAMES.contains(word) || FEMALE_NAMES.contains(word);
  }

  /** The genders of the people {@code people} finds, from their names, the words before them and their roles. */
  static Genders of(Tokens tokens, List<PersonIndex.Mention> people, Roles roles) {
    Map<String, Integer> evidence = new HashMap<>();
    for (PersonIndex.Mention m : people) {
      String name = m.name();
      int space = name.indexOf(' ');
      if (space > 0) {
        evidence.merge(name, bit(name.substring(0, space), MALE_NAMES, FEMALE_NAMES), (a, b) -> a | b);
      }
      List<Words.Word> words = tokens.of(m.block() + 1);
      int i = Text.lastWhere(words.size(), k -> words.get(k).start() < m.start());
      if (i >= 0 && words.get(i).runEnd() <= m.start()) {
        evidence.merge(name, bit(words.get(i).lower(), MALE_WORDS, FEMALE_WORDS), (a, b) -> a | b);
      }
    }
    for (Roles.Role r : roles.all()) {
      evidence.merge(r.person(), bit(r.head(), MALE_WORDS, FEMALE_WORDS), (a, b) -> a | b);
    }
    return new Genders(evidence);
  }

  private static int bit(String word, Set<String> male, Set<String> female) {
    return (male.contains(word) ? 1 : 0) | (female.contains(word) ? 2 : 0);
  }

  /** The gender of the person whose fullest name is {@code name}. */
  Gender of(String name) {
    int e = evidence.getOrDefault(name, 0);
    return e == 1 ? Gender.MALE : e == 2 ? Gender.FEMALE : Gender.UNKNOWN;
  }

  /** The gender of a personal pronoun: "he" male, "she" female, any other none. */
  static Gender ofPronoun(String pronoun) {
    switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he":
      case "him":
      case "his":
        return Gender.MALE;
      case "she":
      case "her":
      case "hers":
        return Gender.FEMALE;
      default:
        return Gender.UNKNOWN;
    }
  }
}
