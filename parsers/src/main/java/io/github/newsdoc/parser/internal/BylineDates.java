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
