package io.github.newsdoc.parser.internal;

/** Sentence and clause boundaries inside a text, found within a bounded window. */
final class Sentences {
  private Sentences() {}

  // How far from a quote its attribution clause is looked for, in characters: bounds the work per quote.
  static final int WINDOW = 400;
  // "Oct.", "Sept.": months abbreviated before a day
  private static final CoreList MONTHS = CoreList.load("month-abbreviations");

  static int clauseEnd(String text, int from) {
    int i = from;
    int limit = Math.min(text.length(), from + WINDOW);
    while (i < limit) {
      char c = text.charAt(i);
      if (QuoteFinder.isDouble(c) || c == '\u2018') {
        return i;
      }
      if ((c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 >= text.length() || Text.isSpace(text.charAt(i + 1)))
          && !abbreviation(text, i)) {
        return i + 1;
      }
      i++;
    }
    return i;
  }

  static int firstNonSpace(String text, int from) {
    int i = from;
    while (i < text.length() - 1 && Text.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The end of the sentence right before a quote whose first character is at {@code quoteStart}: the offset
   * just after the sentence's closing mark, one of {@code marks}, that ends no abbreviation ("Mr."),
   * with only spaces and quotation marks between it and the quote; -1 when the quote opens no sentence there.
   */
  static int endBeforeQuote(String text, int quoteStart, String marks) {
    int i = quoteStart - 1;
    while (i > 0 && (Text.isSpace(text.charAt(i - 1)) || QuoteFinder.isDouble(text.charAt(i - 1)))) {
      i--;
    }
    if (i <= 0 || i >= quoteStart - 1) {
      return -1;
    }
    char c = text.charAt(i - 1);
    return marks.indexOf(c) >= 0 && !abbreviation(text, i - 1) ? i : -1;
  }

  // "Mr." "U.S." "Gen.": a dot that does not end the sentence.
  static boolean abbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && dot - start < 12 && !Text.isSpace(text.charAt(start - 1))) {
      start--;
    }
    // a dot a lower-case word follows ends no sentence: "Robert Casey Jr. said", "Acme Corp. said"
    int next = dot + 1;
    while (next < text.length() && next - dot <= 2 && Text.isSpace(text.charAt(next))) {
      next++;
    }
    if (next > dot + 1 && next < text.length() && Character.isLowerCase(text.charAt(next))) {
      return true;
    }
    if (dot - start >= 12) {
      return false; // a long word before the dot: not an abbreviation
    }
    // read in place: every dot of every text asks, and most end a sentence
    int length = dot + 1 - start;
    if (length == 2 && Character.isUpperCase(text.charAt(start))) {
      return true;
    }
    if (length <= 4) {
      int dots = 0;
      for (int i = start; i <= dot; i++) {
        dots += text.charAt(i) == '.' ? 1 : 0;
      }
      if (dots >= 2) {
        return true;
      }
    }
    if (next < text.length() && Character.isDigit(text.charAt(next)) && MONTHS.contains(text, start, dot + 1)) {
      return true; // "on Oct. 31": a month before its day
    }
    return Names.HONORIFICS.contains(text, start, dot + 1);
  }

  static boolean nextWordCapitalised(String text, int from) {
    int i = from;
    int limit = Math.min(text.length(), from + 8);
    while (i < limit && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i < limit && Character.isUpperCase(text.charAt(i));
  }

  static boolean restIsPunctuation(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rest of a sentence after a quote that ends at {@code from}: where the sentence ends and its commas
   * before that (the first four, and the last).
   *
   * @param end the offset of the sentence's closing mark
   * @param commas the offsets of the first commas, at most four
   * @param lastComma the offset of the last comma, or -1 when there is none
   */
  record Tail(int end, int[] commas, int lastComma) {}

  /**
   * The sentence's tail after offset {@code from}, within {@link #WINDOW} characters; null when the quote that
   * ends at {@code from} closes with a period of its own (not an ellipsis or an abbreviation's: "“We will
   * reopen.” Ivo Marek, who …, says …" starts a new sentence), when another quote or a clause mark ({@code ;}
   * or {@code :}) comes first, or when the sentence does not end in the window.
   */
  static Tail tail(String text, int from) {
    if (from >= 1 && text.charAt(from - 1) == '.' && (from < 2 || text.charAt(from - 2) != '.')
        && !abbreviation(text, from - 1)) {
      return null;
    }
    int limit = Math.min(text.length(), from + WINDOW);
    int comma = -1;
    int count = 0;
    int[] commas = new int[4];
    for (int i = from + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (QuoteFinder.isDouble(c) || c == ';' || c == ':') {
        return null;
      }
      if (c == ',') {
        comma = i;
        if (count < commas.length) {
          commas[count++] = i;
        }
      }
      if ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Text.isSpace(text.charAt(i + 1)))
          && !abbreviation(text, i)) {
        return new Tail(i, java.util.Arrays.copyOf(commas, count), comma);
      }
    }
    return null;
  }
}
