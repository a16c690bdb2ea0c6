package io.github.newsdoc.parser.internal;

import com.google.common.collect.ImmutableSet;

import java.util.Locale;

/**
 * Notices of a site: sentences that speak to the reader about the site's interface (comments, newsletters,
 * data and privacy, the browser), such as a comment form's consent line or a copyright notice. A line is a
 * notice when it names an interface word or pair of words ({@code words/interface-words.txt}: 'newsletter',
 * 'news alerts') and speaks in the site's voice
 * ({@code words/reader-address.txt}: you, your, we, our anywhere, the site naming itself ('this article',
 * 'this site'), or an imperative first word); words inside quotation marks are someone else's and count for
 * neither; a line wider than {@value #MAX_WIDTH} is a paragraph, and an editor's note on the article
 * ({@code words/editor-note-words.txt}: 'This article has been updated …', 'Correction: …') is the article's,
 * never a notice. Linear in the line.
 */
final class Notices {
  private static final ImmutableSet<String> INTERFACE = WordList.load("interface-words");
  private static final ImmutableSet<String> ADDRESS = WordList.load("reader-address");
  private static final ImmutableSet<String> EDITORIAL = WordList.load("editor-note-words");
  private static final ImmutableSet<String> CLICK = WordList.load("click-words");
  private static final String FIRST = "first ";
  // the beginnings, up to a space, of the entries of more than one word of INTERFACE and ADDRESS: a word and the
  // one before it can make an entry only after such a beginning, so the pair is made into a string only then
  private static final ImmutableSet<String> PAIR_HEADS = heads(INTERFACE, ADDRESS);
  private static final int MAX_WIDTH = 300;
  private static final int CLICK_WIDTH = 200;

  private Notices() {}

  /** Whether a line is a notice of the site. */
  static boolean isNotice(String text) {
    if (LineMeasures.width(text) > MAX_WIDTH) {
      return false; // a notice is a sentence or two; a paragraph of a blog about browsers is not one
    }
    boolean first = true;
    boolean interfaceWord = false;
    boolean address = false;
    String previous = "";
    java.util.List<String> words = lowerWords(outsideQuotes(text));
    for (String word : words) {
      if (EDITORIAL.contains(word)) {
        return false; // the editor's note on the article ('This article has been updated') is the article's
      }
    }
    for (String word : words) {
      String pair = PAIR_HEADS.contains(previous) ? previous + " " + word : null;
      interfaceWord |= INTERFACE.contains(word) || pair != null && INTERFACE.contains(pair);
      address |= ADDRESS.contains(word) || first && ADDRESS.contains(FIRST + word)
          || pair != null && ADDRESS.contains(pair);
      first = false;
      previous = word;
      if (interfaceWord && address) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line speaks in the site's voice (you, we, 'this article', an imperative first word) without
   * naming its interface: the line next to a notice that goes on with it ('Your details are handled under
   * the Collection Statement.' under a newsletter offer).
   */
  static boolean addressesReader(String text) {
    if (LineMeasures.width(text) > MAX_WIDTH) {
      return false;
    }
    boolean first = true;
    String previous = "";
    for (String word : lowerWords(outsideQuotes(text))) {
      if (ADDRESS.contains(word) || first && ADDRESS.contains(FIRST + word)
          || ADDRESS.contains(previous + " " + word)) {
        return true;
      }
      first = false;
      previous = word;
    }
    return false;
  }

  // The line with what stands between quotation marks blanked out: a quoted title ('our podcast, "Ground
  // Game."') or someone's words ('"We will read every comment," she said.'). An opening mark left open
  // blanks the rest of the line.
  private static String outsideQuotes(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean inside = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '"') {
        inside = !inside;
        b.append(' ');
      } else if (c == '“' || c == '«') {
        inside = true;
        b.append(' ');
      } else if (c == '”' || c == '»') {
        inside = false;
        b.append(' ');
      } else {
        b.append(inside ? ' ' : c);
      }
    }
    return b.toString();
  }

  /**
   * Whether a line calls the reader to follow a link ({@code words/click-words.txt}: 'click here', 'tap
   * here'), outside quotation marks, and is no wider than {@value #CLICK_WIDTH}: a promotion or a download
   * link of the site ('12 issues for £11.99. Click here for more information.'), not a paragraph.
   */
  static boolean callsToClick(String text) {
    if (LineMeasures.width(text) > CLICK_WIDTH) {
      return false;
    }
    return names(CLICK, outsideQuotes(text));
  }

  /**
   * Whether every word of a line is an interface word ({@code Newsletters}, {@code Comments}, {@code Email
   * alerts}), in any case; false for a line with no word.
   */
  static boolean onlyInterface(String text) {
    java.util.List<String> words = lowerWords(text);
    for (String word : words) {
      if (!INTERFACE.contains(word)) {
        return false;
      }
    }
    return !words.isEmpty();
  }

  /** Whether a line names an interface word ({@code Newsletter}, {@code Comments}), in any case. */
  static boolean namesInterface(String text) {
    return names(INTERFACE, text);
  }

  // Whether a word of the text, or two words in a row, in lower case, are an entry of the list.
  private static boolean names(ImmutableSet<String> list, String text) {
    String previous = "";
    for (String word : lowerWords(text)) {
      if (list.contains(word) || list.contains(previous + " " + word)) {
        return true;
      }
      previous = word;
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

  // Every beginning of an entry of the lists that ends before one of its spaces ("news" of "news alerts").
  @SafeVarargs
  private static ImmutableSet<String> heads(java.util.Set<String>... lists) {
    ImmutableSet.Builder<String> heads = ImmutableSet.builder();
    for (java.util.Set<String> list : lists) {
      for (String entry : list) {
        for (int space = entry.indexOf(' '); space >= 0; space = entry.indexOf(' ', space + 1)) {
          heads.add(entry.substring(0, space));
        }
      }
    }
    return heads.build();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }
}
