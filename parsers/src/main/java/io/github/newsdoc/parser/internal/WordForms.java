package io.github.newsdoc.parser.internal;

import java.util.Locale;

/**
 * A counted set of word forms (a word's lower-case form, its core without a possessive, …) that holds
 * where the words the forms are made from are, not strings: an open-addressing table of words (their store
 * and index there), the form each gives, its hash and its count. The words of a parse are held anyway, so an
 * entry costs a slot of a few arrays, where a {@code HashMap<String, Integer>} entry costs a node and, for a
 * form no other word shares, a string of its own. That matters for text full of undecodable bytes, where
 * nearly every word is a form of its own (issue 19). A form is made again to compare it only when the hashes
 * agree.
 */
final class WordForms {
  /** How a word gives its form. */
  enum Form {
    /** The core in lower case: {@code "Oscars"} gives {@code "oscars"}. */
    LOWER,
    /** The core without a possessive: {@code "Brown's"} gives {@code "Brown"}. */
    BARE,
    /** The core without a possessive, in lower case. */
    BARE_LOWER,
    /** The core in lower case without its last character: the singular of a plural in s. */
    LOWER_STEM;

    private static final Form[] ALL = values();

    String of(Words.Word w) {
      switch (this) {
        case LOWER:
          return w.lower();
        case BARE:
          return NameShapes.bare(w);
        case BARE_LOWER:
          return NameShapes.bare(w).toLowerCase(Locale.ROOT);
        default:
          String l = w.lower();
          return l.substring(0, l.length() - 1);
      }
    }
  }

  // where each entry's word is: its store (null for an empty slot) and its index there
  private WordStore[] stores = new WordStore[16];
  private int[] indices = new int[16];
  private byte[] forms = new byte[16];
  private int[] hashes = new int[16];
  // the count of each form, up to MAX_COUNT, or null in a set that does not count
  private byte[] counts;
  private int size;

  /**
   * The most a count goes up to: the rules ask only whether a form was seen a few times, and a byte a form
   * keeps the table small (issue 19).
   */
  static final int MAX_COUNT = Byte.MAX_VALUE;

  /** An empty table; only a {@code counted} one answers {@link #count}. */
  WordForms(boolean counted) {
    counts = counted ? new byte[16] : null;
  }

  /** Counts the form {@code form} of {@code w} once more; {@code key} is that form, made already. */
  void add(Words.Word w, Form form, String key) {
    int hash = key.hashCode();
    add(w, form, find(key, 0, key.length(), hash), hash);
  }

  /**
   * Counts the form {@code form} of {@code w} once more. A core without its possessive ({@link Form#BARE}) is
   * hashed and compared where its characters stand, never made into a string.
   */
  void add(Words.Word w, Form form) {
    if (form != Form.BARE) {
      add(w, form, form.of(w));
      return;
    }
    String text = w.source();
    int start = w.start();
    int end = bareEnd(text, start, start + w.length());
    int hash = Text.hash(text, start, end);
    add(w, form, find(text, start, end, hash), hash);
  }

  // Counts once more the form of hash hash, whose slot (or the empty slot where it goes) is slot.
  private void add(Words.Word w, Form form, int slot, int hash) {
    if (stores[slot] == null) {
      stores[slot] = w.store();
      indices[slot] = w.index();
      forms[slot] = (byte) form.ordinal();
      hashes[slot] = hash;
      size++;
    }
    if (counts != null && counts[slot] < MAX_COUNT) {
      counts[slot]++;
    }
    if (size * 4 > stores.length * 3) {
      grow();
    }
  }

  /** Whether the form {@code key} was added. */
  boolean contains(String key) {
    return stores[find(key, 0, key.length(), key.hashCode())] != null;
  }

  /**
   * How many times the form {@code key} was added, up to {@link #MAX_COUNT}; 0 when it never was. Only for a
   * counted table.
   */
  int count(String key) {
    int slot = find(key, 0, key.length(), key.hashCode());
    return stores[slot] != null ? counts[slot] : 0;
  }

  // The slot holding the form text[start, end) (of hash hash), or the empty slot where it would go.
  private int find(String text, int start, int end, int hash) {
    int mask = stores.length - 1;
    for (int slot = mix(hash) & mask;; slot = (slot + 1) & mask) {
      WordStore s = stores[slot];
      if (s == null || hashes[slot] == hash && gives(s, indices[slot], Form.ALL[forms[slot]], text, start, end)) {
        return slot;
      }
    }
  }

  // Whether word i of store s gives, in the form form, the characters text[start, end): a core without its
  // possessive is compared where it stands and a lower-case form as the word keeps it, without a view of the
  // word or a string made for the comparison.
  private static boolean gives(WordStore s, int i, Form form, String text, int start, int end) {
    int n = end - start;
    if (form == Form.BARE) {
      String own = s.text();
      int from = s.start(i);
      return bareEnd(own, from, s.end(i)) - from == n && own.regionMatches(from, text, start, n);
    }
    String made = form == Form.LOWER ? s.lower(i) : form.of(s.get(i));
    return made.length() == n && text.regionMatches(start, made, 0, n);
  }

  // The end of the core text[start, end) without a possessive 's, as NameShapes.bare takes it off.
  private static int bareEnd(String text, int start, int end) {
    boolean possessiveS = end - start >= 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’');
    return possessiveS ? end - 2 : end;
  }

  private void grow() {
    WordStore[] oldStores = stores;
    int[] oldIndices = indices;
    byte[] oldForms = forms;
    int[] oldHashes = hashes;
    byte[] oldCounts = counts;
    int n = oldStores.length * 2;
    stores = new WordStore[n];
    indices = new int[n];
    forms = new byte[n];
    hashes = new int[n];
    counts = oldCounts == null ? null : new byte[n];
    for (int k = 0; k < oldStores.length; k++) {
      if (oldStores[k] != null) {
        int slot = mix(oldHashes[k]) & (n - 1);
        while (stores[slot] != null) {
          slot = (slot + 1) & (n - 1);
        }
        stores[slot] = oldStores[k];
        indices[slot] = oldIndices[k];
        forms[slot] = oldForms[k];
        hashes[slot] = oldHashes[k];
        if (counts != null) {
          counts[slot] = oldCounts[k];
        }
      }
    }
  }

  // Spreads a string hash over the low bits the table uses.
  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
