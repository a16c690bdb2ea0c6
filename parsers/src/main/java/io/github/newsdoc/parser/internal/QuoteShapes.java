package io.github.newsdoc.parser.internal;

import java.util.List;

/** What a found quote looks like in its text: whole or a fragment, short, an exclamation; its text. */
final class QuoteShapes {
  private QuoteShapes() {}

  /** The quote's text: its segments' characters, joined by a line feed where it spans paragraphs. */
  static String text(QuoteFinder.Found f, List<String> texts) {
    StringBuilder text = new StringBuilder();
    for (QuoteFinder.Segment s : f.segments()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(texts.get(s.block() + 1), s.start(), s.end());
    }
    return text.toString();
  }

  /**
   * Whether a quote no one is credited with is a scare quote or a term rather than speech: one word wherever
   * it stands ("Content-Type"), or at most {@value #SHORT} inside the writer's sentence ({@code partial}: the
   * so-called "deal"), and no exclamation of its own ("Never!"). The quote's words are counted once.
   */
  static boolean term(QuoteFinder.Found f, List<String> texts, boolean partial) {
    if (f.segments().size() > 1) {
      return false;
    }
    QuoteFinder.Segment s = f.first();
    if (s.end() - s.start() >= 60) {
      return false;
    }
    int words = Text.words(Text.normalise(texts.get(s.block() + 1).substring(s.start(), s.end())));
    return (words == 1 || partial && words <= SHORT) && !exclaims(f, texts);
  }

  static final int SHORT = 2;

  /**
   * Whether the quoted words are written in title case, as the title of a work, an article or a page is and
   * speech is not: at least three words of four letters or more, four in five of them capitalised
   * ("Disney Will Distribute Animated Japanese Movie", "Review: The Final Girls"). Not in the headline.
   */
  static boolean titled(QuoteFinder.Found f, List<String> texts) {
    if (f.segments().size() > 1 || f.first().block() < 0) {
      return false; // a headline writes every word capitalised, its quotes too
    }
    QuoteFinder.Segment s = f.first();
    String quoted = texts.get(s.block() + 1).substring(s.start(), s.end());
    int longWords = 0;
    int capitalised = 0;
    for (String w : quoted.split(" ")) {
      String core = LETTERS.retainFrom(w);
      if (core.length() >= 4) {
        longWords++;
        capitalised += Character.isUpperCase(core.codePointAt(0)) ? 1 : 0;
      }
    }
    return longWords >= 3 && capitalised * 5 >= longWords * 4;
  }

  /**
   * Whether the quote is the title in a reference written author and date first, as reference lists and
   * bibliographies are: {@code Reed, Tom (3 May 2019). "Title". Publisher.} The words before the opening
   * mark end with a parenthesis holding a year and a period.
   */
  static boolean cited(QuoteFinder.Found f, List<String> texts) {
    QuoteFinder.Segment s = f.first();
    if (s.block() < 0) {
      return false;
    }
    String text = texts.get(s.block() + 1);
    int i = s.start() - 1; // the opening mark
    while (i > 0 && Text.isSpace(text.charAt(i - 1))) {
      i--;
    }
    if (i < 3 || text.charAt(i - 1) != '.' || text.charAt(i - 2) != ')') {
      return false;
    }
    int open = text.lastIndexOf('(', i - 2);
    if (open < 0 || i - 2 - open > 40) {
      return false;
    }
    int digits = 0;
    for (int k = open + 1; k < i - 2; k++) {
      digits = Character.isDigit(text.charAt(k)) ? digits + 1 : 0;
      if (digits == 4) {
        return true;
      }
    }
    return false;
  }

  private static final com.google.common.base.CharMatcher LETTERS =
      com.google.common.base.CharMatcher.forPredicate(Character::isLetter);

  // "You lie!", "Too many.": a sentence of its own, however short, is something someone said.
  static boolean exclaims(QuoteFinder.Found f, List<String> texts) {
    QuoteFinder.Segment s = f.first();
    String quoted = texts.get(s.block() + 1).substring(s.start(), s.end());
    return Text.endsSentence(quoted) && Character.isUpperCase(quoted.codePointAt(0));
  }

  // A quote is whole when it starts a sentence (or follows a colon, a comma or a dash) with a capital;
  // otherwise it is a fragment inside the writer's sentence.
  static boolean partial(QuoteFinder.Found f, List<String> texts) {
    if (f.segments().size() > 1) {
      return false;
    }
    QuoteFinder.Segment s = f.first();
    String text = texts.get(s.block() + 1);
    int first = text.codePointAt(s.start());
    if (!Character.isUpperCase(first) && !Character.isDigit(first) && !Character.isLetter(first)
        || Character.isLowerCase(first)) {
      return true;
    }
    int i = s.start() - 2;
    while (i >= 0 && Text.isSpace(text.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    return ":,.!?—–-([".indexOf(c) < 0 && !QuoteFinder.isDouble(c) && !QuoteFinder.isSingle(c);
  }
}
