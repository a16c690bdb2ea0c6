package io.github.newsdoc.parser.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * The words of one text, stored compactly: three ints a word (the core's start and end, and a word of
 * flags with the lengths of the punctuation around the core) and its lower-case form, about 16 bytes a word
 * where a word object and its reference took 36. A parse holds every word of the article at once, about one
 * for every seven input bytes, so this store is what most of its heap goes to (issue 19).
 *
 * <p>{@link #get} hands out a {@link Words.Word} that is a view of word {@code i}: views of the same word
 * are not the same object, but they read and memoise the same state (the lower-case form, whether it can be
 * part of a name), so they answer alike. Words are only ever added, in text order; the list is unmodifiable
 * to its readers.
 */
final class WordStore extends AbstractList<Words.Word> implements RandomAccess {
  // the meta int: lead in bits 0-7 and trail in bits 8-15 (WIDE when 255 or more), flags in bits 16-23
  private static final int WIDE = 0xFF;
  static final int OPENED = 1 << 16;
  static final int QUOTED = 1 << 17;
  static final int UNSHARED = 1 << 18;
  // whether the word can be part of a person's name, once worked out: NAME_KNOWN set, then NAME_YES or not
  private static final int NAME_KNOWN = 1 << 19;
  private static final int NAME_YES = 1 << 20;

  private final String text;
  private int[] data;
  private String[] lowers;
  private int size;
  // the words with 255 or more punctuation characters on a side: their index, run start and run end, in order
  private int[] wide = new int[0];
  private int wideSize;

  /** An empty list of words of {@code text}, with room for {@code capacity}. */
  WordStore(String text, int capacity) {
    this.text = text;
    this.data = new int[Math.max(1, capacity) * 3];
    this.lowers = new String[Math.max(1, capacity)];
  }

  /** Adds the word of the run {@code [runStart, runEnd)} whose core is {@code [start, end)}. */
  void add(int runStart, int start, int end, int runEnd, boolean opened, boolean quoted) {
    if (size == lowers.length) {
      lowers = Arrays.copyOf(lowers, size * 2);
      data = Arrays.copyOf(data, size * 6);
    }
    int lead = Math.min(start - runStart, WIDE);
    int trail = Math.min(runEnd - end, WIDE);
    if (lead == WIDE || trail == WIDE) {
      if (wideSize * 3 == wide.length) {
        wide = Arrays.copyOf(wide, Math.max(3, wide.length * 2));
      }
      wide[wideSize * 3] = size;
      wide[wideSize * 3 + 1] = runStart;
      wide[wideSize * 3 + 2] = runEnd;
      wideSize++;
    }
    data[size * 3] = start;
    data[size * 3 + 1] = end;
    data[size * 3 + 2] = lead | trail << 8 | (opened ? OPENED : 0) | (quoted ? QUOTED : 0);
    size++;
  }

  /** Gives back the room no word took: a parse keeps the words of every text. */
  void trim() {
    if (lowers.length > size) {
      lowers = Arrays.copyOf(lowers, size);
      data = Arrays.copyOf(data, size * 3);
    }
  }

  @Override
  public Words.Word get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return new Words.Word(this, i, text, data[i * 3], data[i * 3 + 1]);
  }

  @Override
  public int size() {
    return size;
  }

  /** The text the words were read from. */
  String text() {
    return text;
  }

  /** Whether word {@code i} has the flag {@code flag} ({@link #OPENED}, {@link #QUOTED}, {@link #UNSHARED}). */
  boolean has(int i, int flag) {
    return (data[i * 3 + 2] & flag) != 0;
  }

  /** Where word {@code i}'s run of non-space characters starts. */
  int runStart(int i) {
    int lead = data[i * 3 + 2] & 0xFF;
    return lead == WIDE ? wide(i)[0] : data[i * 3] - lead;
  }

  /** Where word {@code i}'s run of non-space characters ends. */
  int runEnd(int i) {
    int trail = data[i * 3 + 2] >>> 8 & 0xFF;
    return trail == WIDE ? wide(i)[1] : data[i * 3 + 1] + trail;
  }

  // The run start and end of a wide word, found by binary search over the wide words' indices.
  private int[] wide(int i) {
    int lo = 0;
    int hi = wideSize - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int index = wide[mid * 3];
      if (index == i) {
        return new int[] {wide[mid * 3 + 1], wide[mid * 3 + 2]};
      } else if (index < i) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    throw new IllegalStateException("not a wide word: " + i);
  }

  /**
   * Word {@code i}'s core in lower case, kept once made unless the word is {@link #UNSHARED} (a form past
   * the shared forms' limit is made on each call, so that a text of nearly all distinct forms keeps none).
   */
  String lower(int i) {
    String l = lowers[i];
    if (l == null) {
      l = text.substring(data[i * 3], data[i * 3 + 1]).toLowerCase(Locale.ROOT);
      if (!has(i, UNSHARED)) {
        lowers[i] = l;
      }
    }
    return l;
  }

  /** Sets word {@code i}'s lower-case form to the shared string {@code form}, or, when null, marks it unshared. */
  void share(int i, String form) {
    if (form != null) {
      lowers[i] = form;
    } else {
      data[i * 3 + 2] |= UNSHARED;
    }
  }

  /** Whether word {@code i} can be part of a person's name: 0 when not yet known, 1 no, 2 yes. */
  byte nameWord(int i) {
    int meta = data[i * 3 + 2];
    return (meta & NAME_KNOWN) == 0 ? 0 : (meta & NAME_YES) != 0 ? (byte) 2 : (byte) 1;
  }

  /** Records whether word {@code i} can be part of a person's name. */
  void nameWord(int i, boolean yes) {
    data[i * 3 + 2] |= NAME_KNOWN | (yes ? NAME_YES : 0);
  }
}
