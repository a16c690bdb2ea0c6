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
  // the entries by their String hash, open addressing (null for an empty slot): a word's core is found by the
  // hash of its characters and compared in place, never made into a string to be hashed
  private final String[] slots;

  private CoreList(ImmutableSet<String> entries) {
    this.entries = entries;
    this.longest = entries.stream().mapToInt(String::length).max().orElse(0);
    entries.forEach(e -> firsts.set(e.isEmpty() ? 0 : e.charAt(0)));
    this.slots = new String[Integer.highestOneBit(Math.max(8, entries.size() * 2 - 1)) * 2]; // at most half full
    for (String e : entries) {
      int slot = e.hashCode() & slots.length - 1;
      while (slots[slot] != null) {
        slot = slot + 1 & slots.length - 1;
      }
      slots[slot] = e;
    }
  }

  /** The list of the given entries, as written. */
  static CoreList of(ImmutableSet<String> entries) {
    return new CoreList(entries);
  }

  /** The list of {@code words/<name>.txt}. */
  static CoreList load(String name) {
    return new CoreList(WordList.load(name));
  }

  /** Whether the word's core is an entry. */
  boolean contains(Words.Word w) {
    int n = w.length();
    return n > 0 && n <= longest && firsts.get(w.charAt(0)) && holds(w.source(), w.start(), w.start() + n);
  }

  /** Whether {@code text[start, end)} is an entry; compared only when its length and first fit. */
  boolean contains(String text, int start, int end) {
    int n = end - start;
    return n > 0 && n <= longest && firsts.get(text.charAt(start)) && holds(text, start, end);
  }

  // Whether text[start, end) is an entry, as entries.contains(text.substring(start, end)) answers: found by the
  // hash String gives those characters, compared where they stand.
  private boolean holds(String text, int start, int end) {
    int n = end - start;
    int hash = Text.hash(text, start, end);
    for (int slot = hash & slots.length - 1;; slot = slot + 1 & slots.length - 1) {
      String e = slots[slot];
      if (e == null) {
        return false;
      }
      if (e.length() == n && text.regionMatches(start, e, 0, n)) {
        return true;
      }
    }
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
