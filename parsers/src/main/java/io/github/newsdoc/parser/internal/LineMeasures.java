package io.github.newsdoc.parser.internal;

import java.util.List;

/**
 * The shapes of lines that the page readers ask about (the headline, the page region, link blocks, the
 * article's head, notices): width ({@link #width}), prose ({@link #isProse(String)}) and link-like
 * ({@link #isLinkLike(String)}). An instance measures the lines of one text, each when first asked, and keeps
 * the measures for the other readers, so that no reader measures a line again.
 */
final class LineMeasures {
  private static final byte READ = 1;
  private static final byte PROSE = 2;
  private static final byte LINK = 4;

  private final List<Line> lines;
  private final int[] width;
  private final byte[] flags;

  LineMeasures(List<Line> lines) {
    this.lines = lines;
    this.width = new int[lines.size()];
    this.flags = new byte[lines.size()];
  }

  private byte read(int i) {
    byte f = flags[i];
    if (f == 0) {
      String text = lines.get(i).text();
      int w = width(text);
      width[i] = w;
      f = (byte) (READ | (isProse(text, w) ? PROSE : 0) | (isLinkLike(text, w) ? LINK : 0));
      flags[i] = f;
    }
    return f;
  }

  /** The number of lines measured. */
  int size() {
    return lines.size();
  }

  /** The line's text. */
  String text(int i) {
    return lines.get(i).text();
  }

  /** The line's width in Latin letters ({@link #width}). */
  int width(int i) {
    read(i);
    return width[i];
  }

  /** Whether the line is prose ({@link #isProse(String)}). */
  boolean prose(int i) {
    return (read(i) & PROSE) != 0;
  }

  /** Whether the line is link-like ({@link #isLinkLike(String)}). */
  boolean linkLike(int i) {
    return (read(i) & LINK) != 0;
  }

  // Prose: a long line, or a sentence of some length.
  static boolean isProse(String text) {
    return isProse(text, width(text));
  }

  /** As {@link #isProse(String)}, the line's {@link #width} known. */
  static boolean isProse(String text, int width) {
    return width >= 200 || width >= 60 && endsSentence(text);
  }

  // A menu item, a link, a button: short and not a sentence. Digits make data (ranks, scores, results,
  // figures), except a count in parentheses at the end ('Evernote (21)': the posts in a category).
  static boolean isLinkLike(String text) {
    return isLinkLike(text, width(text));
  }

  /** As {@link #isLinkLike(String)}, the line's {@link #width} known. */
  static boolean isLinkLike(String text, int width) {
    if (width >= 50 || endsSentence(text) || Text.words(text) > 6) {
      return false;
    }
    int end = countStart(text);
    for (int i = 0; i < end; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // Where a count in parentheses at the end of the line starts, or the line's length when it has none.
  private static int countStart(String text) {
    int i = text.length() - 1;
    if (i < 2 || text.charAt(i) != ')') {
      return text.length();
    }
    i--;
    int digits = 0;
    while (i >= 0 && Character.isDigit(text.charAt(i))) {
      i--;
      digits++;
    }
    return digits > 0 && i >= 0 && text.charAt(i) == '(' ? i : text.length();
  }

  /**
   * The length of a line in Latin letters: a Chinese or Japanese character, or a Korean syllable, holds
   * about as much as a short word, so it counts twice; the same bounds then serve every script (a line of
   * 30 Japanese characters is a sentence, not a menu item).
   */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      width += c >= 0x1100 && isWide(c) ? 2 : 1;
    }
    return width;
  }

  private static boolean isWide(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  private static final String OTHER_STOPS = "\u0964\u0965\u061f\u06d4\u0589\u1362\u104b";

  // A sentence end; an ellipsis is not one: it cuts a teaser short ('Seven things we learned from the..')
  // or leads to a list ('You may also like...').
  static boolean endsSentence(String text) {
    if (text.endsWith("..") || text.endsWith("\u2026")) {
      return false;
    }
    if (Text.endsSentence(text)) {
      return true; // closed by quotation marks of other languages too: '… bevor der Zug kommt.«'
    }
    char last = text.charAt(text.length() - 1);
    // and the full stops of other scripts: Chinese and Japanese, the Devanagari danda, the Arabic question mark,
    // the Urdu full stop, the Armenian, the Ethiopic and the Burmese full stops
    return last == '。' || last == '！' || last == '？' || last == ':' || last == '"' || last == '”'
        || Text.lastBeforeClosingMarks(text) != ' ' && OTHER_STOPS.indexOf(Text.lastBeforeClosingMarks(text)) >= 0;
  }
}
