package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.capitalisedWord;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The gazetteer asked about words: the names of places and organisations it knows, as keys of words. */
final class KnownNames {
  private KnownNames() {}

  /** A kind of {@link #longest}: a place. */
  static final int PLACE = 1;
  /** A kind of {@link #longest}: an organisation. */
  static final int ORGANISATION = 2;
  /** A kind of {@link #longest}: a place abbreviated with a dot ("Calif."). */
  static final int DOTTED = 3;

  // A run of words in RUNS that more words of some name follow.
  private static final int LONGER = 4;

  /**
   * Every key of a place or an organisation of two words or more, and every run of its first words (cut before
   * a space), with what it is: {@link KeyFacts#PLACE}, {@link KeyFacts#ORGANISATION} (the key is that name's),
   * and {@link #LONGER} (the key of a longer name starts with it and a space). {@link #longest} walks it a word
   * at a time: every name's first words are in it, so a run that is not in it starts no name.
   */
  private static final Map<String, Integer> RUNS = runs();

  private static Map<String, Integer> runs() {
    Map<String, Integer> runs = new HashMap<>();
    Gazetteer.INSTANCE.keys((key, bits, words) -> {
      int kind = bits & (KeyFacts.PLACE | KeyFacts.ORGANISATION);
      if (kind == 0 || key.indexOf(' ') < 0) {
        return; // one word: its facts are the word's own (KeyFacts)
      }
      runs.merge(key, kind, (a, c) -> a | c);
      for (int k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) {
        runs.merge(key.substring(0, k), LONGER, (a, c) -> a | c);
      }
    });
    return runs;
  }

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
   * keys of the candidates of two words or more are built a word at a time from the words' cached lower-case
   * forms, and looked up once each in {@link #RUNS}; the walk stops at the first run of words no name starts
   * with, so that a word that opens some long name ("New", "United") costs one look-up or two, not two a
   * candidate length.
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
      StringBuilder b = new StringBuilder(keyOf(w));
      long found = 0;
      for (int n = 2; n <= longest; n++) {
        b.append(' ').append(keyOf(words.get(p + n - 1)));
        int run = RUNS.getOrDefault(b.toString(), 0);
        // the organisations are a short list written by hand; a company named after its town ("Toyota") is
        // meant far more often than the town
        if ((run & KeyFacts.ORGANISATION) != 0) {
          found = (long) n << 2 | ORGANISATION;
        } else if ((run & KeyFacts.PLACE) != 0) {
          found = (long) n << 2 | PLACE;
        }
        if ((run & LONGER) == 0) {
          break; // no name of more words starts with these
        }
      }
      if (found != 0) {
        return found; // the longest name found
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
    int facts = KeyFacts.of(w);
    if (KeyFacts.longest(facts, w) < to - p) {
      return 0; // no name that long starts with this word: nothing to join
    }
    if (to - p == 1) {
      return (facts & (KeyFacts.PLACE | KeyFacts.ORGANISATION)) != 0 ? 1 : 0; // one word: its own facts
    }
    StringBuilder b = new StringBuilder(keyOf(w));
    for (int i = p + 1; i < to; i++) {
      b.append(' ').append(keyOf(words.get(i)));
    }
    // one look-up for both kinds: RUNS holds every name's key of two words or more
    return (RUNS.getOrDefault(b.toString(), 0) & (KeyFacts.PLACE | KeyFacts.ORGANISATION)) != 0 ? to - p : 0;
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
