package io.github.newsdoc.parser.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads lines that give a date and nothing else: {@code "September 28, 2020"},
 * {@code "Published: March 3, 2024 at 5:12 p.m."}, {@code "Updated 14 June 2023"}, {@code "2020-09-28"}.
 */
final class PublishedDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  private static final Set<String> NOISE = Set.copyOf(List.of(
      "published", "updated", "posted", "first", "last", "modified", "date", "on", "at", "-", "|", "/",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt",
      "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "eet", "eest", "ist", "jst", "aest", "msk"));
  private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:[ap]\\.?m\\.?)?");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T[\\d:.]{0,12}(?:Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DATE_PREFIX =
      Pattern.compile("(?i)(?:first |last )?(?:published|updated|posted|modified)\\b.{0,80}");

  private PublishedDates() {}

  /** Returns the date a normalised line gives, when the line is only a date (with its decorations). */
  public static Optional<LocalDate> parse(String line) {
    if (line.length() > 100) {
      return Optional.empty();
    }
    String[] tokens = line.toLowerCase(Locale.ROOT).replace(",", " ").split(" +");
    Integer month = null;
    Integer day = null;
    Integer year = null;
    LocalDate iso = null;
    for (String raw : tokens) {
      String token = raw.endsWith(":") ? raw.substring(0, raw.length() - 1) : raw;
      if (token.isEmpty() || NOISE.contains(token) || TIME.matcher(token).matches()) {
        continue;
      }
      java.util.regex.Matcher m = ISO.matcher(token);
      if (m.matches() && iso == null && month == null) {
        iso = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (iso == null) {
          return Optional.empty();
        }
        continue;
      }
      String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
      if (month == null && MONTHS.containsKey(word)) {
        month = MONTHS.get(word);
        continue;
      }
      if (year == null && YEAR.matcher(token).matches()) {
        year = Integer.parseInt(token);
        continue;
      }
      m = DAY.matcher(token);
      if (day == null && m.matches()) {
        day = Integer.parseInt(m.group(1));
        continue;
      }
      return Optional.empty();
    }
    if (iso != null) {
      return month == null && day == null && year == null ? Optional.of(iso) : Optional.empty();
    }
    if (month == null || day == null || year == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(date(year, month, day));
  }

  /**
   * Whether a line looks like a date line the parser could not read ({@code "Published 2 hours ago"}):
   * it begins with Published, Updated, Posted or Modified and is short.
   */
  public static boolean isDateLike(String line) {
    return line.length() <= 100 && DATE_PREFIX.matcher(line).matches() && Text.words(line) <= 10
        && !Text.endsSentence(line);
  }

  // Years the model allows (1000 to 9999); "0999-01-01" is no date.
  private static LocalDate date(int year, int month, int day) {
    if (year < 1000) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
