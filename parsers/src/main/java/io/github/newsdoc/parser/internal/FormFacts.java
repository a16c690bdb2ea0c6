package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the word lists and the gazetteer say of one lower-case form, as one {@code long}: in the low half a
 * bit for each {@link FormList} that holds the form, and {@link #KNOWN}; in the high half {@link KeyFacts}' facts
 * of the form's gazetteer key. The rules ask the same forms of many lists and of the gazetteer, and an article
 * repeats its forms: the first question about a shared form, whichever it is, answers all of them with one
 * look-up in one table of every list's and gazetteer key's record, and the record is kept beside the form
 * ({@link LowerForms#bits}), so that every later question is an array read and a bit test. Before, each list
 * and the gazetteer's facts were worked out by a look-up of their own, each in its own table.
 */
final class FormFacts {
  private FormFacts() {}

  /** Set in every record worked out, so that a kept 0 means "not asked yet". */
  static final long KNOWN = 1L << 31;
  /** The most form lists: one bit each in the low half, below {@link #KNOWN}. */
  static final int MAX_LISTS = 31;

  // the lists made so far, in the order of their bits; the table is built once all are (Table)
  private static final List<FormList> LISTS = new ArrayList<>();
  private static boolean built;

  /** Registers a list being made; its member bit. Every list is made before the table is built. */
  static synchronized long register(FormList list) {
    if (built) {
      throw new IllegalStateException("a form list made after the form facts were built");
    }
    if (LISTS.size() == MAX_LISTS) {
      throw new IllegalStateException("more than " + MAX_LISTS + " form lists");
    }
    LISTS.add(list);
    return 1L << LISTS.size() - 1;
  }

  /** The record of word {@code w}'s lower-case form: worked out on the first question and kept with the form. */
  static long of(Words.Word w) {
    WordStore store = w.store();
    int id = store.lowerId(w.index());
    if (id == 0) {
      return work(w.lower()); // a word read alone, or past the shared forms' limit: nothing is kept
    }
    LowerForms forms = store.forms();
    long record = forms.bits(id);
    if (record == 0) {
      record = work(forms.form(id));
      forms.bits(id, record);
    }
    return record;
  }

  /** The record of {@code lower}, a word's lower-case form. */
  static long work(String lower) {
    long record = Table.get(lower);
    String key = NameShapes.keyOfLower(lower);
    if (key != lower) {
      // "party's", "o’neill": the gazetteer's facts are its key's, the lists' the form's own
      record = record & 0xFFFF_FFFFL | Table.get(key) & 0xFFFF_FFFF_0000_0000L;
    }
    return record;
  }

  // The table of every record, built on the first question, once every list is made.
  private static final class Table {
    // a key's record where no list holds it and the gazetteer knows nothing of it
    private static final long NONE = KNOWN | (long) KeyFacts.NONE << 32;
    // The table is read on an article's first question about each of its forms, so nearly every probe misses
    // the processor's caches: it is laid out to touch few cache lines. Open addressing over one int array: a
    // slot holds the high 16 bits of a key's hash and 1 + the key's index (0 for an empty slot), so that most
    // forms no list holds are turned down by one read; the keys' characters stand one after another in one
    // array, and each key's place there and its record side by side in another.
    private static final int[] SLOTS;
    // per key, two longs: its start in CHARS and its length (start << 32 | length), then its record
    private static final long[] ENTRIES;
    private static final char[] CHARS;
    private static final int MASK;
    private static final int SHIFT;
    // the most keys the slots can number
    private static final int MAX_KEYS = 0xFFFF;

    static {
      // the lists are made by their classes' initialisers: every one is made before the table is read
      Object[] made = {EntityWords.NOT_NAMES, Names.TITLE_WORDS, Gazetteer.INSTANCE};
      Map<String, Long> records = new HashMap<>();
      synchronized (FormFacts.class) {
        built = true;
        for (FormList list : LISTS) {
          long member = list.member();
          for (String e : list.entries()) {
            records.merge(e, member, (a, b) -> a | b);
          }
        }
      }
      KeyFacts.table().forEach((key, facts) -> records.merge(key, (long) facts << 32, (a, b) -> a | b));
      if (records.size() >= MAX_KEYS) {
        throw new IllegalStateException("more form facts than the table numbers: " + records.size());
      }
      int n = Integer.highestOneBit(Math.max(16, records.size() * 2 - 1)) * 2; // at most half full
      SLOTS = new int[n];
      ENTRIES = new long[records.size() * 2];
      MASK = n - 1;
      SHIFT = Integer.numberOfLeadingZeros(n) + 1;
      StringBuilder chars = new StringBuilder();
      int index = 0;
      for (Map.Entry<String, Long> e : records.entrySet()) {
        String key = e.getKey();
        int hash = key.hashCode();
        int slot = slot(hash);
        while (SLOTS[slot] != 0) {
          slot = slot + 1 & MASK;
        }
        SLOTS[slot] = hash & 0xFFFF_0000 | index + 1;
        ENTRIES[index * 2] = (long) chars.length() << 32 | key.length();
        chars.append(key);
        long record = e.getValue();
        // a key only the lists hold has the facts of a key the gazetteer does not know
        ENTRIES[index * 2 + 1] = KNOWN | record | ((record >>> 32) == 0 ? NONE & 0xFFFF_FFFF_0000_0000L : 0);
        index++;
      }
      CHARS = chars.toString().toCharArray();
    }

    private static int slot(int hash) {
      return hash * 0x9E3779B9 >>> SHIFT;
    }

    static long get(String key) {
      int hash = key.hashCode();
      int tag = hash & 0xFFFF_0000;
      for (int slot = slot(hash);; slot = slot + 1 & MASK) {
        int s = SLOTS[slot];
        if (s == 0) {
          return NONE;
        }
        if ((s & 0xFFFF_0000) == tag) {
          int index = (s & 0xFFFF) - 1;
          long place = ENTRIES[index * 2];
          if (same(key, (int) (place >>> 32), (int) place)) {
            return ENTRIES[index * 2 + 1];
          }
        }
      }
    }

    // Whether key is the key of length length at start in CHARS.
    private static boolean same(String key, int start, int length) {
      if (key.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (CHARS[start + i] != key.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }
}
