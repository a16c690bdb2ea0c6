package io.github.newsdoc.parser.internal;

import com.google.common.collect.ImmutableSet;

import java.util.Locale;

/**
 * Notices of a site: sentences that speak to the reader about the site's interface (comments, newsletters,
 * data and privacy, the browser), such as a comment form's consent line or a copyright notice. A line is a
 * notice when it names an interface word ({@code words/interface-words.txt}) and speaks to the reader
 * ({@code words/reader-address.txt}: you, your, we, our anywhere, or an imperative first word); a line with
 * quotation marks is someone's words, and a line wider than {@value #MAX_WIDTH} a paragraph, never a notice.
 * Linear in the line.
 */
final class Notices {
  private static final ImmutableSet<String> INTERFACE = WordList.load("interface-words");
  private static final ImmutableSet<String> ADDRESS = WordList.load("reader-address");
  private static final String FIRST = "first ";
  private static final int MAX_WIDTH = 300;

  private Notices() {}

  /** Whether a line is a notice of the site. */
  static boolean isNotice(String text) {
    if (LineMeasures.width(text) > MAX_WIDTH) {
      return false; // a notice is a sentence or two; a paragraph of a blog about browsers is not one
    }
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
        return false;
      }
    }
    boolean first = true;
    boolean interfaceWord = false;
    boolean address = false;
    for (String word : lowerWords(text)) {
      interfaceWord |= INTERFACE.contains(word);
      address |= ADDRESS.contains(word) || first && ADDRESS.contains(FIRST + word);
      first = false;
      if (interfaceWord && address) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line names an interface word ({@code Newsletter}, {@code Comments}), in any case. */
  static boolean namesInterface(String text) {
    for (String word : lowerWords(text)) {
      if (INTERFACE.contains(word)) {
        return true;
      }
    }
    return false;
  }

  // The line's words (letters, digits and hyphens), in lower case, in order.
  private static java.util.List<String> lowerWords(String text) {
    java.util.List<String> words = new java.util.ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      if (start < i) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }
}
