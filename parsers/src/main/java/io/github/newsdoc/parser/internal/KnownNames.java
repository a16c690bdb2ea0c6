package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.capitalisedWord;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import java.util.List;

/** The gazetteer asked about words: the names of places and organisations it knows, as keys of words. */
final class KnownNames {
  private KnownNames() {}

  /** A kind of {@link #longest}: a place. */
  static final int PLACE = 1;
  /** A kind of {@link #longest}: an organisation. */
  static final int ORGANISATION = 2;
  /** A kind of {@link #longest}: a place abbreviated with a dot ("Calif."). */
  static final int DOTTED = 3;

  /** The length in words of a result of {@link #longest}. */
  static int length(long known) {
    return (int) (known >> 2);
  }

  /** The kind of a result of {@link #longest}. */
  static int kind(long known) {
    return (int) (known & 3);
  }

  /**
   * The longest place or organisation name starting at p, as {@code length << 2 | kind} (0 when none). The
   * gazetteer key of the longest candidate is built once from the words' cached lower-case forms; shorter
   * candidates are its prefixes.
   */
  static long longest(List<Words.Word> words, int p, int to) {
    Gazetteer g = Gazetteer.INSTANCE;
    if (p >= to) {
      return 0;
    }
    Words.Word w = words.get(p);
    int facts = KeyFacts.of(w);
    int longest = Math.min(to - p, KeyFacts.longest(facts, w));
    if (longest > 1) {
      // the key of the longest candidate, built once; shorter candidates of two words or more are its prefixes
      int[] ends = new int[longest];
      StringBuilder b = new StringBuilder(keyOf(w));
      ends[0] = b.length();
      for (int i = 1; i < longest; i++) {
        b.append(' ').append(keyOf(words.get(p + i)));
        ends[i] = b.length();
      }
      String joined = b.toString();
      for (int n = longest; n >= 2; n--) {
        String key = n == longest ? joined : joined.substring(0, ends[n - 1]);
        // the organisations are a short list written by hand; a company named after its town ("Toyota") is
        // meant far more often than the town
        if (g.organisationByKey(key) != null) {
          return (long) n << 2 | ORGANISATION;
        }
        if (g.placeByKey(key) != null) {
          return (long) n << 2 | PLACE;
        }
      }
    }
    // one word, the common case: read from the word's facts, in the same order
    if ((facts & KeyFacts.ORGANISATION) != 0) {
      return 1L << 2 | ORGANISATION;
    }
    if ((facts & KeyFacts.PLACE) != 0) {
      return 1L << 2 | PLACE;
    }
    return w.trailingLength() > 0 && w.trailingChar(0) == '.' && g.placeByKey(keyOf(w) + ".") != null
        ? 1L << 2 | DOTTED : 0;
  }

  /** The length in words of the longest place or organisation name starting at p, or 0. */
  static int lengthAt(List<Words.Word> words, int p, int to) {
    return length(longest(words, p, to));
  }

  /** The gazetteer key of words [from, to). */
  static String key(List<Words.Word> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "").append(keyOf(words.get(i)));
    }
    return b.toString();
  }

  /** Whether words [from, to) are one place's name the gazetteer knows, and no organisation's. */
  static boolean placeOnly(List<Words.Word> words, int from, int to) {
    String k = key(words, from, to);
    return Gazetteer.INSTANCE.placeByKey(k) != null && Gazetteer.INSTANCE.organisationByKey(k) == null;
  }

  /** Whether words [from, to) are one demonym the gazetteer knows ("Lithuanian", "South Korean"). */
  static boolean demonym(List<Words.Word> words, int from, int to) {
    return Gazetteer.INSTANCE.demonymByKey(key(words, from, to)) != null;
  }

  /** Whether words [from, to) are one organisation's name the gazetteer knows. */
  static boolean organisation(List<Words.Word> words, int from, int to) {
    return Gazetteer.INSTANCE.organisationByKey(key(words, from, to)) != null;
  }

  /** Whether the whole run is one gazetteer name: its length, or 0. */
  static int whole(List<Words.Word> words, int p, int to) {
    if (p >= to) {
      return 0;
    }
    Words.Word w = words.get(p);
    if (KeyFacts.longest(KeyFacts.of(w), w) < to - p) {
      return 0; // no name that long starts with this word: nothing to join
    }
    StringBuilder b = new StringBuilder(keyOf(w));
    for (int i = p + 1; i < to; i++) {
      b.append(' ').append(keyOf(words.get(i)));
    }
    String key = b.toString();
    return Gazetteer.INSTANCE.placeByKey(key) != null || Gazetteer.INSTANCE.organisationByKey(key) != null ? to - p : 0;
  }

  /**
   * The end of the longest gazetteer name starting at i, when the rules for runs would cut it: "Organization
   * for Security and Co-operation in Europe" holds a word in lower case after a hyphen. Only names whose first
   * word starts a longer gazetteer name are looked up, and no stop may fall inside the name.
   */
  static int end(List<Words.Word> words, int i) {
    Words.Word w = words.get(i);
    int longest = KeyFacts.longest(KeyFacts.of(w), w);
    if (longest < 2) {
      return i;
    }
    int to = i + 1;
    while (to < words.size() && to - i < longest && !stops(words.get(to - 1)) && !possessive(words.get(to - 1))) {
      to++;
    }
    return i + lengthAt(words, i, to);
  }

  /** Whether a capitalised word is a place the gazetteer knows ("Dorset", "Calif."). */
  static boolean place(Words.Word w) {
    Gazetteer g = Gazetteer.INSTANCE;
    return capitalisedWord(w) && (g.place(bare(w)) != null || w.trailing().startsWith(".") && g.place(w.core() + ".") != null);
  }
}
