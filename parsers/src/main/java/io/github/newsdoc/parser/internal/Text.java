package io.github.newsdoc.parser.internal;

/** Normalisation of lines for matching; the stored text keeps its characters. */
final class Text {
  private Text() {}

  // Outside ASCII, one bit per character: whether spaceOutsideAscii holds of it, worked out once for the whole
  // basic plane (8 KB), so that the typographic quotes and dashes of news text are not asked of Character's
  // tables (two look-ups each) wherever a text is scanned for spaces.
  private static final long[] SPACES = new long[1 << 10];

  static {
    for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
      if (spaceOutsideAscii((char) c)) {
        SPACES[c >>> 6] |= 1L << c;
      }
    }
  }

  /** Unicode spaces and controls other than line breaks, as the parser sees them. */
  public static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x1f;
    }
    return (SPACES[c >>> 6] & 1L << c) != 0;
  }

  private static boolean spaceOutsideAscii(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff'
        || c == '\u0085';
  }

  /**
   * Returns the line for matching: runs of Unicode spaces become one ASCII space, typographic apostrophes
   * become {@code '}, and the ends are trimmed.
   */
  public static String normalise(String line) {
    return normalise(line, true);
  }

  /**
   * Returns the line with runs of Unicode spaces as one ASCII space and its ends trimmed: the form
   * structured values (tags, names, credits) are stored in.
   */
  public static String collapse(String line) {
    return normalise(line, false);
  }

  private static String normalise(String line, boolean apostrophes) {
    int n = line.length();
    int start = 0;
    while (start < n && isSpace(line.charAt(start))) {
      start++;
    }
    int end = n;
    while (end > start && isSpace(line.charAt(end - 1))) {
      end--;
    }
    // Most of a line stays as it is: its characters are only read up to the first that changes (a space other
    // than one ASCII space after a non-space, a typographic apostrophe), and the line is then copied into an
    // array once rather than appended to a builder a character at a time.
    boolean space = false;
    int i = start;
    for (; i < end; i++) {
      char c = line.charAt(i);
      if (isSpace(c)) {
        if (space || c != ' ') {
          break;
        }
        space = true;
      } else {
        space = false;
        if (apostrophes && (c == '\u2019' || c == '\u2018')) {
          break;
        }
      }
    }
    if (i == end) {
      return line.substring(start, end);
    }
    char[] out = new char[end - start];
    line.getChars(start, i, out, 0);
    int k = i - start;
    for (; i < end; i++) {
      char c = line.charAt(i);
      if (isSpace(c)) {
        if (!space) {
          out[k++] = ' ';
          space = true;
        }
      } else {
        space = false;
        out[k++] = apostrophes && (c == '\u2019' || c == '\u2018') ? '\'' : c;
      }
    }
    return new String(out, 0, k);
  }

  /** Returns the text without Unicode spaces at its ends: the form blocks are stored in. */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Counts the words (runs of non-space characters) of a normalised line. */
  public static int words(String normalised) {
    if (normalised.isEmpty()) {
      return 0;
    }
    int count = 1;
    for (int i = 0; i < normalised.length(); i++) {
      if (normalised.charAt(i) == ' ') {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether a normalised line has more than {@code max} words, as {@code words(normalised) > max} answers,
   * without counting the words of a long paragraph past the one that decides it.
   */
  static boolean moreWordsThan(String normalised, int max) {
    if (normalised.isEmpty()) {
      return max < 0;
    }
    int count = 1;
    for (int i = 0; i < normalised.length() && count <= max; i++) {
      if (normalised.charAt(i) == ' ') {
        count++;
      }
    }
    return count > max;
  }

  /** The hash {@code text.substring(start, end).hashCode()} gives, without making the substring. */
  static int hash(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    return hash;
  }

  /** Whether {@code s} is one to {@code max} digits and nothing else ("36", "4"). */
  static boolean digits(String s, int max) {
    if (s.isEmpty() || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }


  /** Whether the text ends like a sentence: with . ! ? … or one of those followed by closing marks. */
  public static boolean endsSentence(String normalised) {
    char c = lastBeforeClosingMarks(normalised);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /**
   * The text's last character that is no closing mark (quotation marks, those of other languages too: '…
   * kommt.«', '… kommt.“', and closing brackets); a space when there is none.
   */
  static char lastBeforeClosingMarks(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c != '"' && c != '\'' && c != '\u201d' && c != ')' && c != ']'
          && c != '\u00bb' && c != '\u00ab' && c != '\u2019' && c != '\u201c') {
        return c;
      }
    }
    return ' ';
  }

  /**
   * The last index below {@code size} for which {@code atOrBefore} holds, or -1: a binary search over a list
   * sorted so that the predicate holds for a prefix of it (positions at or before a given one).
   */
  static int lastWhere(int size, java.util.function.IntPredicate atOrBefore) {
    int lo = 0;
    int hi = size - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (atOrBefore.test(mid)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Where the spaces that end right before {@code offset} of {@code text} start ({@code offset} when none). */
  static int spaceStartBefore(String text, int offset) {
    int i = offset;
    while (i > 0 && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Where the run of characters other than spaces that ends at {@code end} of {@code text} starts. */
  static int wordStartBefore(String text, int end) {
    int i = end;
    while (i > 0 && !isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The text in lower case with its accents left out ("Sólveig" gives "solveig"); ASCII text is only lowered. */
  static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      return s.toLowerCase(java.util.Locale.ROOT); // nothing to decompose: most words
    }
    String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(java.util.Locale.ROOT);
  }
}
