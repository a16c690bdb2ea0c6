package io.github.newsdoc.parser.internal;

import java.util.Optional;

/**
 * The date an author line prints beside its names ("March 3, 2026 Jo Park", "by Jo Park March 3, 2026",
 * "Jo Park | Mar 3, 2026"). Every date the line readers take prints a day or a year, so a stretch without a
 * digit is never parsed: the readers try each split of the line's words, and most lines hold no number.
 */
final class BylineDates {
  private BylineDates() {}

  /** The names of an author line and the date printed before or after them, if any. */
  record Split(String names, Optional<String> date) {}

  /**
   * Splits a date off the start of {@code rest} (only when {@code before} is allowed: a line without "by")
   * or off its end; the names are the rest, stripped.
   */
  static Split around(String rest, boolean before) {
    if (before) {
      int space = rest.lastIndexOf(' ');
      while (space > 0) {
        String head = rest.substring(0, space);
        if (!hasDigit(head)) {
          break; // a shorter head has none either
        }
        if (Character.isLetterOrDigit(head.charAt(head.length() - 1)) && isDate(head)) {
          return new Split(rest.substring(space + 1).strip(), Optional.of(head));
        }
        space = rest.lastIndexOf(' ', space - 1);
      }
    }
    int space = rest.indexOf(' ');
    while (space > 0) {
      String tail = rest.substring(space + 1);
      if (!hasDigit(tail)) {
        break; // a shorter tail has none either
      }
      if (Character.isLetterOrDigit(tail.charAt(0)) && isDate(tail)) {
        return new Split(rest.substring(0, space).strip(), Optional.of(tail));
      }
      space = rest.indexOf(' ', space + 1);
    }
    return new Split(rest, Optional.empty());
  }

  /**
   * The names, a date and a label after it, on one line with no separator between them ({@code "Jo Park
   * 2024-04-05T09:14Z Local News"}): the longest date that starts after the first word and ends before words
   * with no digit. Null when there is none.
   */
  static String[] within(String rest) {
    int start = rest.indexOf(' ');
    while (start > 0) {
      int end = rest.length();
      while (end > start + 1) {
        String tail = rest.substring(end).strip();
        if (!tail.isEmpty() && hasDigit(tail)) {
          break; // a longer date would leave digits after it
        }
        String date = rest.substring(start + 1, end).strip();
        if (!date.isEmpty() && Character.isLetterOrDigit(date.charAt(0)) && hasDigit(date)
            && Character.isLetterOrDigit(date.charAt(date.length() - 1)) && isDate(date)) {
          return new String[] {rest.substring(0, start).strip(), date, tail};
        }
        end = rest.lastIndexOf(' ', end - 1);
      }
      start = rest.indexOf(' ', start + 1);
    }
    return null;
  }

  /** Whether {@code s}, its separators read as spaces, is a date the date reader takes. */
  static boolean isDate(String s) {
    if (!hasDigit(s)) {
      return false;
    }
    return PublishedDates.parse(Bylines.SEPARATOR.matcher(s).replaceAll(" ").replace(" • ", " ")).isPresent();
  }

  /**
   * The times the date of an author line gives ({@code "Updated May 5, 2022"} gives the update time only), its
   * separators read as spaces when it does not read as it is.
   */
  static Optional<PublishedDates.Reading> reading(String date) {
    return PublishedDates.parse(date)
        .or(() -> PublishedDates.parse(Bylines.SEPARATOR.matcher(date).replaceAll(" ").replace(" • ", " ")));
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
