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

  private FormList(ImmutableSet<String> entries) {
    this.entries = entries;
    this.member = FormFacts.register(this);
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
