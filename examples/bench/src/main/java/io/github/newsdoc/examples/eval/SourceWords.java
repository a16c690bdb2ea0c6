package io.github.newsdoc.examples.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Comparing a speaker or mention of ours with a source as annotators wrote it, word by word. */
final class SourceWords {
  private SourceWords() {}

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "miss");

  /**
   * Whether one text's words run inside the other's: "Paul Manafort" and "Manafort", "the official" and
   * "official". An honorific opening the gold source is dropped ("Mr. Manafort" names "Paul Manafort").
   */
  static boolean same(String ours, String gold) {
    List<String> s = words(ours);
    List<String> g = words(gold);
    if (g.size() > 1 && HONORIFICS.contains(g.get(0))) {
      g = g.subList(1, g.size());
    }
    return !s.isEmpty() && !g.isEmpty()
        && (Collections.indexOfSubList(g, s) >= 0 || Collections.indexOfSubList(s, g) >= 0);
  }

  /** Lower-cased words, typographic apostrophes as {@code '}, a possessive {@code 's} dropped. */
  static List<String> words(String s) {
    String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    List<String> words = new ArrayList<>();
    for (String w : n.split("[^\\p{L}\\p{N}']+")) {
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      w = w.replaceAll("^'+|'+$", "");
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
