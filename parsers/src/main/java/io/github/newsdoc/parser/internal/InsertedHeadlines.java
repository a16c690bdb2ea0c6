package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.ArrayList;
import java.util.List;

/**
 * Headlines of other stories that a page inserts between the paragraphs of its article, one at a time every few
 * paragraphs ("Man Shot at Gas Station Dies at Hospital"): links, no subheadings of the article.
 *
 * <p>A line inside the article's run is such a headline when it stands alone between two lines of the article's
 * prose (or short sentences), has a headline's shape ({@link Headlines#isHeadline}: no sentence end), at least
 * {@value #MIN_WORDS} words, and is written in title case: every word of four letters or more opens with a
 * capital, as a headline does and the prose around it does not. A subheading announces the paragraph under it
 * and shares a word with it ({@link #shares}); a numbered item ({@code "7) Call Me by Your Name"}) is a list's, a line
 * opening with a mark or holding brackets, bars, slashes or a handle is a citation, a label or a credit; and
 * short subheadings ('Ingredients', 'The Road Ahead') are never counted, nor is a line that opens with a label
 * the article's prose opens with ({@link ArticleLabels}: an interview's answer, "A: Ann Lee, Tom Cole"). One such line may still be a subheading
 * written in title case; a page that prints at least {@value #MIN_SERIES} of them in one article is inserting a
 * list of other stories, and they are boilerplate. Only pages are read this way; linear in the lines.
 */
final class InsertedHeadlines {
  /** The rule of a headline of another story inserted between the article's paragraphs. */
  static final String RULE = "page:inserted-headline";
  // A title-case subheading is shorter than this many words.
  private static final int MIN_WORDS = 5;
  // A page inserts at least this many headlines into one article.
  private static final int MIN_SERIES = 3;
  // A word this long is capitalised in title case.
  private static final int LONG_WORD = 4;
  // Two words of four letters or more that open with this many letters alike are one word told twice.
  private static final int STEM = 5;

  private InsertedHeadlines() {}

  /** Marks the headlines inserted between the prose lines of the article's run {@code [from, to]}. */
  static void apply(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules, int from, int to) {
    List<Integer> found = new ArrayList<>();
    java.util.Set<String> labels = ArticleLabels.labels(shapes, k -> roles[k] == null && shapes.prose(k));
    for (int i = Math.max(from, 1); i < to && i + 1 < lines.size(); i++) {
      if (roles[i] == null && roles[i - 1] == null && roles[i + 1] == null && sentence(lines, shapes, i - 1)
          && !labels.contains(ArticleLabels.label(lines.get(i).text()))
          && sentence(lines, shapes, i + 1) && !shapes.prose(i) && isInsertedHeadline(lines.get(i).text())
          && !shares(lines.get(i).text(), lines.get(i + 1).text())) {
        found.add(i);
      }
    }
    if (found.size() >= MIN_SERIES) {
      for (int i : found) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = RULE;
      }
    }
  }

  // A line of the article's text: prose, or a short sentence ('At first, there was no sign of her.').
  private static boolean sentence(List<Line> lines, LineMeasures shapes, int i) {
    return shapes.prose(i) || LineMeasures.endsSentence(lines.get(i).text());
  }

  /**
   * Whether the line under a heading takes up one of its words (the first {@value #STEM} letters of a word of
   * four letters or more): a subheading announces the paragraph it stands over, another story's headline does not.
   */
  static boolean shares(String heading, String next) {
    java.util.Set<String> stems = new java.util.HashSet<>();
    for (String w : next.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= LONG_WORD) {
        stems.add(w.substring(0, LONG_WORD)); // a word of four letters is told again in a longer one ('list')
        stems.add(w.substring(0, Math.min(STEM, w.length())));
      }
    }
    for (String w : heading.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= LONG_WORD && stems.contains(w.substring(0, Math.min(STEM, w.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line has the shape of another story's headline: see the class documentation. */
  static boolean isInsertedHeadline(String text) {
    if (!Headlines.isHeadline(text)) {
      return false;
    }
    int first = text.codePointAt(0);
    if (!Character.isLetterOrDigit(first) && "\"'‘“«".indexOf(first) < 0) {
      return false; // a reference's or a list's mark ('^ Harvey, Dennis (2015)', '• Item')
    }
    for (int k = 0; k < text.length(); k++) {
      if ("|/@()[]^".indexOf(text.charAt(k)) >= 0) {
        return false; // a label, a credit, a handle, a citation
      }
    }
    String[] words = text.split(" ");
    if (words.length < MIN_WORDS || Character.isDigit(text.charAt(0)) && text.matches("\\d+[).].*")) {
      return false;
    }
    for (String word : words) {
      int k = 0;
      while (k < word.length() && !Character.isLetterOrDigit(word.charAt(k))) {
        k++; // an opening quotation mark
      }
      int letters = 0;
      for (int c = k; c < word.length() && Character.isLetter(word.charAt(c)); c++) {
        letters++;
      }
      if (letters >= LONG_WORD && !Character.isUpperCase(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
