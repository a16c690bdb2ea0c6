package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Words of a stretch of text, with their positions; a word's punctuation is kept apart from its core. */
final class Words {
  /**
   * One word: {@code [start, end)} in the text is its core, the word without the punctuation around it;
   * the punctuation after it runs to {@code tokenEnd} ({@code ","} for {@code "Shklov,"}); {@code opened}
   * tells whether a parenthesis stood before it. The core string is made when asked for and not kept, so
   * that the words of a long text cost a small object each.
   */
  public static class Word {
    // 32 bytes a word (a parse holds every word of the article at once, about one for every 7 input bytes):
    // the punctuation around the core is kept as two byte-sized lengths, and a word with more than 255
    // punctuation characters on a side is a Wide word that keeps its run's ends as ints.
    private final String text;
    private final int start;
    private final int end;
    // how many punctuation characters stand before and after the core, when each is under 256
    private final byte lead;
    private final byte trail;
    // OPENED, QUOTED and UNSHARED
    private byte flags;
    // Whether the word can be part of a person's name ({@link Names#isNameWord}), once worked out: 0 when not
    // yet, 1 no, 2 yes
    private byte nameWord;
    // The core in lower case, kept once made: the rules ask for it many times a word. The words of an
    // article's texts share one string per distinct word ({@link #shareLowerCase}), so keeping it costs a
    // reference a word (room the object has anyway), not a string a word. Not kept when UNSHARED: a form
    // past the shared forms' limit (a text full of undecodable bytes has nearly as many forms as words).
    private String lower;

    private static final byte OPENED = 1;
    private static final byte QUOTED = 2;
    private static final byte UNSHARED = 4;

    private Word(String text, int start, int end, int lead, int trail, boolean opened, boolean quoted) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.lead = (byte) lead;
      this.trail = (byte) trail;
      this.flags = (byte) ((opened ? OPENED : 0) | (quoted ? QUOTED : 0));
    }

    // The word of the run [runStart, tokenEnd) whose core is [start, end).
    static Word of(String text, int runStart, int start, int end, int tokenEnd, boolean opened, boolean quoted) {
      if (start - runStart > 255 || tokenEnd - end > 255) {
        return new Wide(text, runStart, start, end, tokenEnd, opened, quoted);
      }
      return new Word(text, start, end, start - runStart, tokenEnd - end, opened, quoted);
    }

    /** The whole text the word was read from. */
    String source() {
      return text;
    }

    /** The offset of the core's first character. */
    public int start() {
      return start;
    }

    /** The offset just after the core. */
    public int end() {
      return end;
    }

    /** The word without the punctuation around it. */
    public String core() {
      // Not kept: a parse holds every word of the article at once, and a kept string a word more than
      // doubled the heap a parse needs (issue 19).
      return text.substring(start, end);
    }

    /** The core's length, without making the core. */
    int length() {
      return end - start;
    }

    /** The core's character at {@code i}, without making the core. */
    char charAt(int i) {
      return text.charAt(start + i);
    }

    /** Where the word's run of non-space characters starts (before any punctuation that opens it). */
    int runStart() {
      return start - (lead & 0xFF);
    }

    /** Where the word's run of non-space characters ends: after the punctuation that follows the core. */
    int runEnd() {
      return end + (trail & 0xFF);
    }

    /** How many punctuation characters follow the core. */
    int trailingLength() {
      return runEnd() - end;
    }

    /** The punctuation character {@code k} after the core, without making a string. */
    char trailingChar(int k) {
      return text.charAt(end + k);
    }

    /** The punctuation right after the core. */
    public String trailing() {
      int tokenEnd = runEnd();
      return tokenEnd == end ? "" : text.substring(end, tokenEnd);
    }

    /** The core, lower-cased. */
    public String lower() {
      String l = lower;
      if (l == null) {
        l = core().toLowerCase(Locale.ROOT);
        if ((flags & UNSHARED) == 0) {
          lower = l;
        }
      }
      return l;
    }

    /** Whether the word can be part of a person's name: 0 when not yet known, 1 no, 2 yes. */
    byte nameWord() {
      return nameWord;
    }

    void nameWord(boolean yes) {
      nameWord = yes ? (byte) 2 : (byte) 1;
    }

    /** Whether the core starts with a capital letter or a digit. */
    public boolean capitalised() {
      if (start >= end) {
        return false;
      }
      int c = text.codePointAt(start);
      return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** Whether punctuation that separates phrases follows the word (a possessive apostrophe does not). */
    public boolean stops() {
      int tokenEnd = runEnd();
      if (tokenEnd == end) {
        return false;
      }
      if (tokenEnd - end == 1) {
        char c = text.charAt(end);
        return c != '\'' && c != '\u2019';
      }
      return true;
    }

    /** Whether the word stands in parentheses or opens them: "(Misaki". */
    public boolean parenthesised() {
      return (flags & OPENED) != 0;
    }

    /** Whether a quotation mark stands right before the word: it may open a sentence. */
    public boolean quoted() {
      return (flags & QUOTED) != 0;
    }

    /**
     * The core's two parts around its character at {@code cut} ("CNN/ORC" at 3 gives "CNN" and "ORC"): the
     * first is followed by that character as punctuation, so it ends a phrase; the second keeps the word's
     * punctuation.
     */
    Word[] splitAt(int cut) {
      return new Word[] {of(text, runStart(), start, start + cut, start + cut + 1, parenthesised(), quoted()),
          of(text, start + cut + 1, start + cut + 1, end, runEnd(), false, false)};
    }

    @Override
    public String toString() {
      return text.substring(start, runEnd());
    }
  }

  // A word with more than 255 punctuation characters before or after its core.
  private static final class Wide extends Word {
    private final int runStart;
    private final int tokenEnd;

    Wide(String text, int runStart, int start, int end, int tokenEnd, boolean opened, boolean quoted) {
      super(text, start, end, 0, 0, opened, quoted);
      this.runStart = runStart;
      this.tokenEnd = tokenEnd;
    }

    @Override
    int runStart() {
      return runStart;
    }

    @Override
    int runEnd() {
      return tokenEnd;
    }
  }

  private Words() {}

  /** Splits {@code text[from, to)} into words. */
  public static List<Word> of(String text, int from, int to) {
    ArrayList<Word> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && Text.isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !Text.isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(word(text, start, i));
      }
    }
    words.trimToSize(); // a parse keeps the words of every text
    return words;
  }

  /**
   * The most distinct lower-case forms {@link #shareLowerCase} shares: a text's common words come first and
   * are shared; the rarer forms past the limit are made when asked for and not kept. Clean news text of tens
   * of megabytes stays near the limit, while text full of undecodable bytes, where nearly every word is a
   * form of its own, would otherwise keep a string and a map entry a word (issue 19).
   */
  static final int MAX_SHARED_FORMS = 1 << 16;

  /**
   * Makes the lower-case forms of {@code words} once, one string per distinct form, shared through
   * {@code forms} (a form maps to itself): the words of a long text repeat a few thousand forms. Past
   * {@link #MAX_SHARED_FORMS} forms, a new form is not shared and its word makes it on each call.
   */
  static void shareLowerCase(List<Word> words, Map<String, String> forms) {
    for (Word w : words) {
      String l = w.core().toLowerCase(Locale.ROOT);
      String known = forms.get(l);
      if (known == null && forms.size() < MAX_SHARED_FORMS) {
        forms.put(l, l);
        known = l;
      }
      if (known != null) {
        w.lower = known;
      } else {
        w.flags |= Word.UNSHARED;
      }
    }
  }

  /** The word of the run of non-space characters {@code text[start, end)}. */
  static Word word(String text, int start, int end) {
    int a = start;
    int b = end;
    while (a < b && isEdgePunctuation(text.charAt(a))) {
      a++;
    }
    while (b > a && isEdgePunctuation(text.charAt(b - 1)) && !isAbbreviationDot(text, a, b)) {
      b--;
    }
    boolean opened = false;
    boolean quoted = false;
    for (int i = start; i < a; i++) {
      char c = text.charAt(i);
      opened |= c == '(';
      quoted |= c == '"' || c == '\u201c' || c == '\u2018' || c == '\'';
    }
    return Word.of(text, start, a, b, end, opened, quoted);
  }

  private static boolean isEdgePunctuation(char c) {
    return ",.;:!?()[]{}\"“”‘’'—–…".indexOf(c) >= 0;
  }

  // "U.S." and "Mr." keep their dot; a sentence's last word does not.
  // Read in place: every sentence's last word asks, and most are no abbreviation.
  static boolean isAbbreviationDot(String text, int a, int b) {
    if (text.charAt(b - 1) != '.') {
      return false;
    }
    int dot = b - 1; // the core before the dot is text[a, dot)
    for (int i = a; i < dot; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    if (dot - a > 3 || dot == a || !Character.isUpperCase(text.charAt(a))) {
      return false;
    }
    for (int i = a + 1; i < dot; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return Names.isHonorific(text.substring(a, b));
  }
}
