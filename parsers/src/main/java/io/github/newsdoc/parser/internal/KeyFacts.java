package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.keyOf;

import java.util.HashMap;
import java.util.Map;

/**
 * What the gazetteer knows of one word as a key ({@link NameShapes#keyOf}): whether it is a place's or an
 * organisation's one-word name, and how many words the longest name starting with it has. The rules ask this
 * of every capitalised word, often several times; a key depends on the word's lower-case form only, so the
 * answer is worked out once a form of the article, with the word lists' ({@link FormFacts}), and read back as an
 * int.
 */
final class KeyFacts {
  private KeyFacts() {}

  /** The facts of a form not worked out yet (every worked-out answer has this bit). */
  private static final int KNOWN = 1 << 31;
  /** The key is a place's one-word name. */
  static final int PLACE = 1;
  /** The key is an organisation's one-word name. */
  static final int ORGANISATION = 2;
  /** The key is a demonym ("belarusian"). */
  static final int DEMONYM = 1 << 8;
  /** The key is an organisation's head word ("ministry", {@link Names#isOrgHead(String)}). */
  static final int ORGANISATION_HEAD = 1 << 9;
  /** The key is the last word of a place's name ({@link PersonIndex#isPlaceLast}: "county", "street"). */
  static final int PLACE_LAST = 1 << 10;
  /** The key names members or believers ({@link EntityWords#GROUPS}: "democrats"). */
  static final int GROUP = 1 << 11;
  /** The key is an event's, a law's or a plan's noun ({@link EntityWords#EVENT_NOUNS}: "agreement"). */
  static final int EVENT_NOUN = 1 << 12;
  private static final int LONGEST_SHIFT = 2;
  // the longest name's length is kept up to this; a longer one (none in the gazetteer today) is asked again
  private static final int LONGEST_MAX = 63;

  /**
   * The facts of word {@code w}'s key: the high half of its form's record ({@link FormFacts}), worked out with
   * the word lists' answers in one look-up on the first question about the form, and kept with it.
   */
  static int of(Words.Word w) {
    return (int) (FormFacts.of(w) >>> 32);
  }

  /** The number of words of the longest gazetteer name starting with word {@code w} (1 when none is longer). */
  static int longest(int facts, Words.Word w) {
    int n = facts >>> LONGEST_SHIFT & LONGEST_MAX;
    return n < LONGEST_MAX ? n : Gazetteer.INSTANCE.longestStartingWith(keyOf(w));
  }

  /** Whether word {@code w}'s key is a place's one-word name ({@code placeByKey(keyOf(w)) != null}). */
  static boolean place(Words.Word w) {
    return (of(w) & PLACE) != 0;
  }

  /** Whether word {@code w}'s key is a demonym ({@code demonymByKey(keyOf(w)) != null}). */
  static boolean demonym(Words.Word w) {
    return (of(w) & DEMONYM) != 0;
  }

  /** Whether word {@code w}'s key is an organisation's head word ({@code Names.isOrgHead(keyOf(w))}). */
  static boolean organisationHead(Words.Word w) {
    return (of(w) & ORGANISATION_HEAD) != 0;
  }

  /** Whether word {@code w}'s key names members or believers ({@code EntityWords.GROUPS.contains(keyOf(w))}). */
  static boolean group(Words.Word w) {
    return (of(w) & GROUP) != 0;
  }

  /** Whether word {@code w}'s key is an event's noun ({@code EntityWords.EVENT_NOUNS.contains(keyOf(w))}). */
  static boolean eventNoun(Words.Word w) {
    return (of(w) & EVENT_NOUN) != 0;
  }

  /** Whether word {@code w}'s key ends a place's name ({@code PersonIndex.isPlaceLast(keyOf(w))}). */
  static boolean placeLast(Words.Word w) {
    return (of(w) & PLACE_LAST) != 0;
  }

  /** The facts of a key no table holds: known, and no name longer than one word starts with it. */
  static final int NONE = KNOWN | 1 << LONGEST_SHIFT;

  /** Every key some table holds, with all its facts (for {@link FormFacts}, which keeps them with the lists'). */
  static Map<String, Integer> table() {
    Map<String, Integer> bits = new HashMap<>();
    Map<String, Integer> longest = new HashMap<>();
    Gazetteer.INSTANCE.keys((key, kind, words) -> {
      bits.merge(key, kind, (a, b) -> a | b);
      if (words > 0) {
        longest.merge(key, words, Math::max);
      }
    });
    for (String head : Names.ORG_HEADS.entries()) {
      bits.merge(head, ORGANISATION_HEAD, (a, b) -> a | b);
    }
    for (String group : EntityWords.GROUPS) {
      bits.merge(group, GROUP, (a, b) -> a | b);
    }
    for (String noun : EntityWords.EVENT_NOUNS) {
      bits.merge(noun, EVENT_NOUN, (a, b) -> a | b);
    }
    for (String last : PersonIndex.placeLastWords()) {
      if (PersonIndex.isPlaceLast(last)) {
        bits.merge(last, PLACE_LAST, (a, b) -> a | b);
      }
    }
    Map<String, Integer> table = new HashMap<>(bits.size() * 2);
    bits.forEach((key, b) -> table.put(key,
        KNOWN | b | Math.min(LONGEST_MAX, longest.getOrDefault(key, 1)) << LONGEST_SHIFT));
    return table;
  }
}
