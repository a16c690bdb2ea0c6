package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the source lines of one line a fixed-width wrap broke apart ({@link WrappedLines}): with a space, or
 * with nothing after a hyphen that ends a word ("well-" and "known"). The joined line keeps its first source
 * line's number and whether a blank line stands before it, and records its last source line's number, so that
 * a gap between lines is measured from where the joined line ends. A joined line is at most
 * {@value #MAX_JOINED} characters long: past it, the next source line starts a line of its own.
 */
final class WrapJoiner {
  /** The longest line a join makes. */
  static final int MAX_JOINED = 10_000;

  private Line first;
  private Line last;
  private int joined;
  private StringBuilder raw;
  private StringBuilder text;
  private List<Integer> columns = new ArrayList<>();

  /** Starts a line with {@code line}. */
  void start(Line line) {
    first = line;
    last = line;
    joined = 1;
    raw = null;
    text = null;
    columns = new ArrayList<>();
  }

  /** Whether a line is started. */
  boolean open() {
    return first != null;
  }

  /** How many source lines the current line holds. */
  int joined() {
    return joined;
  }

  /** Joins {@code line} to the current line; false, and nothing joined, when the line would grow too long. */
  boolean add(Line line) {
    String more = line.raw().strip();
    int length = raw == null ? first.raw().stripTrailing().length() : raw.length();
    if (length + 1 + more.length() > MAX_JOINED) {
      return false;
    }
    if (raw == null) {
      raw = new StringBuilder(first.raw().stripTrailing());
      text = new StringBuilder(first.text());
    }
    boolean hyphen = brokenAtHyphen(text);
    raw.append(hyphen ? "" : " ");
    // where the source line's column 1 falls in the joined line: its start, less the indentation dropped
    columns.add(raw.length() - (line.raw().length() - line.raw().stripLeading().length()));
    raw.append(more);
    text.append(hyphen ? "" : " ").append(line.text());
    last = line;
    joined++;
    return true;
  }

  /** The current line: the first source line itself when nothing was joined to it. */
  Line line() {
    return raw == null ? first : new Line(first.number(), raw.toString(), text.toString(), first.afterBlank(),
        last.last(), columns);
  }

  // "well-" before "known": a hyphen after a letter, the word broken at it
  private static boolean brokenAtHyphen(CharSequence text) {
    int k = text.length();
    return k >= 2 && text.charAt(k - 1) == '-' && Character.isLetter(text.charAt(k - 2));
  }
}
