package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Byline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an English author line prints after its names, for {@link Bylines}: how long the article takes to read
 * or how long ago it was posted ({@code "5 min read"}, {@code "3 hours ago"}), a date, and a short label (the
 * section: {@code "Local News"}); and a name the page printed twice over.
 */
final class BylineTails {
  /** How long the article takes to read, printed after the names: "5 min read". */
  static final Pattern READ_TIME = Pattern.compile("(?i)\\d{1,3} ?(?:minutes?|mins?) read");
  // How long ago the article was posted, printed after the names: "3h", "3 hours ago", "2 days ago".
  private static final Pattern POSTED_AGO = Pattern.compile(
      "(?i)\\d{1,2} ?(?:h|hrs?|hours?|mins?|minutes?|d|days?)(?: ago)?|\\d{1,2} ?(?:weeks?|months?) ago");

  private BylineTails() {}

  /** Whether a piece is a section's label: at most three words, no digit, a capital first, no person's job. */
  static boolean section(String piece) {
    return !piece.isEmpty() && Text.words(piece) <= 3 && piece.chars().noneMatch(Character::isDigit)
        && Character.isUpperCase(piece.codePointAt(0)) && !BylineRoles.PERSON_JOB.matcher(piece).matches();
  }

  /**
   * The pieces of what an English author line prints after its names, between separators ("April 5, 2024 |
   * Local", "3 hours ago"): a date (the first one), how long ago it was posted or how long it takes to read
   * (kept in {@code extra}), and at most one section's label (kept in {@code extra}). The date when there is
   * one; null when a piece is none of these or no piece tells a time.
   */
  static Optional<String> datedPieces(String tail, List<String> extra) {
    List<String> kept = new ArrayList<>();
    Optional<String> date = Optional.empty();
    boolean timed = false;
    int labels = 0;
    for (String piece : Bylines.SEPARATOR.split(tail)) {
      String p = piece.strip();
      if (READ_TIME.matcher(p).matches() || POSTED_AGO.matcher(p).matches()) {
        kept.add(p);
        timed = true;
      } else if (date.isEmpty() && BylineDates.isDate(p)) {
        date = Optional.of(p);
        timed = true;
      } else if (!p.isEmpty() && labels++ == 0 && section(p)) {
        kept.add(p);
      } else {
        return null;
      }
    }
    if (!timed) {
      return null;
    }
    extra.addAll(kept);
    return date;
  }

  /**
   * One person's job, whoever they work for: {@code "Staff Writer"}, {@code "Coast Post Contributor"} (an
   * outlet's name, then the job); at most six words, no digit, not a heading over a list ({@code "More
   * columnists"}).
   */
  static boolean personJob(String piece) {
    return Text.words(piece) <= 6 && piece.chars().noneMatch(Character::isDigit)
        && BylineRoles.PERSON_JOB.matcher(piece).matches() && !BylineRoles.PLURAL_JOB.matcher(piece).matches();
  }

  /**
   * A person's job, the date and perhaps a section's label, printed after the names' separator with no
   * separator between them ({@code "Coast Post Contributor 2024-04-05T09:14Z Local"}): the job, the date and
   * the label (empty when there is none); null when the tail is not so.
   */
  static String[] roleDated(String tail) {
    String[] within = BylineDates.within(tail);
    return within == null || !personJob(within[0]) || !within[2].isEmpty() && !section(within[2]) ? null : within;
  }

  /** A name the page printed twice over, as a picture's text and a link's ("Jo Park Jo Park"): the name once. */
  static Byline undoubled(Byline b) {
    String[] w = b.name().split(" ");
    int half = w.length / 2;
    if (w.length < 4 || w.length % 2 != 0 || !Arrays.equals(w, 0, half, w, half, w.length)) {
      return b;
    }
    return Byline.of(String.join(" ", Arrays.copyOf(w, half)), b.role());
  }
}
