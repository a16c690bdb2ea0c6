package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The entries of a live page (a live blog, a storm's or a count's running report): each entry prints its time
 * stamp, a line that is only a clock time ('11:31 AM EST', '14:52'), then its headline, then its text. The
 * headline is no sentence and may be short enough to look like a link, but it heads the entry's text as a
 * subheading heads a section: it is the article's, and the time stamp the page's. A page is live when it
 * prints at least {@value #MIN_ENTRIES} such entries; one time stamp over a short line (a clock in the
 * masthead over a menu) is no live page. Linear in the lines.
 */
final class LiveEntries {
  // A clock time alone, with its half of the day and a zone: '8:42 PM', '11:31 AM EST', '14:52', '09.15 uur'
  // is not one (a word after the time). Bounded, no nested repetition: linear.
  private static final Pattern STAMP = Pattern.compile(
      "(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?<half> ?[ap]\\.? ?m\\.?)?"
          + "(?: (?<zone>[a-z]{2,5}|(?:gmt|utc)[+-]\\d{1,2}(?::?\\d{2})?))?");
  /** The rule of an entry's headline. */
  static final String RULE = "page:live-entry";
  /** A page prints at least this many entries to be live. */
  static final int MIN_ENTRIES = 3;
  // An entry's headline has at least this many words.
  private static final int MIN_WORDS = 2;

  private LiveEntries() {}

  /**
   * The headlines of a live page's entries: lines no rule claimed, each right under an unclaimed time stamp
   * and right over a line of prose (value above zero), of at least {@value #MIN_WORDS} words, not prose
   * themselves, ending with no full stop and naming nothing of the site's interface; all false unless the page
   * prints at least {@value #MIN_ENTRIES} of them.
   */
  static boolean[] headlines(LineMeasures shapes, LineRole[] roles, long[] values) {
    int n = values.length;
    boolean[] headline = new boolean[n];
    int entries = 0;
    for (int k = 1; k + 1 < n; k++) {
      if (roles[k] == null && values[k] <= 0 && roles[k + 1] == null && values[k + 1] > 0
          && roles[k - 1] == null && isStamp(shapes.text(k - 1)) && isHeadline(shapes.text(k))) {
        headline[k] = true;
        entries++;
      }
    }
    return entries >= MIN_ENTRIES ? headline : new boolean[n];
  }

  /**
   * Marks the headlines of a live page's entries ({@link #headlines}) in {@code between}, the lines inside the
   * article's run that are its own, and takes their time stamps out of it; returns the headlines.
   */
  static boolean[] mark(LineMeasures shapes, LineRole[] roles, long[] values, boolean[] between) {
    boolean[] headline = headlines(shapes, roles, values);
    for (int k = 1; k < headline.length; k++) {
      if (headline[k]) {
        between[k] = true;
        between[k - 1] = false;
      }
    }
    return headline;
  }

  /** The first line of the article's run {@code from}, moved up to the headline of the entry it opens. */
  static int opening(boolean[] headline, int from) {
    return from > 0 && headline[from - 1] ? from - 1 : from;
  }

  /** Whether a line is only a clock time, with its half of the day and a zone if it prints them. */
  static boolean isStamp(String text) {
    if (text.length() > 20) {
      return false;
    }
    var m = STAMP.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches() || m.group("zone") != null && TimeZones.read(m.group("zone")).isEmpty()) {
      return false;
    }
    int hour = Integer.parseInt(m.group("hour"));
    return hour <= (m.group("half") != null ? 12 : 23) && Integer.parseInt(m.group("minute")) <= 59;
  }

  // A headline: some words, no full stop, naming nothing of the site's interface, and no name of a person alone
  // (a live page may print each entry's author under its time stamp).
  private static boolean isHeadline(String text) {
    int words = Text.words(text);
    return words >= MIN_WORDS && !text.endsWith(".") && !text.endsWith("…") && !Notices.namesInterface(text)
        && !(words <= 3 && BylineNames.isName(text));
  }
}
