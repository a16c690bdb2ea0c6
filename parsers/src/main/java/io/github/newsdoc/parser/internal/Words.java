package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.Locale;

/** Words of a stretch of text, with their positions; a word's punctuation is kept apart from its core. */
final class Words {
  /**
   * One word: {@code [start, end)} in the text is its core, the word without the punctuation around it;
   * the punctuation after it runs to {@link #runEnd} ({@code ","} for {@code "Shklov,"}); {@link
   * #parenthesised} tells whether a parenthesis stood before it. A word is a view of one entry of a {@link
   * WordStore}, where the words of a text are kept compactly: the core string is made when asked for and
   * not kept, and two views of one word share what they work out (the lower-case form, whether it can be
   * part of a name).
   */
  public static final class Word {
    private final WordStore store;
    private final int index;
    // copied from the store: the accessors read these most
    private final String text;
    private final int start;
    private final int end;

    Word(WordStore store, int index, String text, int start, int end) {
      this.store = store;
      this.index = index;
      this.text = text;
      this.start = start;
      this.end = end;
    }

    // The word of the run [runStart, tokenEnd) whose core is [start, end), standing alone.
    static Word of(String text, int runStart, int start, int end, int tokenEnd, boolean opened, boolean quoted) {
      WordStore one = new WordStore(text, 1);
      one.add(runStart, start, end, tokenEnd, opened, quoted);
      return one.get(0);
    }

    /** The store holding the word, and its index there. */
    WordStore store() {
      return store;
    }

    int index() {
      return index;
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

    /**
     * The core's first character, or NUL when the core is empty (a word of punctuation alone, {@code ""}):
     * {@code charAt(0)} would read past the word, or past the text's end.
     */
    char first() {
      return end > start ? text.charAt(start) : '\0';
    }

    /** Whether the core is {@code s}, without making the core. */
    boolean coreIs(String s) {
      return end - start == s.length() && text.startsWith(s, start);
    }

    /** Whether only {@code s} follows the core in its run, without making a string. */
    boolean trailingIs(String s) {
      return runEnd() - end == s.length() && text.startsWith(s, end);
    }

    /** Where the word's run of non-space characters starts (before any punctuation that opens it). */
    int runStart() {
      return store.runStart(index);
    }

    /** Where the word's run of non-space characters ends: after the punctuation that follows the core. */
    int runEnd() {
      return store.runEnd(index);
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
      return store.lower(index);
    }

    /** Whether the word can be part of a person's name: 0 when not yet known, 1 no, 2 yes. */
    byte nameWord() {
      return store.nameWord(index);
    }

    void nameWord(boolean yes) {
      store.nameWord(index, yes);
    }

    /** Whether the core starts with a lower-case letter (of the basic plane), as read when the word was split. */
    public boolean lowerCase() {
      return store.startsLowerCase(index);
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
      return store.has(index, WordStore.OPENED);
    }

    /** Whether a quotation mark stands right before the word: it may open a sentence. */
    public boolean quoted() {
      return store.has(index, WordStore.QUOTED);
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

    /**
     * Whether {@code o} is a view of the same word: of the same store, at the same index. (A word read
     * alone, such as a word a range cuts, is a word of its own, equal only to views of itself.)
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof Word && ((Word) o).store == store && ((Word) o).index == index;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(store) * 31 + index;
    }

    @Override
    public String toString() {
      return text.substring(start, runEnd());
    }
  }

  private Words() {}

  /** Splits {@code text[from, to)} into words, kept in a {@link WordStore}. */
  public static List<Word> of(String text, int from, int to) {
    // about one word in seven characters; the store grows when there are more, and gives back what is left
    WordStore words = new WordStore(text, (to - from) / 6 + 1);
    int i = from;
    while (i < to) {
      while (i < to && Text.isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !Text.isSpace(text.charAt(i))) {
        if (gluedSentenceEnd(text, i)) {
          add(words, text, start, i + 1); // "on Thursday.Anthony Wallace": two words, the first ending the sentence
          start = i + 1;
        }
        i++;
      }
      if (i > start) {
        add(words, text, start, i);
      }
    }
    words.trim(); // a parse keeps the words of every text
    return words;
  }

  /**
   * Whether the dot at {@code i} ends a sentence that the next one is glued to, as scraped text loses the space
   * ("on Thursday.Anthony Wallace", "he said.The"): two lower-case letters before it and a capital after it.
   * A web address ("bbc.co.uk"), a decimal, an abbreviation ("U.S.") or a name written so ("ASP.NET") has no
   * such shape. The text around the dot is read whatever stretch of it is split, so that a stretch splits as
   * the whole text does ({@link Tokens#range}).
   */
  static boolean gluedSentenceEnd(String text, int i) {
    return text.charAt(i) == '.' && i >= 2 && i + 1 < text.length()
        && Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2))
        && Character.isUpperCase(text.charAt(i + 1));
  }

  /**
   * The most distinct lower-case forms {@link #shareLowerCase} shares (see {@link LowerForms}): past them, a
   * new form is made when asked for and not kept.
   */
  static final int MAX_SHARED_FORMS = LowerForms.MAX;

  /**
   * Makes the lower-case forms of {@code words} once, one string per distinct form, shared through
   * {@code forms}: the words of a long text repeat a few thousand forms. Past {@link #MAX_SHARED_FORMS}
   * forms, a new form is not shared and its word makes it on each call.
   */
  static void shareLowerCase(List<Word> words, LowerForms forms) {
    if (words instanceof WordStore store) {
      store.shareAll(forms); // without a view or a string a word
      return;
    }
    for (Word w : words) {
      w.store().share(w.index(), w.core().toLowerCase(Locale.ROOT), forms);
    }
  }

  /** The word of the run of non-space characters {@code text[start, end)}, standing alone. */
  static Word word(String text, int start, int end) {
    WordStore one = new WordStore(text, 1);
    add(one, text, start, end);
    return one.get(0);
  }

  // Adds to words the word of the run of non-space characters text[start, end).
  private static void add(WordStore words, String text, int start, int end) {
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
    words.add(start, a, b, end, opened, quoted);
  }

  // Whether c is punctuation a word's core is read without: asked of both ends of every word, so a switch
  // rather than a search of the string ",.;:!?()[]{}\"“”‘’'—–…".
  private static boolean isEdgePunctuation(char c) {
    switch (c) {
      case ',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '“', '”', '‘', '’', '\'', '—', '–', '…':
        return true;
      default:
        return false;
    }
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
    return Names.HONORIFICS.contains(text, a, b);
  }
}
