package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.PublicationTime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One labelled date of a date line, as {@link PublishedDates} reads it token by token: its label, the parts
 * of its date (month, day, year, or a whole date in figures or ISO form), its time, and its zone.
 */
final class DateEntry {
  /** Which time a labelled date gives. */
  enum Label { PUBLISHED, UPDATED }

  Label label;
  Integer month;
  Integer day;
  Integer year;
  LocalDate iso;
  LocalTime time;
  boolean hasMeridiem;
  ZoneOffset isoOffset;
  ZoneId isoRegion;
  TimeZones.Zone zone;
  // a date the line prints again after a whole one ("16 Apr 2024 16 Apr 2024"), with no label of its own
  boolean repeat;
  // a date in figures that either order allows (06/12/2026): its two readings, day first and month first,
  // until the weekday printed beside it picks one
  LocalDate dayFirst;
  LocalDate monthFirst;
  // the day of the week a weekday word of the entry gives (1 Monday to 7 Sunday), or null
  Integer weekday;
  // 'a' or 'p' when a word for the morning or the afternoon stands before the time ("오후 2:30"), or 0
  char meridiemBefore;
  // whether the date is a Thai one (a Thai month, or a Thai word on its line), whose years are of the Buddhist era
  boolean buddhistEra;
  // whether a word said the next number is the month ("tháng 12")
  boolean monthNext;
  // the Buddhist era's years are 543 ahead of the common era's
  private static final int BUDDHIST_ERA_AHEAD = 543;
  private static final int MIN_BUDDHIST_YEAR = 2400;

  // a whole date in one token: in figures (of one reading or two) or in ISO form
  boolean wholeDate() {
    return iso != null || dayFirst != null;
  }

  // a whole date: a day, a month and a year, or a date in figures
  boolean complete() {
    return wholeDate() || month != null && day != null && year != null;
  }

  boolean dated() {
    return month != null || day != null || year != null || wholeDate() || time != null;
  }

  // a zone after the time; zone words before any time are noise, as they were
  boolean zoneToken(String token) {
    if (time == null || zone != null || isoOffset != null) {
      return false;
    }
    Optional<TimeZones.Zone> z = TimeZones.read(token);
    z.ifPresent(found -> zone = found);
    return z.isPresent();
  }

  // the first time of the entry counts; a time that is no time of day is skipped, as before times were read
  void time(int hour, int minute, int second, String meridiem) {
    if (time != null || minute > 59 || second > 59) {
      return;
    }
    if (meridiem == null && meridiemBefore != 0) {
      meridiem = String.valueOf(meridiemBefore);
    }
    if (meridiem != null && hour > 12 && hour < 24 && meridiem.equals("p")) {
      hasMeridiem = true; // "15:24pm": a 24-hour time with a needless pm
    } else if (meridiem != null) {
      if (hour < 1 || hour > 12) {
        return;
      }
      hour = hour % 12 + (meridiem.equals("p") ? 12 : 0);
      hasMeridiem = true;
    } else if (hour > 23) {
      return;
    }
    time = LocalTime.of(hour, minute, second);
  }

  void meridiem(char m) {
    if (time == null || hasMeridiem || time.getHour() < 1 || time.getHour() > 12) {
      return;
    }
    hasMeridiem = true;
    time = time.withHour(time.getHour() % 12 + (m == 'p' ? 12 : 0));
  }

  // 14.03.2024 is day first; with slashes, the order the figures allow (06/06/2014 either way); 06/07/2014 (June 7
  // or July 6) keeps both readings for a weekday to pick
  boolean numeric(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int y = Integer.parseInt(m.group(4));
    y = m.group(4).length() == 2 ? (y < 70 ? 2000 : 1900) + y : y; // 11/13/19: 2019
    boolean first = m.group(2).equals(".") || a > 12;
    if (!first && b <= 12 && a != b) {
      dayFirst = PublishedDates.date(y, b, a);
      monthFirst = PublishedDates.date(y, a, b);
      return dayFirst != null && monthFirst != null;
    }
    iso = first ? PublishedDates.date(y, b, a) : PublishedDates.date(y, a, b);
    return iso != null;
  }

  // Of a date in figures read both ways, the reading in the order the page's other dates in figures show, or null.
  private LocalDate inPageOrder(int order) {
    return order == PageDates.MONTH_FIRST ? monthFirst : order == PageDates.DAY_FIRST ? dayFirst : null;
  }

  // Of a date in figures read both ways, the reading on the weekday the line prints; null when no weekday is
  // printed or it fits both readings or neither.
  private LocalDate onWeekday() {
    if (weekday == null) {
      return null;
    }
    boolean day = dayFirst.getDayOfWeek().getValue() == weekday;
    boolean month = monthFirst.getDayOfWeek().getValue() == weekday;
    return day == month ? null : day ? dayFirst : monthFirst;
  }

  // 2016.12.01, 2016/12/01 or 2016年12月1日: the year first, then the month
  boolean yearFirst(Matcher m) {
    boolean cjk = m.group(2) == null;
    iso = PublishedDates.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(cjk ? 5 : 3)),
        Integer.parseInt(m.group(cjk ? 6 : 4)));
    return iso != null;
  }

  boolean iso(Matcher m) {
    iso = PublishedDates.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    if (iso == null) {
      return false;
    }
    if (m.group(4) == null) {
      return true;
    }
    try {
      LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      if (time == null) {
        time = t;
        hasMeridiem = true;
      }
    } catch (DateTimeException e) {
      return true; // a date with a broken time: the date, as before
    }
    if (m.group(7) != null) {
      String o = m.group(7).equalsIgnoreCase("z") ? "Z" : m.group(7);
      try {
        isoOffset = ZoneOffset.of(o.length() == 5 ? o.substring(0, 3) + ":" + o.substring(3) : o);
      } catch (DateTimeException e) {
        return false;
      }
    }
    if (m.group(8) != null) {
      try {
        ZoneId region = ZoneId.of(m.group(8));
        isoRegion = region instanceof ZoneOffset ? null : region;
      } catch (DateTimeException e) {
        isoRegion = null; // a region this Java does not know: the time stands at its offset
      }
    }
    return true;
  }

  /**
   * The time this entry gives, or null; {@code previous} is the date of the line's entry before it,
   * {@code dayFirstLine} whether the line is in a language that writes a date in figures day first, {@code pageYear}
   * what the page says of its dates.
   */
  PublicationTime build(LocalDate previous, PageDates pageYear, boolean dayFirstLine) {
    LocalDate date;
    if (iso == null && dayFirst != null && (iso = onWeekday()) == null
        && (iso = dayFirstLine && weekday == null ? dayFirst : null) == null
        && (iso = weekday != null ? null : inPageOrder(pageYear.figureOrder())) == null) {
      return null; // "06/07/2014": no date until a weekday, the line's language or the page's dates say which
    }
    if (iso != null) {
      if (month != null || day != null || year != null) {
        return null;
      }
      date = iso;
    } else if (month != null && day != null && year != null) {
      date = PublishedDates.date(buddhistEra && year >= MIN_BUDDHIST_YEAR ? year - BUDDHIST_ERA_AHEAD : year, month,
          day);
    } else if (month != null && day != null && year == null && previous != null) {
      // "Dec 3, 2026 … Updated Dec 4": the year of the date before, or the next when an update would fall before
      // it ("Dec 31, 2026 | Updated Jan 2"; a publication printed after its update is earlier: "Updated Nov 19;
      // Posted Nov 18")
      date = PublishedDates.date(previous.getYear(), month, day);
      date = date != null && date.isBefore(previous) && label == Label.UPDATED
          ? PublishedDates.date(previous.getYear() + 1, month, day) : date;
    } else if (month != null && day != null && year == null && (time != null || label != null)
        && pageYear.year() > 0) {
      date = PublishedDates.date(pageYear.year(), month, day); // "Updated Nov 19, 6:55 AM" on a page printed in 2019
    } else if (month == null && day == null && year == null && time != null && previous != null) {
      date = previous; // "… 6:51 a.m. | Updated 7:02 a.m.": the same day
    } else {
      return null;
    }
    if (date == null) {
      return null;
    }
    if (buddhistEra && date.getYear() >= MIN_BUDDHIST_YEAR) {
      date = date.minusYears(BUDDHIST_ERA_AHEAD); // a Thai date in figures: "08/12/2569"
    }
    if (time == null) {
      return PublicationTime.of(date);
    }
    if (isoOffset != null) {
      return isoRegion == null ? PublicationTime.of(date, time, isoOffset)
          : PublicationTime.of(date, time, isoOffset, isoRegion);
    }
    if (isoRegion != null) {
      return PublicationTime.inZone(date, time, isoRegion);
    }
    return zone == null ? PublicationTime.of(date, time) : zone.at(date, time);
  }
}
