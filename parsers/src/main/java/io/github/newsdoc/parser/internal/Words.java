package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words of a stretch of text, with their positions; a word's punctuation is kept apart from its core. */
public final class Words {
  /**
   * One word: {@code [start, end)} in the text, {@code core} the word without the punctuation around it,
   * {@code trailing} the punctuation after it ({@code ","} for {@code "Shklov,"}), {@code opened} whether
   * a parenthesis stood before it.
   */
  public record Word(int start, int end, String core, String trailing, boolean opened) {
    /** The core, lower-cased. */
    public String lower() {
      return core.toLowerCase(Locale.ROOT);
    }

    /** Whether the core starts with a capital letter or a digit. */
    public boolean capitalised() {
      return !core.isEmpty() && (Character.isUpperCase(core.codePointAt(0)) || Character.isDigit(core.codePointAt(0)));
    }

    /** Whether punctuation that separates phrases follows the word (a possessive apostrophe does not). */
    public boolean stops() {
      return !trailing.isEmpty() && !trailing.equals("'") && !trailing.equals("\u2019");
    }

    /** Whether the word stands in parentheses or opens them: "(Misaki". */
    public boolean parenthesised() {
      return opened;
    }
  }

  private Words() {}

  /** Splits {@code text[from, to)} into words. */
  public static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
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
    return words;
  }

  private static Word word(String text, int start, int end) {
    int a = start;
    int b = end;
    while (a < b && isEdgePunctuation(text.charAt(a))) {
      a++;
    }
    while (b > a && isEdgePunctuation(text.charAt(b - 1)) && !isAbbreviationDot(text, a, b)) {
      b--;
    }
    return new Word(a, b, text.substring(a, b), text.substring(b, end), text.substring(start, a).indexOf('(') >= 0);
  }

  private static boolean isEdgePunctuation(char c) {
    return ",.;:!?()[]{}\"“”‘’'—–…".indexOf(c) >= 0;
  }

  // "U.S." and "Mr." keep their dot; a sentence's last word does not.
  private static boolean isAbbreviationDot(String text, int a, int b) {
    if (text.charAt(b - 1) != '.') {
      return false;
    }
    String core = text.substring(a, b - 1);
    return core.indexOf('.') >= 0 || core.length() <= 3 && !core.isEmpty() && Character.isUpperCase(core.charAt(0))
        && core.chars().skip(1).allMatch(Character::isLowerCase) && Names.isHonorific(core + ".");
  }
}
