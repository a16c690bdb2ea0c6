package io.github.newsdoc.parser.internal;

import com.google.common.collect.ImmutableSet;

/**
 * A word list asked by a word's core as written ("Mr", "Lord", "of"): the rules ask it of most words they
 * pass, so a core longer than the list's longest entry is ruled out by its length, without being made into
 * a string.
 */
final class CoreList {
  private final ImmutableSet<String> entries;
  private final int longest;

  private CoreList(ImmutableSet<String> entries) {
    this.entries = entries;
    this.longest = entries.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The list of {@code words/<name>.txt}. */
  static CoreList load(String name) {
    return new CoreList(WordList.load(name));
  }

  /** Whether the word's core is an entry. */
  boolean contains(Words.Word w) {
    int n = w.length();
    return n > 0 && n <= longest && entries.contains(w.core());
  }

  /** Whether {@code word} is an entry. */
  boolean contains(String word) {
    return word.length() <= longest && entries.contains(word);
  }

  /** The entries. */
  ImmutableSet<String> entries() {
    return entries;
  }
}
