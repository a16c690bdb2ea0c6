package io.github.newsdoc.parser.internal;

import com.google.common.collect.ImmutableSet;

/**
 * A word list asked by a word's lower-case form ("the", "minister", "party"). The rules ask the same lists of
 * the same words many times over, and an article repeats its forms: each list has a bit in the record kept
 * beside a shared form ({@link FormFacts}), which the first question about the form fills for every list and
 * the gazetteer at once, so that asking again reads an array instead of hashing a string. At most {@link
 * FormFacts#MAX_LISTS} lists are made this way, all before the first question.
 */
final class FormList {
  private final ImmutableSet<String> entries;
  private final long member;
  // whether every entry is its own lower-case form, as the lists are written: then a core that is an entry is
  // its word's lower-case form too, and the form's bit answers first (containsCore)
  private final boolean lowerCase;

  private FormList(ImmutableSet<String> entries) {
    this.entries = entries;
    this.member = FormFacts.register(this);
    this.lowerCase = entries.stream().allMatch(e -> e.equals(e.toLowerCase(java.util.Locale.ROOT)));
  }

  /** The list of {@code words/<name>.txt} (its entries in lower case). */
  static FormList load(String name) {
    return new FormList(WordList.load(name));
  }

  /** The list of {@code entries}, each in lower case. */
  static FormList of(java.util.Collection<String> entries) {
    return new FormList(ImmutableSet.copyOf(entries));
  }

  /** Whether the word's lower-case form is an entry. */
  boolean contains(Words.Word w) {
    return (FormFacts.of(w) & member) != 0;
  }

  /**
   * Whether the word's core as written (not lower-cased: "of", not "Of") is an entry. The core is made into a
   * string only when the word's lower-case form is an entry, which a core that is one must be.
   */
  boolean containsCore(Words.Word w) {
    return (!lowerCase || contains(w)) && entries.contains(w.core());
  }

  /** The list's bit in a form's record ({@link FormFacts}). */
  long member() {
    return member;
  }

  /** The entries, in lower case. */
  ImmutableSet<String> entries() {
    return entries;
  }

  /** Whether {@code lower} is an entry. */
  boolean contains(String lower) {
    return entries.contains(lower);
  }
}
