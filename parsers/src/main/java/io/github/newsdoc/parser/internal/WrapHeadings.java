package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.Locale;

/**
 * Decides whether a line {@link WrappedLines} would join to the line over it is instead the first line of a
 * paragraph under a heading: a headline printed right over its wrapped lead, no blank line between. The line
 * over is the first line of a block (nothing was joined into it), and it reads as a heading: it ends no
 * sentence and holds no sentence end (a heading is one phrase; a paragraph's first line may hold the end of its
 * first sentence), and it does not end inside a phrase (a comma, a semicolon, an abbreviation, or a word of
 * grammar such as "on", "the" or "since", which no heading ends with). The line under it opens with a capital
 * or a figure and has more lines of its block under it (a heading wrapped onto a second line, the end of its
 * block, is joined).
 *
 * <p>How much the line under must show that it opens a sentence depends on where the block stands. At the
 * text's start the block is the page's head, and a capital or a figure is enough. After a blank line the block
 * is as likely a paragraph whose first line a wrap broke before a name ("… met on" / "Tuesday with …", "…
 * told" / "The Harbour Gazette on Monday"), so the line under must open with a capitalised word of grammar
 * followed by a word in small letters ("The union said", "In a statement"), as a sentence's start does and a
 * name ("The Hague", "In Our Time") does not. Anywhere else (a headline right under a page's chrome, a date
 * or a greeting) the line is joined: a short line over a block is as often a headline just split off, a date
 * or a byline over a wrapped lead as a menu's last item, and the text cannot tell them apart.
 */
final class WrapHeadings {
  private WrapHeadings() {}

  /**
   * Whether line {@code i - 1}, the first line of a block (nothing joined into it), is a heading over line
   * {@code i} rather than the first line of a paragraph the wrap broke before line {@code i}.
   */
  static boolean headingOver(List<Line> lines, int i) {
    Line above = lines.get(i - 1);
    Line line = lines.get(i);
    String a = above.text();
    if (!opensCapital(line.text()) || i + 1 == lines.size() || lines.get(i + 1).afterBlank() || a.isEmpty()
        || endsInside(a) || endsOnGrammar(a) || holdsSentenceEnd(a)) {
      return false;
    }
    if (i - 1 == 0) {
      return true;
    }
    return above.afterBlank() && opensOnGrammar(line.text());
  }

  // The last word is a word of grammar ("… met on", "… by the"): a phrase goes on.
  private static boolean endsOnGrammar(String text) {
    int k = text.length();
    int start = k;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < k && Names.isFunctionWord(text.substring(start, k).toLowerCase(Locale.ROOT));
  }

  // The first word is a capitalised word of grammar ("The", "After") and the next is in small letters ("The union",
  // "In a statement"), as a sentence opens; "The Hague" or "In Our Time" is a name a wrap may break before.
  private static boolean opensOnGrammar(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return end > 0 && next > end && next < text.length() && Character.isUpperCase(text.charAt(0))
        && Names.isFunctionWord(text.substring(0, end).toLowerCase(Locale.ROOT))
        && Character.isLowerCase(text.charAt(next));
  }

  // A sentence ends inside the line: '.', '!' or '?' (not an abbreviation's point) before a space and a capital.
  private static boolean holdsSentenceEnd(String text) {
    for (int k = 1; k + 2 < text.length(); k++) {
      char c = text.charAt(k);
      if ((c == '!' || c == '?' || c == '.' && !Sentences.abbreviation(text, k)) && text.charAt(k + 1) == ' '
          && Character.isUpperCase(text.charAt(k + 2))) {
        return true;
      }
    }
    return false;
  }

  // A line that cannot end a heading: it ends with a comma, a semicolon or an abbreviation ("by Dr.").
  private static boolean endsInside(String text) {
    int k = text.length() - 1;
    char end = text.charAt(k);
    return end == ',' || end == ';' || end == '.' && Sentences.abbreviation(text, k);
  }

  // The first letter or digit, after any quotation marks or brackets, is a capital or a digit ("40 people …"
  // opens a sentence as a capital does).
  static boolean opensCapital(String text) {
    for (int k = 0; k < text.length() && k < 4; k++) {
      int c = text.codePointAt(k);
      if (Character.isLetterOrDigit(c)) {
        return !Character.isLowerCase(c);
      }
    }
    return false;
  }
}
