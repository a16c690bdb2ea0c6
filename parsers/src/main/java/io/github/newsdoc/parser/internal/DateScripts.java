package io.github.newsdoc.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of date lines in other scripts than the Latin, as {@link PublishedDates} reads them: figures of other
 * scripts, the Chinese, Japanese and Korean words of a date's units after its figures, the weekday in brackets
 * after a date, and the Hebrew preposition glued to a day.
 */
final class DateScripts {
  private DateScripts() {}

  // Parts of a date or a time in figures with the Chinese, Japanese or Korean word of their unit after them,
  // alone or glued ("2026년 12월 8일", "12月8日", "14時30分"), perhaps with the weekday in brackets ("8日(火)").
  private static final Pattern CJK_PART = Pattern.compile("(\\d{1,4})([年년月월日일時时시分분])");
  private static final Pattern CJK_WEEKDAY = Pattern.compile("[(（][^()（）]{1,3}[)）]?$");
  // The one-letter Hebrew preposition glued to a day by a hyphen: "ב-8 בדצמבר".
  private static final Pattern HEBREW_PREFIX = Pattern.compile("[\u05d0-\u05ea]-(?=\\d)");
  /** Marks a label printed right after a date's figures, as Japanese pages print it ("06:30更新"). */
  static final char LABEL_AFTER = '\u0001';
  /** The first character of the Chinese, Japanese and Korean scripts' blocks (and of their punctuation). */
  static final char CJK_START = '\u3000';
  // the part of a date a token opens with, in figures and its unit: "12月", "4日", "2026년"
  private static final Pattern DATE_PART = Pattern.compile("\\d{1,4}[年년月월日일]");
  // a label of the Chinese, Japanese and Korean words glued after a figure, and the full-width brackets around it
  private static final Pattern GLUED_LABEL = Pattern.compile("(?<=\\d)(更新|公開|配信|発表|修正)");

  // The line with its full-width brackets spaced as round ones and each label glued after a figure marked as a token
  // of its own (LABEL_AFTER then the label): "19:12（12月4日 06:30更新）" reads "19:12 (12月4日 06:30 \u0001更新) ".
  static String labelsAfter(String line) {
    if (line.indexOf('（') >= 0) {
      line = line.replace("（", " (").replace("）", ") ");
    }
    return line.indexOf('更') < 0 && line.indexOf('公') < 0 && line.indexOf('配') < 0 && line.indexOf('発') < 0
        && line.indexOf('修') < 0 ? line : GLUED_LABEL.matcher(line).replaceAll(" " + LABEL_AFTER + "$1");
  }

  // Whether the token opens with a part of a date in figures and its unit ("12月4日"): a date of its own.
  static boolean opensDate(String token) {
    return DATE_PART.matcher(token).lookingAt();
  }

  // Whether every character of the line is below the Arabic-Indic figures or general punctuation (dashes, quotation
  // marks): no figure, letter or bracket this class reads differently. One pass over most lines, which are so.
  static boolean plain(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '\u0660' && (c < '\u2000' || c > '\u206f')) {
        return false;
      }
    }
    return true;
  }

  // Whether the line holds a Thai letter: its dates' years are of the Buddhist era.
  static boolean thai(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '\u0e01' && c <= '\u0e5b') {
        return true;
      }
    }
    return false;
  }

  // The token without the weekday in brackets after it: "8日" of "8日(火)" (or of "8日(火", whose closing bracket
  // went with the brackets around the token).
  static String withoutWeekday(String token) {
    return CJK_WEEKDAY.matcher(token).replaceFirst("");
  }

  // The token without a one-letter Hebrew preposition and its hyphen before a figure: "8" of "ב-8".
  static String withoutPrefix(String token) {
    return HEBREW_PREFIX.matcher(token).replaceFirst("");
  }

  // Reads a token made only of figures with their units ("2026년", "12月8日", "14時30分") into the entry; false,
  // and the entry untouched, when the token is something else.
  static boolean cjkParts(DateEntry entry, String token) {
    Matcher m = CJK_PART.matcher(token);
    int end = 0;
    int[] parts = {-1, -1, -1, -1, -1}; // year, month, day, hour, minute
    while (m.find() && m.start() == end) {
      int k = switch (m.group(2)) {
        case "年", "년" -> 0;
        case "月", "월" -> 1;
        case "日", "일" -> 2;
        case "時", "时", "시" -> 3;
        default -> 4;
      };
      if (parts[k] >= 0) {
        return false;
      }
      parts[k] = Integer.parseInt(m.group(1));
      end = m.end();
    }
    if (end != token.length() || parts[0] >= 0 && (entry.year != null || parts[0] < 1000)
        || parts[1] >= 0 && (entry.month != null || parts[1] > 12) || parts[2] >= 0 && entry.day != null) {
      return false;
    }
    if (parts[4] >= 0 && parts[3] < 0) {
      // "2시 30분": the minutes of the hour read just before
      if (entry.time == null || entry.time.getMinute() != 0 || parts[4] > 59) {
        return false;
      }
      entry.time = entry.time.withMinute(parts[4]);
      return true;
    }
    if (parts[3] >= 0 && (entry.time != null || parts[3] > 23 || parts[4] > 59)) {
      return false; // "25時", "14時99分": no time of day, and no date line
    }
    entry.year = parts[0] >= 0 ? Integer.valueOf(parts[0]) : entry.year;
    entry.month = parts[1] >= 0 ? Integer.valueOf(parts[1]) : entry.month;
    entry.day = parts[2] >= 0 ? Integer.valueOf(parts[2]) : entry.day;
    if (parts[3] >= 0) {
      entry.time(parts[3], Math.max(0, parts[4]), 0, null);
    }
    return true;
  }

  // The line with its figures of other scripts (Arabic-Indic, Persian, Devanagari, Thai) as 0-9: a date's
  // figures are read in any script.
  static String westernDigits(String line) {
    StringBuilder b = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 0x80 && Character.isDigit(c)) {
        if (b == null) {
          b = new StringBuilder(line);
        }
        b.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return b == null ? line : b.toString();
  }
}
