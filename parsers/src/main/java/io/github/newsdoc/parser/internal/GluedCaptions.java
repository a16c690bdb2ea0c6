package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * Pictures' captions printed with no credit inside a page's article, told from its subheadings by the page's own
 * layout: on a page that sets its subheadings apart (a blank line above and below each short heading) and prints
 * its paragraphs one under another with no blank line between, a short line that is no sentence and sits glued
 * to the prose under it, with no blank line after it, is no heading of the page's: it is the text under a picture
 * ("The new terminal from the north quay") that the scraper kept between two paragraphs.
 *
 * <p>The page must show both habits, {@value #MIN_SET_APART} headings set apart and {@value #MIN_GLUED} paragraphs
 * glued to the one above, so that a page printing every line without blank lines (where a heading stands glued to
 * its paragraph) is left alone. A caption candidate has at least {@value #MIN_WORDS} words, opens with a capital or a figure,
 * is narrower than {@value #MAX_WIDTH} letters and stands under a blank line or under prose (a list's entry stands
 * under another entry); the line under it is prose that opens a sentence (a text wrapped at a width goes on in
 * lower case, or from a comma). Only pages are read this way.
 */
final class GluedCaptions {
  /** The rule of a caption glued to the prose of a page's article. */
  static final String RULE = "caption:glued";

  private static final int MIN_SET_APART = 2;
  private static final int MIN_GLUED = 3;
  private static final int MIN_WORDS = 3;
  private static final int MAX_WIDTH = 100;

  private GluedCaptions() {}

  /** Marks the captions glued to the prose of the article running from line {@code from} to {@code to}. */
  static void apply(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules, int from, int to) {
    int setApart = 0;
    int glued = 0;
    for (int i = from; i <= to; i++) {
      if (roles[i] != null) {
        continue;
      }
      boolean blankAfter = i + 1 >= lines.size() || lines.get(i + 1).afterBlank();
      if (short_(shapes, i) && lines.get(i).afterBlank() && blankAfter) {
        setApart++;
      } else if (shapes.prose(i) && !lines.get(i).afterBlank() && i > from && roles[i - 1] == null
          && shapes.prose(i - 1)) {
        glued++;
      }
    }
    if (setApart < MIN_SET_APART || glued < MIN_GLUED) {
      return;
    }
    for (int i = from; i < to; i++) {
      if (roles[i] != null || !short_(shapes, i) || Text.words(shapes.text(i)) < MIN_WORDS
          || !opens(shapes.text(i).codePointAt(0))) {
        continue;
      }
      boolean underProse = !lines.get(i).afterBlank() && i > from && roles[i - 1] == null && shapes.prose(i - 1);
      boolean overProse = !lines.get(i + 1).afterBlank() && roles[i + 1] == null && shapes.prose(i + 1)
          && !Character.isLowerCase(shapes.text(i + 1).codePointAt(0)) && !continues(shapes.text(i));
      if ((lines.get(i).afterBlank() || underProse) && overProse) {
        roles[i] = LineRole.CAPTION;
        rules[i] = RULE;
      }
    }
  }

  // A caption opens as a sentence does, with a capital or a figure ('16-inch model on the desk').
  static boolean opens(int c) {
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  // A line that a sentence goes on from: a text wrapped at a width ('If you like mazes of cliffs,' over 'set it
  // to high'), whose next line opens in lower case or which ends at a comma.
  private static boolean continues(String text) {
    char last = text.charAt(text.length() - 1);
    return last == ',' || last == ';' || last == '-' || last == '\u2013' || last == '\u2014';
  }

  // A short line that is no sentence: a heading's or a caption's shape.
  private static boolean short_(LineMeasures shapes, int i) {
    return shapes.width(i) < MAX_WIDTH && !LineMeasures.endsSentence(shapes.text(i));
  }
}
