package io.github.newsdoc.parser.internal;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;

import java.util.Locale;

/**
 * Buttons and link labels of a site, printed as lines of their own wherever the page put them: 'Share full
 * article', 'Read 142 Comments', 'SKIP ADVERTISEMENT', 'Skip next section Supported by', 'Ad Feedback',
 * 'Follow by email'. A line is one when it has {@value #MIN_WORDS} to {@value #MAX_WORDS} words and at most
 * {@value #MAX_LENGTH} characters, does not close a sentence, and every word is a button word
 * ({@code words/button-words.txt}) or a number, one of them a button's own word
 * ({@code words/button-anchors.txt}: share, skip, comments, advertisement…) and another a button's own word
 * or what a button acts on ({@code words/button-objects.txt}: article, link, email), or a count beside
 * 'comments' ('Read 142 Comments'). So a short heading of such words with one of them strong ('The Gift',
 * 'Full transcript', 'Watch the ad', 'Back in print', 'Share 41 38' in a table) is none. One word alone is
 * left to the exact rules: 'Copy' or 'Comment' may be a cell of the article's table. Linear in the line.
 */
final class ButtonLines {
  static final String RULE = "chrome:button-line";
  private static final ImmutableSet<String> WORDS = WordList.load("button-words");
  private static final ImmutableSet<String> ANCHORS = WordList.load("button-anchors");
  private static final ImmutableSet<String> OBJECTS = WordList.load("button-objects");
  private static final CharMatcher WORD = CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9'))
      .or(CharMatcher.is('-'));
  static final int MIN_WORDS = 2;
  static final int MAX_WORDS = 8;
  static final int MAX_LENGTH = 80;

  private ButtonLines() {}

  /** Whether a line is a button or a link label of the site, by its words alone. */
  static boolean is(String text) {
    if (text.length() > MAX_LENGTH || text.isEmpty() || Text.endsSentence(text)) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int words = 0;
    boolean anchor = false;
    int strong = 0; // the button's own words and what it acts on
    boolean count = false; // a number among the words
    boolean comments = false;
    int i = 0;
    int n = lower.length();
    while (i < n) {
      char c = lower.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      int start = i;
      while (i < n && lower.charAt(i) != ' ') {
        i++;
      }
      String word = lower.substring(start, i);
      if (!WORD.matchesAllOf(word) || ++words > MAX_WORDS) {
        return false; // punctuation inside a word ('article:', '“Share'), a name's capital letters are fine
      }
      if (CharMatcher.inRange('0', '9').matchesAllOf(word)) {
        count = true;
      } else {
        if (!WORDS.contains(word)) {
          return false;
        }
        anchor |= ANCHORS.contains(word);
        strong += ANCHORS.contains(word) || OBJECTS.contains(word) ? 1 : 0;
        comments |= word.equals("comments") || word.equals("comment");
      }
    }
    return words >= MIN_WORDS && anchor && (strong >= 2 || count && comments);
  }
}
