package io.github.newsdoc.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A word list asked by a word's lower-case form ("the", "minister", "party"). The rules ask the same lists of
 * the same words many times over, and an article repeats its forms: whether a shared form is an entry is
 * worked out once per list and form, and kept as two bits beside the form ({@link LowerForms#bits}), so
 * that asking again reads an array instead of hashing a string; the first question about a form answers
 * every list at once, from one table of all lists' entries. At most 16 lists are made this way.
 */
final class FormList {
  private static final AtomicInteger LISTS = new AtomicInteger();
  /** The most lists: two bits each in the low half of the {@code long} kept a form. */
  static final int MAX_LISTS = 16;

  // every list's entries, each with the member bits of the lists that hold it: a form's first question
  // answers every list made so far in one look-up, instead of one a list
  private static final ConcurrentHashMap<String, Long> MEMBERS = new ConcurrentHashMap<>();
  // the known bits of the lists made so far
  private static volatile long made;

  private final ImmutableSet<String> entries;
  private final long known;
  private final long member;

  private FormList(ImmutableSet<String> entries) {
    synchronized (FormList.class) {
      int index = LISTS.getAndIncrement();
      if (index >= MAX_LISTS) {
        throw new IllegalStateException("more than " + MAX_LISTS + " form lists");
      }
      this.entries = entries;
      this.known = 1L << 2 * index;
      this.member = 1L << 2 * index + 1;
      for (String e : entries) {
        MEMBERS.merge(e, member, (a, b) -> a | b);
      }
      made |= known;
    }
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
    WordStore store = w.store();
    int id = store.lowerId(w.index());
    if (id == 0) {
      return entries.contains(w.lower());
    }
    LowerForms forms = store.forms();
    long bits = forms.bits(id);
    if ((bits & known) != 0) {
      return (bits & member) != 0;
    }
    // what every list made so far says of the form, at once (a list made later is asked when it is)
    long lists = made;
    Long members = MEMBERS.get(forms.form(id));
    long answered = lists | (members == null ? 0 : members & lists << 1);
    forms.bits(id, bits | answered);
    return (answered & member) != 0;
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
