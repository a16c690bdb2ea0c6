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
    // open addressing over one array: a slot holds a key's hash (high half) and 1 + its index in KEYS and
    // RECORDS (low half; 0 for an empty slot), so that a probe reads one array, and most forms no list holds
    // are turned down there without reading a string; a slot is found by the hash's Fibonacci product
    private static final long[] SLOTS;
    private static final String[] KEYS;
    private static final long[] RECORDS;
    private static final int MASK;
    private static final int SHIFT;

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
      int n = Integer.highestOneBit(Math.max(16, records.size() * 2 - 1)) * 2; // at most half full
      SLOTS = new long[n];
      KEYS = new String[records.size()];
      RECORDS = new long[records.size()];
      MASK = n - 1;
      SHIFT = Integer.numberOfLeadingZeros(n) + 1;
      int index = 0;
      for (Map.Entry<String, Long> e : records.entrySet()) {
        int hash = e.getKey().hashCode();
        int slot = slot(hash);
        while (SLOTS[slot] != 0) {
          slot = slot + 1 & MASK;
        }
        SLOTS[slot] = (long) hash << 32 | index + 1;
        KEYS[index] = e.getKey();
        long record = e.getValue();
        // a key only the lists hold has the facts of a key the gazetteer does not know
        RECORDS[index] = KNOWN | record | ((record >>> 32) == 0 ? NONE & 0xFFFF_FFFF_0000_0000L : 0);
        index++;
      }
    }

    private static int slot(int hash) {
      return hash * 0x9E3779B9 >>> SHIFT;
    }

    static long get(String key) {
      int hash = key.hashCode();
      for (int slot = slot(hash);; slot = slot + 1 & MASK) {
        long s = SLOTS[slot];
        if (s == 0) {
          return NONE;
        }
        if ((int) (s >>> 32) == hash) {
          int index = (int) s - 1;
          if (KEYS[index].equals(key)) {
            return RECORDS[index];
          }
        }
      }
    }
  }
}
