package io.github.newsdoc.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * Whether a known place or a demonym written just before a known organisation names that body's branch there,
 * one organisation ("the Ohio Democratic Party", "the Lithuanian Foreign Ministry", "the Zorbland Department of
 * Roads", "the Kelvish FA"): the organisation must be a body of a kind, one whose name, as written or in full,
 * holds an organisation's head noun (party, department, council, association, ...). A company or brand known
 * by its own name ("Zorbcorp", "Microsoft") has no such noun, and a place before it only locates the
 * sentence ("in Las Vegas Microsoft's boss said"), so it stays two names. Nor has a body that spans countries
 * (its full name holds a country, a demonym or a word of {@code international-scope.txt}: "European Union", "World
 * Trade Organization") a branch in one: "the Zorbland EU bid" is a place and a body.
 */
final class BodyBranch {
  private BodyBranch() {}

  private static final ImmutableSet<String> INTERNATIONAL = WordList.load("international-scope");

  /** Whether words [from, at) are a place or a demonym and words [at, to) a known body of a kind. */
  static boolean of(List<Words.Word> words, int from, int at, int to) {
    if (from >= at || at >= to || !KnownNames.placeOnly(words, from, at) && !KnownNames.demonym(words, from, at)) {
      return false;
    }
    return bodyOfAKind(words, at, to);
  }

  /** Whether words [from, to) are a known organisation whose name, as written or in full, holds a head noun. */
  static boolean bodyOfAKind(List<Words.Word> words, int from, int to) {
    String full = Gazetteer.INSTANCE.organisationByKey(KnownNames.key(words, from, to));
    if (full == null) {
      return false;
    }
    boolean head = false;
    for (int i = from; i < to; i++) {
      if (INTERNATIONAL.contains(words.get(i).lower())) {
        return false; // "World Trade Organization" written out spans countries as "WTO" does
      }
      head |= KeyFacts.organisationHead(words.get(i));
    }
    if (KeyFacts.organisationHead(words.get(to - 1))) {
      return true; // "Rotary Club", "Labour Party": a body of a kind as written
    }
    Gazetteer g = Gazetteer.INSTANCE;
    for (String word : full.split(" ")) {
      String key = Gazetteer.key(word);
      if (INTERNATIONAL.contains(key) || g.country(word) || g.demonymByKey(key) != null) {
        return false;
      }
      head |= Names.ORG_HEADS.contains(key);
    }
    return head;
  }
}
