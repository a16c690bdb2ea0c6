package io.github.newsdoc.parser.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * The lower-case forms the words of an article share, one string each, numbered from 1 so that a word keeps
 * its form as a {@code char} (0 meaning none) instead of a reference: two bytes a word, where a parse holds
 * every word of the article at once (issue 19). At most {@link #MAX} forms: a text's common words come first
 * and are shared; the rarer forms past the limit are made when asked for and not kept. Clean news text of
 * tens of megabytes stays near the limit, while text full of undecodable bytes, where nearly every word is
 * a form of its own, would otherwise keep a string and an entry a word.
 */
final class LowerForms {
  /** The most forms shared: their numbers fit in a {@code char} beside 0. */
  static final int MAX = Character.MAX_VALUE;

  // open addressing: each slot holds a form's number (0 for an empty slot) and the form's hash
  private int[] slots;
  private int[] hashes;
  private String[] forms = new String[16];
  // per form, what the word lists and the gazetteer say of it once asked (0 for nothing yet): its record
  // (FormFacts); made when first asked
  private long[] bits;
  // the forms some word shared through the table writes starting with a lower-case letter ("shares" in
  // "shares fell"), marked as the words are shared: the recognizer asks this of the forms of capitalised words
  private final java.util.BitSet lowerCase = new java.util.BitSet();
  private int size;

  /** An empty table. */
  LowerForms() {
    this(16);
  }

  /** An empty table with room for about {@code expected} forms before it grows. */
  LowerForms(int expected) {
    int n = Integer.highestOneBit(Math.max(16, Math.min(MAX, expected)) * 2 - 1) * 2;
    slots = new int[n];
    hashes = new int[n];
  }

  /** The number of {@code form}, added when new and there is room; 0 when the table is full. */
  int idOf(String form) {
    int hash = form.hashCode();
    int slot = find(form, 0, form.length(), false, hash);
    return slots[slot] != 0 ? slots[slot] : add(form, slot, hash);
  }

  /** The number of {@code form} when it is shared; 0 when it is not. */
  int idIfShared(String form) {
    return slots[find(form, 0, form.length(), false, form.hashCode())];
  }

  /**
   * The number of the lower-case form of {@code text[start, end)}, added when new and there is room; 0 when
   * the table is full. The same as {@code idOf(text.substring(start, end).toLowerCase(Locale.ROOT))}, but a
   * form already shared is found without making a string: most words of a text repeat a form.
   */
  int idOfLowerCase(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        // outside ASCII, lower-casing may change the length ("\u0130"): the string's own rules decide
        return idOf(text.substring(start, end).toLowerCase(Locale.ROOT));
      }
      hash = 31 * hash + lower(c);
    }
    int slot = find(text, start, end, true, hash);
    if (slots[slot] != 0) {
      return slots[slot];
    }
    return add(text.substring(start, end).toLowerCase(Locale.ROOT), slot, hash);
  }

  /** The form numbered {@code id} (1 or more). */
  String form(int id) {
    return forms[id];
  }

  /**
   * What is kept for form {@code id}: its record of the word lists' and the gazetteer's answers ({@link
   * FormFacts}); 0 when nothing is yet.
   */
  long bits(int id) {
    return bits != null && id < bits.length ? bits[id] : 0;
  }

  /** Keeps what was worked out for form {@code id} ({@link #bits(int)}). */
  void bits(int id, long value) {
    if (bits == null || id >= bits.length) {
      bits = Arrays.copyOf(bits == null ? new long[0] : bits, Math.max(forms.length, id + 1));
    }
    bits[id] = value;
  }

  /** Records that a word sharing form {@code id} starts with a lower-case letter. */
  void writtenInLowerCase(int id) {
    lowerCase.set(id);
  }

  /** Whether a word sharing form {@code id} starts with a lower-case letter ({@link #writtenInLowerCase}). */
  boolean isWrittenInLowerCase(int id) {
    return lowerCase.get(id);
  }

  /** How many forms are shared. */
  int size() {
    return size;
  }

  private int add(String form, int slot, int hash) {
    if (size == MAX) {
      return 0;
    }
    int id = ++size;
    if (id == forms.length) {
      forms = Arrays.copyOf(forms, forms.length * 2);
    }
    forms[id] = form;
    slots[slot] = id;
    hashes[slot] = hash;
    if (size * 2 > slots.length) {
      grow();
    }
    return id;
  }

  // The slot holding the form text[start, end) (lower-cased first when asked, ASCII only), or the empty slot
  // where it would go.
  private int find(String text, int start, int end, boolean lowerCase, int hash) {
    int mask = slots.length - 1;
    for (int slot = mix(hash) & mask;; slot = (slot + 1) & mask) {
      int id = slots[slot];
      if (id == 0 || hashes[slot] == hash && same(forms[id], text, start, end, lowerCase)) {
        return slot;
      }
    }
  }

  private static boolean same(String form, String text, int start, int end, boolean lowerCase) {
    if (form.length() != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (form.charAt(i - start) != (lowerCase ? lower(c) : c)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ h >>> 16;
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    int n = oldSlots.length * 2;
    slots = new int[n];
    hashes = new int[n];
    for (int k = 0; k < oldSlots.length; k++) {
      if (oldSlots[k] != 0) {
        int slot = mix(oldHashes[k]) & (n - 1);
        while (slots[slot] != 0) {
          slot = (slot + 1) & (n - 1);
        }
        slots[slot] = oldSlots[k];
        hashes[slot] = oldHashes[k];
      }
    }
  }
}
