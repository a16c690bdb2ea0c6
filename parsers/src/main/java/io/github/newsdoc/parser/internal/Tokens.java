package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The text layer of an article: its texts (the title, then each block), each split into words once, indexed
 * once for its quotation marks and punctuation ({@link Marks}) and once for sentence boundaries, and shared by
 * every stage that reads them (quotes, attribution, people, entities). A stretch of a text is read as a view
 * of the words already split, never split again.
 */
final class Tokens {
  private final List<String> texts;
  private final List<List<Words.Word>> words;
  private final List<SentenceIndex> sentences;
  private final List<Marks> marks;
  // the lower-case forms of the words split so far, one string each, shared by all the texts' words; made
  // when the first text is split (after releaseWords, only when a text is split again)
  private LowerForms lowerForms;
  private FamilyNames.Placed placed;

  /** Tokens of {@code texts}: index 0 the title, index {@code i + 1} block {@code i}. */
  public Tokens(List<String> texts) {
    this.texts = texts;
    this.words = new ArrayList<>(Collections.nCopies(texts.size(), null));
    this.sentences = new ArrayList<>(Collections.nCopies(texts.size(), null));
    this.marks = new ArrayList<>(Collections.nCopies(texts.size(), null));
  }

  // A table sized for the texts' forms: a news article has about one distinct form in ten characters.
  private static LowerForms newForms(List<String> texts) {
    long length = 0;
    for (String t : texts) {
      length += t == null ? 0 : t.length();
    }
    return new LowerForms((int) Math.min(LowerForms.MAX, length / 10));
  }

  /** The words of text {@code t}, split on first use. */
  public List<Words.Word> of(int t) {
    List<Words.Word> w = words.get(t);
    if (w == null) {
      String text = texts.get(t);
      w = Words.of(text, 0, text.length());
      Words.shareLowerCase(w, lowerForms());
      words.set(t, w);
    }
    return w;
  }

  /**
   * The words of text {@code t} within {@code [from, to)}, exactly as splitting that stretch alone would give
   * them: the words inside it are the text's own, and a word the stretch cuts is cut to it.
   */
  List<Words.Word> range(int t, int from, int to) {
    if (from >= to) {
      return List.of();
    }
    List<Words.Word> all = of(t);
    int lo = firstEndingAfter(all, from);
    int hi = firstStartingAtOrAfter(all, to);
    if (lo >= hi) {
      return List.of();
    }
    Words.Word first = all.get(lo);
    Words.Word last = all.get(hi - 1);
    boolean cutFirst = first.runStart() < from;
    boolean cutLast = last.runEnd() > to;
    if (!cutFirst && !cutLast) {
      return all.subList(lo, hi);
    }
    String text = texts.get(t);
    List<Words.Word> cut = new ArrayList<>(all.subList(lo, hi));
    if (lo == hi - 1) {
      cut.set(0, Words.word(text, Math.max(first.runStart(), from), Math.min(first.runEnd(), to)));
      return cut;
    }
    if (cutFirst) {
      cut.set(0, Words.word(text, from, first.runEnd()));
    }
    if (cutLast) {
      cut.set(cut.size() - 1, Words.word(text, last.runStart(), to));
    }
    return cut;
  }

  // The index of the first word whose run ends after offset from (words.size() when none does). A store's
  // words are probed by index, without making a view of each word the halving reads.
  private static int firstEndingAfter(List<Words.Word> words, int from) {
    WordStore store = words instanceof WordStore s ? s : null;
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if ((store != null ? store.runEnd(mid) : words.get(mid).runEnd()) > from) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  // The index of the first word whose run starts at or after offset to (words.size() when none does), probed
  // as above.
  private static int firstStartingAtOrAfter(List<Words.Word> words, int to) {
    WordStore store = words instanceof WordStore s ? s : null;
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if ((store != null ? store.runStart(mid) : words.get(mid).runStart()) >= to) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Lets the words split so far go, once the last stage that reads whole texts is done with them: a parse
   * holds every word of the article until then, and they need not stay on the heap while the entities are
   * grouped (issue 19). Words asked for afterwards are split again.
   */
  void releaseWords() {
    Collections.fill(words, null);
    lowerForms = null; // a table sized for the whole article, made again only if a text is split again
  }

  /** The lower-case forms the words split so far share. */
  LowerForms lowerForms() {
    if (lowerForms == null) {
      lowerForms = newForms(texts);
    }
    return lowerForms;
  }

  /** The sentence boundaries of text {@code t}, found on first use. */
  SentenceIndex sentences(int t) {
    SentenceIndex s = sentences.get(t);
    if (s == null) {
      s = new SentenceIndex(texts.get(t), marks(t));
      sentences.set(t, s);
    }
    return s;
  }

  /** Where the quotation marks and sentence punctuation of text {@code t} stand, found on first use. */
  Marks marks(int t) {
    Marks m = marks.get(t);
    if (m == null) {
      m = new Marks(texts.get(t));
      marks.set(t, m);
    }
    return m;
  }

  /**
   * The words the texts use alone in a person's place ("Xi said", "President Xi"), read once, on first use,
   * and shared by every reading of the article's family names.
   */
  FamilyNames.Placed placed() {
    if (placed == null) {
      placed = new FamilyNames.Placed(texts);
    }
    return placed;
  }

  /** The texts. */
  public List<String> texts() {
    return texts;
  }
}
