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
  // the characters the entries start with
  private final java.util.BitSet firsts = new java.util.BitSet();

  private CoreList(ImmutableSet<String> entries) {
    this.entries = entries;
    this.longest = entries.stream().mapToInt(String::length).max().orElse(0);
    entries.forEach(e -> firsts.set(e.isEmpty() ? 0 : e.charAt(0)));
  }

  /** The list of {@code words/<name>.txt}. */
  static CoreList load(String name) {
    return new CoreList(WordList.load(name));
  }

  /** Whether the word's core is an entry. */
  boolean contains(Words.Word w) {
    int n = w.length();
    return n > 0 && n <= longest && firsts.get(w.charAt(0)) && entries.contains(w.core());
  }

  /** Whether {@code text[start, end)} is an entry; made into a string only when its length and first fit. */
  boolean contains(String text, int start, int end) {
    int n = end - start;
    return n > 0 && n <= longest && firsts.get(text.charAt(start)) && entries.contains(text.substring(start, end));
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
