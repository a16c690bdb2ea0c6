package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quotations in the title and paragraphs: straight, curly, low and angle double marks; single marks
 * where they pair up as quotation marks rather than apostrophes; quotes inside quotes (kept in the outer
 * one); a quote interrupted by its attribution (two quotes); the multi-paragraph convention (an opening mark
 * at the start of each paragraph, a closing one only at the end: one quote); and broken marks (a quote
 * closed by the wrong mark, or not closed at all, which ends with its paragraph). Quoted names and
 * so-called words are not quotes.
 *
 * <p>One pass over each text's quotation marks, as the text layer indexed them once ({@link Marks}), a
 * constant amount of work a mark: linear whatever the marks.
 */
final class QuoteFinder {
  /** A part of a quote inside one text: {@code [start, end)} of block {@code block} (-1 the title). */
  public record Segment(int block, int start, int end) {}

  /**
   * A quotation: its segments in order (more than one for a multi-paragraph quote), and whether its last
   * mark was missing.
   */
  public record Found(List<Segment> segments, boolean unclosed) {
    /** The first segment. */
    public Segment first() {
      return segments.get(0);
    }

    /** The last segment. */
    public Segment last() {
      return segments.get(segments.size() - 1);
    }
  }

  private static final Set<String> NAMING_WORDS = Set.copyOf(List.of("so-called", "dubbed", "nicknamed", "titled", "entitled",
      "codenamed", "code-named", "term", "word", "phrase", "slogan", "hashtag", "named", "headlined"));
  private static final Set<String> SMALL_WORDS = Set.copyOf(List.of("of", "the", "and", "for", "in", "on", "to", "a", "an",
      "at", "de", "la", "&"));

  private QuoteFinder() {}

  /**
   * Finds the quotes of an article given its title ({@code texts.get(0)}, block -1) and block texts
   * ({@code texts.get(i + 1)} is block i; null for blocks that are not searched, such as captions), whose
   * words {@code tokens} holds.
   */
  static List<Found> find(List<String> texts, Tokens tokens) {
    List<Found> found = new ArrayList<>();
    Open carried = null;
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      int block = t - 1;
      if (text == null) {
        carried = close(carried, found);
        continue;
      }
      // a quote never runs from the title into the body
      String next = block >= 0 && t + 1 < texts.size() ? texts.get(t + 1) : null;
      carried = scan(text, block, next, carried, found, tokens, tokens.marks(t).quotation());
    }
    close(carried, found);
    return found;
  }

  // A quote still open at the end of a paragraph, carried into the next (the multi-paragraph convention).
  private static final class Open {
    final List<Segment> segments = new ArrayList<>();
    final int mark;

    Open(int mark) {
      this.mark = mark;
    }
  }

  private static Open close(Open open, List<Found> found) {
    if (open != null && !open.segments.isEmpty()) {
      found.add(new Found(List.copyOf(open.segments), true));
    }
    return null;
  }

  // Reads the quotation marks of s, whose offsets marks holds in order: the characters between them are never
  // looked at one by one.
  private static Open scan(String s, int block, String next, Open carried, List<Found> found, Tokens tokens,
      int[] marks) {
    int n = s.length();
    int i = 0;
    Open open = null;
    int start = -1;
    if (carried != null) {
      int first = skipSpace(s, 0);
      if (first < n && isDoubleOpen(s, first)) {
        open = carried;
        start = first + 1;
        i = first + 1;
      } else {
        close(carried, found);
      }
    }
    int singleOpen = -1;
    int lastSingleClose = -1;
    int lastRightDouble = -1; // read from the text's marks, as the last single mark that can close is
    for (int k = marks.length - 1; k >= 0 && lastRightDouble < 0; k--) {
      lastRightDouble = s.charAt(marks[k]) == '\u201d' ? marks[k] : -1;
    }
    // the next right and left double marks at or after i, found as i moves on (each text scanned once a mark)
    int nextRight = -1;
    int nextLeft = -1;
    boolean innerSingle = false;
    // the last single mark that can close
    for (int k = marks.length - 1; k >= 0; k--) {
      if (isSingle(s.charAt(marks[k])) && canClose(s, marks[k])) {
        lastSingleClose = marks[k];
        break;
      }
    }
    int m = 0; // the first of the marks at or after i
    for (; i < n; i++) {
      while (m < marks.length && marks[m] < i) {
        m++;
      }
      if (m == marks.length) {
        break; // no mark left: every branch below reads one
      }
      i = marks[m];
      char c = s.charAt(i);
      if (c == '\'' && i + 1 < n && s.charAt(i + 1) == '\'') {
        // ''…'' (two apostrophes, as some archives print quotation marks): one straight double mark
        boolean opens = (i == 0 || Text.isSpace(s.charAt(i - 1)) || "([{—–-/".indexOf(s.charAt(i - 1)) >= 0)
            && i + 2 < n && !Text.isSpace(s.charAt(i + 2));
        boolean closes = i > 0 && !Text.isSpace(s.charAt(i - 1))
            && (i + 2 >= n || Text.isSpace(s.charAt(i + 2)) || ".,;:!?)]}—–-…".indexOf(s.charAt(i + 2)) >= 0);
        if (open == null && opens) {
          open = new Open('"');
          start = i + 2;
          singleOpen = -1;
        } else if (open != null && (closes || !opens)) {
          emit(found, s, block, open, start, i, false, tokens);
          open = null;
        } else if (open != null) {
          emit(found, s, block, open, start, i, false, tokens);
          open = new Open('"');
          start = i + 2;
        }
        i++;
        continue;
      }
      if (open == null) {
        if (isDouble(c) && singleOpen >= 0 && lastSingleClose > i) {
          continue; // "…" inside ‘…’: British nesting, part of the outer quote
        }
        if (isDouble(c) && canOpen(s, i) || c == '\u201d' && rightMarkOpens(s, i)) {
          open = new Open(c);
          start = i + 1;
          singleOpen = -1;
        } else if (isSingle(c)) {
          if (singleOpen < 0 && canOpen(s, i) && !isApostropheContext(s, i)) {
            singleOpen = i;
          } else if (singleOpen >= 0 && canClose(s, i) && i > singleOpen + 1) {
            emit(found, s, block, new Open(s.charAt(singleOpen)), singleOpen + 1, i, false, tokens);
            singleOpen = -1;
          }
        }
        continue;
      }
      if (isDouble(c)) {
        innerSingle = false;
        if (c == '\u201c' || c == '\u201e' || c == '\u00ab' || (c == '"' && !canClose(s, i) && canOpen(s, i))) {
          // an opening mark inside a quote: the earlier one was never closed (merged paragraphs)
          emit(found, s, block, open, start, i, false, tokens);
          open = new Open(c);
          start = i + 1;
        } else {
          emit(found, s, block, open, start, i, false, tokens);
          open = null;
        }
      } else if (c == '\u2019' && i + 1 < n && s.charAt(i + 1) == '\u2019' && open.mark == '\u201c' && !innerSingle) {
        // “…,’’: two right single marks, typed for a right double one, close the quote
        emit(found, s, block, open, start, i, false, tokens);
        open = null;
        i++;
      } else if (isSingle(c) && !innerSingle && canOpen(s, i) && !isApostropheContext(s, i)) {
        innerSingle = true; // “I heard ‘Lock her up’ …”: a quote inside the quote
      } else if (c == '\u2019' && innerSingle && canClose(s, i)) {
        innerSingle = false;
      } else if (c == '\u2019' && open.mark == '\u201c' && wrongClose(s, i, lastRightDouble < i)) {
        if (nextRight < i && nextRight != -2) {
          nextRight = s.indexOf('\u201d', i);
          nextRight = nextRight < 0 ? -2 : nextRight;
        }
        if (nextLeft < i && nextLeft != -2) {
          nextLeft = s.indexOf('\u201c', i);
          nextLeft = nextLeft < 0 ? -2 : nextLeft;
        }
        // “The Democrats’ draft …,” said Pavone: the right mark still closes the quote before another opens,
        // so this mark is an apostrophe
        if (nextRight < 0 || nextLeft >= 0 && nextLeft < nextRight) {
          emit(found, s, block, open, start, i, false, tokens);
          open = null;
        }
      }
    }
    if (open == null) {
      return null;
    }
    int end = n;
    if (next != null) {
      int first = skipSpace(next, 0);
      if (first < next.length() && isDoubleOpen(next, first)) {
        int a = trimStart(s, start, end);
        int b = trimEnd(s, a, end);
        if (b > a) {
          open.segments.add(new Segment(block, a, b));
        }
        return open;
      }
    }
    emit(found, s, block, open, start, end, true, tokens);
    return null;
  }

  private static void emit(List<Found> found, String s, int block, Open open, int start, int end, boolean unclosed,
      Tokens tokens) {
    int a = trimStart(s, start, end);
    int b = trimEnd(s, a, end);
    if (b > a) {
      open.segments.add(new Segment(block, a, b));
    }
    if (open.segments.isEmpty()) {
      return;
    }
    Found f = new Found(List.copyOf(open.segments), unclosed);
    if (open.segments.size() > 1 || !isName(s, block, a, b, tokens)) {
      found.add(f);
    }
  }

  // Quoted names and terms are not speech: 'Spearhead Force', so-called 'elections', dubbed "Operation X".
  // The words after the quote are read last, for a quote shaped as a name only (most quotes are sentences).
  private static boolean isName(String s, int block, int start, int end, Tokens tokens) {
    String before = lastWord(s, start - 1);
    if (NAMING_WORDS.contains(before)) {
      return true;
    }
    boolean workContext = before.endsWith("'s") || before.endsWith("’s") || WORK_WORDS.contains(before);
    String quoted = s.substring(start, end);
    if (quoted.endsWith(",")) {
      quoted = quoted.substring(0, quoted.length() - 1);
    }
    if (quoted.endsWith(".") && !quoted.endsWith("..") && workContext) {
      // on NBC's "Meet the Press.": the sentence's period, put inside the marks as American style does
      quoted = quoted.substring(0, quoted.length() - 1);
    }
    if (block == -1 || Text.endsSentence(quoted) || quoted.indexOf(',') >= 0) {
      return false;
    }
    String[] words = quoted.split(" ");
    if (words.length > 6 || words.length > 4 && !before.endsWith("'s") && !before.endsWith("’s")) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty() && !SMALL_WORDS.contains(w) && !Character.isUpperCase(w.codePointAt(0))
          && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
    }
    // "“Denver,” he answered."; but not "on ABC's “This Week,” Carson said"
    return workContext || !cueFollows(tokens, block, s, end);
  }

  // Words that introduce the title of a work: a show, a book, a film.
  private static final Set<String> WORK_WORDS = Set.copyOf(List.of("on", "show", "program", "programme", "film",
      "movie", "book", "memoir", "novel", "series", "song", "album", "documentary", "podcast", "column", "play",
      "musical", "newspaper", "magazine", "episode", "segment", "hit", "blockbuster", "with"));

  // A verb of saying among the first words after the closing mark.
  private static boolean cueFollows(Tokens tokens, int block, String s, int end) {
    List<Words.Word> next = tokens.range(block + 1, Math.min(s.length(), end + 1), Math.min(s.length(), end + 40));
    for (int i = 0; i < next.size() && i < 4; i++) {
      if (AttributionWords.SPEECH.contains(next.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String s, int markAt) {
    int end = markAt;
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    int begin = end;
    while (begin > 0 && !Text.isSpace(s.charAt(begin - 1)) && end - begin < 20) {
      begin--;
    }
    return s.substring(begin, end).toLowerCase(java.util.Locale.ROOT);
  }

  static boolean isDouble(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb';
  }

  static boolean isSingle(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  private static boolean isDoubleOpen(String s, int i) {
    char c = s.charAt(i);
    return c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '"' && canOpen(s, i);
  }

  // ”…” : a right mark that starts its paragraph and is closed later in it opens the quote (a broken mark).
  private static boolean rightMarkOpens(String s, int i) {
    for (int k = 0; k < i; k++) {
      if (!Text.isSpace(s.charAt(k)) && Character.getType(s.charAt(k)) != Character.FORMAT) {
        return false;
      }
    }
    boolean word = i + 1 < s.length() && (!Text.isSpace(s.charAt(i + 1))
        || i + 2 < s.length() && s.charAt(i + 2) == '\u2026');
    return word && s.indexOf('\u201d', i + 1) > i + 1;
  }

  // A mark can open a quote when nothing word-like stands right before it and something does right after.
  static boolean canOpen(String s, int i) {
    char c = s.charAt(i);
    if (c == '\u201d' || c == '\u00bb' || c == '\u2019' && !(i == 0 || Text.isSpace(s.charAt(i - 1)))) {
      return false;
    }
    boolean before = i == 0 || Text.isSpace(s.charAt(i - 1)) || "([{—–-/:;,".indexOf(s.charAt(i - 1)) >= 0
        || isDouble(s.charAt(i - 1)) || isSingle(s.charAt(i - 1));
    boolean after = i + 1 < s.length() && !Text.isSpace(s.charAt(i + 1));
    return before && after;
  }

  static boolean canClose(String s, int i) {
    char c = s.charAt(i);
    if (c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\u2018') {
      return false;
    }
    boolean before = i > 0 && !Text.isSpace(s.charAt(i - 1));
    boolean after = i + 1 >= s.length() || Text.isSpace(s.charAt(i + 1))
        || ".,;:!?)]}—–-…".indexOf(s.charAt(i + 1)) >= 0 || isDouble(s.charAt(i + 1)) || isSingle(s.charAt(i + 1));
    return before && after;
  }

  // 'don't', 'Dockers' Union': a single mark between letters, or after a plural s, is an apostrophe.
  private static boolean isApostropheContext(String s, int i) {
    return i > 0 && Character.isLetter(s.charAt(i - 1));
  }

  // “… avoidable’ the board said: a right single mark closing a double quote, followed by the writer's words.
  private static boolean wrongClose(String s, int i, boolean noRightDoubleAfter) {
    if (!canClose(s, i)) {
      return false;
    }
    int j = i + 1;
    while (j < s.length() && (s.charAt(j) == ',' || s.charAt(j) == '.' || s.charAt(j) == ' ')) {
      j++;
    }
    return j >= s.length() || Character.isLowerCase(s.charAt(j)) || noRightDoubleAfter
        && Character.isUpperCase(s.charAt(j)) && j > i + 1 && s.charAt(j - 1) == ' ' && s.charAt(i + 1) == ',';
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Text.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimStart(String s, int start, int end) {
    while (start < end && Text.isSpace(s.charAt(start))) {
      start++;
    }
    return start;
  }

  private static int trimEnd(String s, int start, int end) {
    while (end > start && Text.isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
