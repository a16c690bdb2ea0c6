package io.github.newsdoc.parser.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * The words of one text, stored compactly: two ints a word (the core's start, and a word holding the core's
 * length, the lengths of the punctuation around it and the word's flags) and the number of its shared
 * lower-case form ({@link LowerForms}), 10 bytes a word where a word object and its reference took 36. A parse holds every word of the article at
 * once, about one for every seven input bytes, so this store is what most of its heap goes to (issue 19).
 * The rare word whose core or punctuation is too long for its bits keeps its ends in a side table.
 *
 * <p>{@link #get} hands out a {@link Words.Word} that is a view of word {@code i}: views of the same word
 * are not the same object, but they are equal, and they read and memoise the same state (the lower-case
 * form, whether it can be part of a name), so they answer alike. Words are only ever added, in text order;
 * the list is unmodifiable to its readers.
 */
final class WordStore extends AbstractList<Words.Word> implements RandomAccess {
  // The meta int: the core's length in bits 0-15, the punctuation before it in bits 16-19 and after it in bits
  // 20-23, flags above. A word whose length or punctuation does not fit (0xFFFF, 15 or more) has LEAD_WIDE as
  // its lead, and its ends in the side table.
  private static final int MAX_LENGTH = 0xFFFF;
  private static final int MAX_PUNCTUATION = 15;
  private static final int LEAD_WIDE = MAX_PUNCTUATION << 16;
  static final int OPENED = 1 << 24;
  static final int QUOTED = 1 << 25;
  static final int UNSHARED = 1 << 26;
  // whether the word can be part of a person's name, once worked out: NAME_KNOWN set, then NAME_YES or not
  private static final int NAME_KNOWN = 1 << 27;
  private static final int NAME_YES = 1 << 28;
  // whether a name may start at the word (NameShapes.startsName), once worked out
  private static final int START_KNOWN = 1 << 29;
  private static final int START_YES = 1 << 30;
  // whether the core starts with a lower-case letter (of the basic plane), read as the word is added
  private static final int LOWER_START = 1 << 31;

  private final String text;
  // per word, its core's start and its meta int
  private int[] data;
  // per word, the number of its lower-case form in the forms table (0 when not known yet or not shared)
  private char[] lowers;
  // the shared forms (the article's, Tokens), or null for words read alone
  private LowerForms forms;
  // for words read alone (no shared forms), their lower-case forms once made: such stores are small
  private String[] own;
  private int size;
  // the wide words, four ints each: index, run start, core end, run end; in index order
  private int[] wide = new int[0];
  private int wideSize;
  // the indices of the words whose core starts with a capital letter, found as they are added: the only
  // words a name can start at, and the only ones the recognizer's context asks about
  private int[] capitals = new int[0];
  private int capitalCount;
  // whether a word's form is not shared (UNSHARED)
  private boolean anyUnshared;
  // the views handed out last, one slot per index modulo VIEWS, made on the first get: the rules ask for the
  // same few words around the one they read many times over, and a view was made a call (a third of the bytes
  // a full parse allocated). Bounded, so that a parse's heap does not grow with it (issue 19).
  private static final int VIEWS = 32;
  private Words.Word[] views;

  /** An empty list of words of {@code text}, with room for {@code capacity}. */
  WordStore(String text, int capacity) {
    this.text = text;
    this.data = new int[Math.max(1, capacity) * 2];
    this.lowers = new char[Math.max(1, capacity)];
  }

  /** Adds the word of the run {@code [runStart, runEnd)} whose core is {@code [start, end)}. */
  void add(int runStart, int start, int end, int runEnd, boolean opened, boolean quoted) {
    if (size == lowers.length) {
      lowers = Arrays.copyOf(lowers, size * 2);
      data = Arrays.copyOf(data, size * 4);
    }
    int flags = (opened ? OPENED : 0) | (quoted ? QUOTED : 0);
    if (start < end) {
      char c = text.charAt(start);
      if (Character.isLowerCase(c)) {
        flags |= LOWER_START;
      } else if (Character.isHighSurrogate(c) ? Character.isUpperCase(text.substring(start, end).codePointAt(0))
          : Character.isUpperCase(c)) {
        if (capitalCount == capitals.length) {
          capitals = Arrays.copyOf(capitals, Math.max(4, capitalCount * 2));
        }
        capitals[capitalCount++] = size;
      }
    }
    int lead = start - runStart;
    int trail = runEnd - end;
    if (end - start >= MAX_LENGTH || lead >= MAX_PUNCTUATION || trail >= MAX_PUNCTUATION) {
      if (wideSize * 4 == wide.length) {
        wide = Arrays.copyOf(wide, Math.max(4, wide.length * 2));
      }
      wide[wideSize * 4] = size;
      wide[wideSize * 4 + 1] = runStart;
      wide[wideSize * 4 + 2] = end;
      wide[wideSize * 4 + 3] = runEnd;
      wideSize++;
      data[size * 2 + 1] = LEAD_WIDE | flags;
    } else {
      data[size * 2 + 1] = end - start | lead << 16 | trail << 20 | flags;
    }
    data[size * 2] = start;
    size++;
  }

  /** Gives back the room no word took: a parse keeps the words of every text. */
  void trim() {
    if (lowers.length > size) {
      lowers = Arrays.copyOf(lowers, size);
      data = Arrays.copyOf(data, size * 2);
    }
    if (capitals.length > capitalCount) {
      capitals = Arrays.copyOf(capitals, capitalCount);
    }
  }

  /**
   * The indices of the words whose core starts with a capital letter ({@link NameShapes#capitalisedWord}), in
   * order; read only, not to be changed.
   */
  int[] capitals() {
    return capitalCount == capitals.length ? capitals : Arrays.copyOf(capitals, capitalCount);
  }

  /** Whether some word's lower-case form is not shared ({@link #UNSHARED}). */
  boolean anyUnshared() {
    return anyUnshared;
  }

  @Override
  public Words.Word get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    Words.Word[] v = views;
    if (v == null) {
      v = new Words.Word[VIEWS];
      views = v;
    }
    Words.Word w = v[i & (VIEWS - 1)];
    if (w == null || w.index() != i) {
      w = new Words.Word(this, i, text, data[i * 2], end(i));
      v[i & (VIEWS - 1)] = w;
    }
    return w;
  }

  @Override
  public int size() {
    return size;
  }

  /** The text the words were read from. */
  String text() {
    return text;
  }

  // Whether word i keeps its ends in the side table.
  private boolean isWide(int i) {
    return (data[i * 2 + 1] & LEAD_WIDE) == LEAD_WIDE;
  }

  /** The offset of word {@code i}'s core's first character. */
  int start(int i) {
    return data[i * 2];
  }

  /** The offset just after word {@code i}'s core. */
  int end(int i) {
    return isWide(i) ? wide(i, 2) : data[i * 2] + (data[i * 2 + 1] & MAX_LENGTH);
  }

  /** Where word {@code i}'s run of non-space characters starts. */
  int runStart(int i) {
    return isWide(i) ? wide(i, 1) : data[i * 2] - (data[i * 2 + 1] >>> 16 & MAX_PUNCTUATION);
  }

  /** Where word {@code i}'s run of non-space characters ends. */
  int runEnd(int i) {
    int meta = data[i * 2 + 1];
    return isWide(i) ? wide(i, 3) : data[i * 2] + (meta & MAX_LENGTH) + (meta >>> 20 & MAX_PUNCTUATION);
  }

  // Field k (1 run start, 2 core end, 3 run end) of wide word i, found by binary search over their indices.
  private int wide(int i, int k) {
    int lo = 0;
    int hi = wideSize - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int index = wide[mid * 4];
      if (index == i) {
        return wide[mid * 4 + k];
      } else if (index < i) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    throw new IllegalStateException("not a wide word: " + i);
  }

  /** Whether word {@code i} has the flag {@code flag} ({@link #OPENED}, {@link #QUOTED}, {@link #UNSHARED}). */
  boolean has(int i, int flag) {
    return (data[i * 2 + 1] & flag) != 0;
  }

  /**
   * Word {@code i}'s core in lower case: its shared form, or, for a word read alone, its form kept once made.
   * A word past the shared forms' limit ({@link #UNSHARED}) makes its form on each call, so that a text of
   * nearly all distinct forms keeps none.
   */
  String lower(int i) {
    int id = lowers[i];
    if (id != 0) {
      return forms.form(id);
    }
    if (own != null && i < own.length && own[i] != null) {
      return own[i];
    }
    String l = text.substring(data[i * 2], end(i)).toLowerCase(Locale.ROOT);
    if (forms == null) {
      if (own == null || own.length < size) {
        own = own == null ? new String[size] : Arrays.copyOf(own, size);
      }
      own[i] = l;
    }
    return l;
  }

  /**
   * Shares word {@code i}'s lower-case form {@code form} through {@code table}, the table every word of this
   * store shares; when the table is full, the word is marked {@link #UNSHARED}.
   */
  void share(int i, String form, LowerForms table) {
    forms = table;
    int id = table.idOf(form);
    if (id != 0) {
      lowers[i] = (char) id;
      if (startsLowerCase(i)) {
        table.writtenInLowerCase(id);
      }
    } else {
      data[i * 2 + 1] |= UNSHARED;
      anyUnshared = true;
    }
  }

  /** Whether word {@code i}'s core starts with a lower-case letter (of the basic plane). */
  boolean startsLowerCase(int i) {
    return (data[i * 2 + 1] & LOWER_START) != 0;
  }

  /** The number of word {@code i}'s shared lower-case form; 0 when it has none. */
  int lowerId(int i) {
    return lowers[i];
  }

  /** The shared forms this store's words are numbered in, or null when none is. */
  LowerForms forms() {
    return forms;
  }

  /** Shares every word's lower-case form through {@code table}, as {@link #share} does one word's. */
  void shareAll(LowerForms table) {
    forms = table;
    for (int i = 0; i < size; i++) {
      int id = table.idOfLowerCase(text, data[i * 2], end(i));
      if (id != 0) {
        lowers[i] = (char) id;
        if (startsLowerCase(i)) {
          table.writtenInLowerCase(id);
        }
      } else {
        data[i * 2 + 1] |= UNSHARED;
        anyUnshared = true;
      }
    }
  }

  /**
   * Sets in {@code ids} the shared form of every word longer than {@code longerThan} whose core does not
   * start with a capital or a digit ({@link Words.Word#capitalised}), and adds to {@code unshared} such a
   * word past the shared forms' limit.
   */
  void lowerCaseForms(int longerThan, java.util.BitSet ids, WordForms unshared) {
    for (int i = 0; i < size; i++) {
      int start = data[i * 2];
      int end = end(i);
      if (end - start <= longerThan) {
        continue;
      }
      int c = text.codePointAt(start);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        continue;
      }
      if (lowers[i] != 0) {
        ids.set(lowers[i]);
      } else {
        unshared.add(get(i), WordForms.Form.LOWER);
      }
    }
  }

  /** Whether word {@code i} can be part of a person's name: 0 when not yet known, 1 no, 2 yes. */
  byte nameWord(int i) {
    return memo(i, NAME_KNOWN, NAME_YES);
  }

  /** Records whether word {@code i} can be part of a person's name. */
  void nameWord(int i, boolean yes) {
    data[i * 2 + 1] |= NAME_KNOWN | (yes ? NAME_YES : 0);
  }

  /** Whether a name may start at word {@code i}: 0 when not yet known, 1 no, 2 yes. */
  byte startsName(int i) {
    return memo(i, START_KNOWN, START_YES);
  }

  /** Records whether a name may start at word {@code i}. */
  void startsName(int i, boolean yes) {
    data[i * 2 + 1] |= START_KNOWN | (yes ? START_YES : 0);
  }

  private byte memo(int i, int known, int yes) {
    int meta = data[i * 2 + 1];
    return (meta & known) == 0 ? 0 : (meta & yes) != 0 ? (byte) 2 : (byte) 1;
  }
}
