package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.PublicationTime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lines that give a publication or update time and nothing else: {@code "September 28, 2020"},
 * {@code "Published: March 3, 2024 at 5:12 p.m. EST"}, {@code "Updated 14 June 2023, 08:12 GMT+2"},
 * {@code "2020-09-28T14:05:00-05:00"}, and two on one line ({@code "Posted: Nov 3, 2021 6:51 a.m. |
 * Last updated: 7:02 a.m."}). A label ({@code Published}, {@code Posted}, {@code First published};
 * {@code Updated}, {@code Last updated}, {@code Modified}) says which time a date is; a date without one is
 * the publication time. Zones are read by {@link TimeZones}.
 */
final class PublishedDates {
  /**
   * What a date line gives: the publication time, the update time, or both.
   *
   * @param published the time a {@code Published} (or unlabelled) date gives
   * @param updated the time an {@code Updated} date gives
   */
  record Reading(Optional<PublicationTime> published, Optional<PublicationTime> updated) {}

  private static final Set<String> MERIDIEMS = Set.of("am", "pm", "a.m.", "p.m.", "a.m", "p.m");
  // runs of spaces between tokens, compiled once (String.split compiles " +" again on each call)
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.h](\\d{2})(?:[:.](\\d{2}))?(?:([ap])\\.?m\\.?)?");
  private static final Pattern HOUR = Pattern.compile("(\\d{1,2})([ap])\\.?m\\.?");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})"
      + "(?:[.,]\\d{1,9})?)?(Z|z|[+-]\\d{2}:?\\d{2}(?::\\d{2})?)?(?:\\[([^\\]\\s]{1,64})\\])?)?");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|\\.)?");
  // A day, a month and a year in figures: 14.03.2024 (day first), 13/06/2014 or 06/13/2014 (whichever
  // reading the figures allow; 06/07/2014 allows both, and is no date); with slashes, the year may have two
  // figures (11/13/19), as American pages print it.
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}|(?<=/\\d{1,2}/)\\d{2})");
  // Year first: 2016.12.01, 2016/12/01, and the Chinese and Japanese 2016年12月1日.
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "(\\d{4})(?:([./])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");
  // A year, perhaps as an ordinal ("2026." in Croatian, Serbian, Hungarian and Latvian dates).
  private static final Pattern YEAR = Pattern.compile("\\d{4}\\.?");
  // A text whose year is not asked for: a date needs its own.
  private static final PageDates NO_YEAR = PageDates.NONE;
  // The reading time a blog prints beside its date: "· 8 min read".
  private static final Pattern READING_TIME = Pattern.compile("(?i)\\b\\d{1,3} ?(?:min|mins|minutes?) read\\b");
  private static final Pattern DATE_PREFIX =
      Pattern.compile("(?i)(?:first |last )?(?:published|updated|posted|modified)\\b.{0,80}");

  // A label the parser does not know, without a colon: one word of at least this many letters.
  private static final int MIN_BARE_LABEL = 4;
  // A label the parser does not know: at most this many words, ending within this many characters.
  static final int MAX_OTHER_LABEL_WORDS = 3;
  private static final int MAX_OTHER_LABEL = 40;

  private PublishedDates() {}

  /** Returns what a normalised line gives, when the line is only dates (with their labels and decorations). */
  public static Optional<Reading> parse(String line) {
    return parseDates(line, NO_YEAR);
  }

  /**
   * As {@link #parse(String)}, on a page that prints the year {@code pageYear} gives (0 when it prints none,
   * see {@link PageDates#year}; asked only for a date without a year, so that most parses never read the page for
   * it): a labelled or timed date without a year ({@code Updated Nov 19, 6:55 AM}) is in that
   * year, for a site prints the year only of dates of other years; and a date in figures that either order
   * allows is read in the order the page's other dates in figures show ({@link PageDates#figureOrder}).
   */
  static Optional<Reading> parse(String line, PageDates pageYear) {
    return parseDates(line, pageYear);
  }

  /**
   * The date line an agency prints with its place first, in capitals, and the time: {@code "ROME, 23 settembre
   * 2025, 13:42"}. A place and a date without a time ({@code "LONDON, 12 May 2025"}) may be an item of a
   * list in the article, and is not read.
   */
  static Optional<Reading> placeFirst(String line, PageDates pageYear) {
    if (line.length() < 4 || !Character.isUpperCase(line.charAt(0)) || !Character.isUpperCase(line.charAt(1))) {
      return Optional.empty();
    }
    Matcher place = PLACE_FIRST.matcher(line);
    return place.lookingAt() ? parseDates(line.substring(place.end()), pageYear)
        .filter(r -> r.published().flatMap(PublicationTime::time).isPresent()) : Optional.empty();
  }

  // A place in capitals and a comma before a date: one to three words.
  private static final Pattern PLACE_FIRST = Pattern.compile(
      "\\p{Lu}[\\p{Lu}\\p{M}'’.-]+(?: \\p{Lu}[\\p{Lu}\\p{M}'’.-]+){0,2}, ");

  // A date label and nothing else: "Updated", "Last updated:", "Published on".
  static boolean isLabelAlone(String line) {
    if (line.length() > 40) {
      return false;
    }
    boolean says = false;
    for (String raw : SPACES.split(line)) {
      String token = (raw.endsWith(":") ? raw.substring(0, raw.length() - 1) : raw).toLowerCase(Locale.ROOT);
      if (DateWords.PUBLISHED_LABELS.contains(token) || DateWords.UPDATED_LABELS.contains(token)) {
        says = true;
      } else if (!DateWords.LABEL_WORDS.contains(token) && !DateWords.NOISE.contains(token)) {
        return false;
      }
    }
    return says;
  }

  /**
   * Returns the publication time behind a label this class does not know, in any language: one to
   * {@value #MAX_OTHER_LABEL_WORDS} words of letters, a colon, and a date, perhaps in brackets
   * ({@code Fecha: 2018-08-25 15:24}, {@code 기사입력 :[ 2018-08-25 15:24 ]}). The segmenter asks this after
   * the readers of other labelled lines ({@code Published under:}, credits), which keep their lines.
   */
  static Optional<Reading> parseAfterLabel(String line) {
    int ascii = line.indexOf(':');
    int wide = line.indexOf('：'); // the full-width colon of Chinese and Japanese pages
    int colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    if (colon <= 0 || colon > MAX_OTHER_LABEL) {
      return Optional.empty();
    }
    String label = line.substring(0, colon).strip();
    int words = label.isEmpty() ? 0 : SPACES.split(label).length;
    if (words == 0 || words > MAX_OTHER_LABEL_WORDS || label.chars().anyMatch(c -> !Character.isLetter(c) && c != ' ')) {
      return Optional.empty();
    }
    String rest = line.substring(colon + 1).strip();
    if (rest.length() > 2 && "[(".indexOf(rest.charAt(0)) >= 0 && "])".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
      rest = rest.substring(1, rest.length() - 1).strip();
    }
    return parseDates(rest, NO_YEAR).filter(r -> r.updated().isEmpty());
  }

  private static Optional<Reading> parseDates(String line, PageDates pageYear) {
    if (line.length() > 160 || !hasDigit(line)) {
      return Optional.empty(); // every date has a digit: most lines are told apart before they are split
    }
    if (line.contains(" read") || line.contains(" Read")) {
      line = READING_TIME.matcher(line).replaceAll(" "); // "Oct 18, 2019 · 8 min read"
    }
    boolean plain = DateScripts.plain(line); // most lines: no figure, letter or bracket of another script
    line = plain ? line : DateScripts.westernDigits(line);
    if (line.contains(". m.")) {
      line = line.replace("a. m.", "a.m.").replace("p. m.", "p.m."); // Spanish: "11:02 a. m."
    }
    line = plain ? line : DateScripts.labelsAfter(line);
    List<DateEntry> entries = new ArrayList<>(2);
    DateEntry entry = new DateEntry();
    entries.add(entry);
    boolean dayFirst = false; // whether a word of the line is of a language that writes the day first
    String[] raws = SPACES.split(line.replace(",", " ").replace(";", " ").replace('،', ' '));
    for (int r = 0; r < raws.length; r++) {
      String raw = raws[r];
      String original = brackets(raw.endsWith(":") ? raw.substring(0, raw.length() - 1) : raw);
      if (original.length() > 3 && Character.isDigit(original.charAt(0))) {
        original = DateScripts.withoutWeekday(original); // "2026年12月8日(火)"
      } else if (original.length() > 2 && original.charAt(1) == '-') {
        original = DateScripts.withoutPrefix(original); // "ב-8"
      }
      if (original.length() > 1 && original.charAt(0) == '@' && Character.isDigit(original.charAt(1))) {
        original = original.substring(1); // "Nov 18, 2019 @17:19": the time after an at sign
      }
      String token = original.toLowerCase(Locale.ROOT);
      if (token.isEmpty()) {
        continue;
      }
      String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token; // "godz.", "Dec."
      if (DateWords.LABEL_WORDS.contains(token) && r == raws.length - 1 && entry.dated() && entry.label == null
          && token.charAt(0) >= DateScripts.CJK_START) {
        token = DateScripts.LABEL_AFTER + token; // "2026/12/03 19:12 更新": a label closing the line names its date
      }
      if (token.charAt(0) == DateScripts.LABEL_AFTER) {
        // a label printed after the date it names ("12月4日 06:30更新"): that date's, which is then no repeat
        String label = token.substring(1);
        if (entry.label != null || !entry.dated()) {
          return Optional.empty();
        }
        entry.label = DateWords.UPDATED_LABELS.contains(label) ? DateEntry.Label.UPDATED : DateEntry.Label.PUBLISHED;
        entry.repeat = false;
        continue;
      }
      dayFirst |= DateWords.DAY_FIRST_WORDS.contains(token) || DateWords.DAY_FIRST_WORDS.contains(word);
      if (DateWords.LABEL_WORDS.contains(token)) {
        if (entry.dated()) {
          entry = new DateEntry();
          entries.add(entry);
        }
        if (DateWords.PUBLISHED_LABELS.contains(token)) {
          entry.label = DateEntry.Label.PUBLISHED;
        } else if (DateWords.UPDATED_LABELS.contains(token)) {
          entry.label = DateEntry.Label.UPDATED;
        }
        continue;
      }
      Integer weekday = DateWords.WEEKDAYS.get(token);
      if (weekday != null) {
        entry.weekday = weekday;
      }
      if (entry.zoneToken(token) || DateWords.NOISE.contains(token) || TimeZones.isAbbreviation(token)) {
        continue;
      }
      if (entry.complete() && startsDate(original, token)) {
        // "16 Apr 2024 16 Apr 2024": a layout that prints its date twice; a second date of the line opens
        // an entry of its own, which must repeat the first (below)
        entry = new DateEntry();
        entry.repeat = true;
        entries.add(entry);
      }
      if (MERIDIEMS.contains(token)) {
        entry.meridiem(token.charAt(0));
        continue;
      }
      Character before = DateWords.MERIDIEMS_BEFORE.get(token);
      if (before != null && entry.time == null) {
        entry.meridiemBefore = before;
        continue;
      }
      if (DateWords.MONTH_BEFORE_NUMBER.contains(token) && entry.month == null) {
        entry.monthNext = true;
        continue;
      }
      Matcher m = TIME.matcher(token);
      if (m.matches()) {
        entry.time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.group(4));
        continue;
      }
      m = HOUR.matcher(token);
      if (m.matches()) {
        entry.time(Integer.parseInt(m.group(1)), 0, 0, m.group(2));
        continue;
      }
      m = NUMERIC.matcher(original);
      if (m.matches() && !entry.wholeDate() && entry.month == null) {
        if (!entry.numeric(m)) {
          return Optional.empty();
        }
        continue;
      }
      m = YEAR_FIRST.matcher(original);
      if (m.matches() && !entry.wholeDate() && entry.month == null) {
        if (!entry.yearFirst(m)) {
          return Optional.empty();
        }
        continue;
      }
      m = ISO.matcher(original);
      if (m.matches() && !entry.wholeDate() && entry.month == null) {
        if (!entry.iso(m)) {
          return Optional.empty();
        }
        continue;
      }
      if (entry.month == null && DateWords.MONTHS.containsKey(word)) {
        entry.month = DateWords.MONTHS.get(word);
        entry.buddhistEra = DateWords.BUDDHIST_ERA_MONTHS.contains(word);
        continue;
      }
      if (original.length() > 1 && original.length() <= 16 && DateScripts.cjkParts(entry, original)) {
        continue;
      }
      // (an ordinal year goes on with more words: a line that ends "2015." is a sentence's end)
      if (entry.year == null && YEAR.matcher(token).matches() && !(token.endsWith(".") && line.endsWith(token))) {
        entry.year = Integer.parseInt(token.substring(0, 4));
        continue;
      }
      m = DAY.matcher(token);
      if (entry.monthNext && entry.month == null && m.matches() && Integer.parseInt(m.group(1)) <= 12) {
        entry.month = Integer.parseInt(m.group(1)); // "ngày 8 tháng 12 năm 2026"
        continue;
      }
      if (entry.day == null && m.matches()) {
        entry.day = Integer.parseInt(m.group(1));
        continue;
      }
      if (entry.month == null && m.matches() && token.endsWith(".") && Integer.parseInt(m.group(1)) <= 12) {
        entry.month = Integer.parseInt(m.group(1)); // "6. 12. 2026": the day, then the month, in ordinals
        continue;
      }
      return Optional.empty();
    }
    PublicationTime published = null;
    PublicationTime updated = null;
    LocalDate previous = null;
    PublicationTime last = null;
    boolean thai = !plain && DateScripts.thai(line);
    for (DateEntry e : entries) {
      e.buddhistEra |= thai;
      PublicationTime time = e.build(previous, pageYear, dayFirst);
      if (time == null) {
        return Optional.empty();
      }
      if (e.repeat) {
        if (!time.date().equals(last.date()) || e.time != null && !time.equals(last)) {
          return Optional.empty(); // two dates, neither labelled as the other's update: which is the article's?
        }
        continue;
      }
      previous = time.date();
      last = time;
      if (e.label == DateEntry.Label.UPDATED) {
        if (updated != null) {
          return Optional.empty();
        }
        updated = time;
      } else {
        if (published != null) {
          return Optional.empty();
        }
        published = time;
      }
    }
    return Optional.of(new Reading(Optional.ofNullable(published), Optional.ofNullable(updated)));
  }

  /**
   * The publication time behind one word this class does not know, without a colon: one capitalised word of
   * letters, then a whole date in figures (a day, a month and a year) and its time ({@code Publikované 4. 12. 2026
   * 18:20}). A line of an article's text may read so too ("Closed 4.12.2026 18:00"): the segmenter asks this only
   * of the lines of the article's head, above its first paragraph.
   */
  static Optional<Reading> parseAfterWord(String line) {
    int space = line.indexOf(' ');
    if (space < MIN_BARE_LABEL || space > MAX_OTHER_LABEL || space + 1 >= line.length()
        || !Character.isDigit(line.charAt(space + 1)) || !bareLabel(line, space)) {
      return Optional.empty();
    }
    return parseDates(line.substring(space + 1).strip(), NO_YEAR)
        .filter(r -> r.updated().isEmpty() && r.published().flatMap(PublicationTime::time).isPresent());
  }

  // Whether the line opens with a word of letters alone, the first a capital, ending at index end.
  private static boolean bareLabel(String line, int end) {
    if (!Character.isUpperCase(line.codePointAt(0))) {
      return false;
    }
    for (int k = 0; k < end; k++) {
      if (!Character.isLetter(line.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a line looks like a date line the parser could not read ({@code "Published 2 hours ago"}):
   * it begins with Published, Updated, Posted or Modified and is short.
   */
  public static boolean isDateLike(String line) {
    return line.length() <= 100 && DATE_PREFIX.matcher(line).matches() && Text.words(line) <= 10
        && !Text.endsSentence(line);
  }

  // The token without the round brackets around it: "(modifica" and "09:12)" in "(modifica il 15 marzo |
  // 09:12)". Square brackets stay: the writer prints a region so ("…-04:00[America/New_York]").
  private static String brackets(String token) {
    int a = 0;
    int b = token.length();
    while (a < b && token.charAt(a) == '(') {
      a++;
    }
    while (b > a && token.charAt(b - 1) == ')') {
      b--;
    }
    return token.substring(a, b);
  }

  // Whether a token begins a date (a day, a month, a year, a date in figures), not a time or a zone of it.
  private static boolean startsDate(String original, String token) {
    String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
    return DateWords.MONTHS.containsKey(word) || YEAR.matcher(token).matches() || DAY.matcher(token).matches()
        || NUMERIC.matcher(original).matches() || YEAR_FIRST.matcher(original).matches()
        || ISO.matcher(original).matches() || DateScripts.opensDate(original);
  }

  private static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  // Years the model allows (1000 to 9999); "0999-01-01" is no date.
  static LocalDate date(int year, int month, int day) {
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
