package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article was published or updated, as precisely as the page says: a date, optionally the time of
 * day, optionally the UTC offset the time is in and, with an offset, the region whose clock it is.
 *
 * <p>The string form is ISO-8601, with the region in brackets as RFC 9557 and
 * {@link java.time.format.DateTimeFormatter#ISO_ZONED_DATE_TIME} write it: {@code 2024-03-14},
 * {@code 2024-03-14T18:45}, {@code 2024-03-14T18:45-04:00},
 * {@code 2024-03-14T18:45-04:00[America/New_York]}. Seconds are printed only when they are not zero
 * ({@code 2024-03-14T18:45:30}); UTC is written {@code Z}. {@link #parse(String)} reads every string
 * {@link #toString()} writes, and the JSON form is that string.
 *
 * <pre>{@code
 * PublicationTime day = PublicationTime.of(LocalDate.of(2024, 3, 14));
 * PublicationTime exact = PublicationTime.parse("2024-03-14T18:45-04:00[America/New_York]");
 * }</pre>
 *
 * <p>Invariants: an offset or a region needs a time, a region needs an offset and the time has no fraction of a
 * second. An offset is written with seconds only when it has them (the local mean time of a region before
 * standard time, {@code -04:56:02}). The offset is not checked against the region's rules,
 * which change between time-zone database versions.
 */
public final class PublicationTime {
  private static final Pattern FORM = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}(?::\\d{2})?)(Z|[+-]\\d{2}:\\d{2}(?::\\d{2})?)?(?:\\[([^\\]]*)\\])?)?");

  private final LocalDate date;
  private final LocalTime time;
  private final ZoneOffset offset;
  private final ZoneId zone;

  private PublicationTime(LocalDate date, LocalTime time, ZoneOffset offset, ZoneId zone) {
    this.date = Objects.requireNonNull(date, "date");
    if (time != null && time.getNano() != 0) {
      throw new IllegalArgumentException("time: must be whole seconds, but was " + time);
    }
    if (offset != null && time == null) {
      throw new IllegalArgumentException("offset: an offset needs a time, but the time is absent");
    }
    if (zone != null) {
      if (zone instanceof ZoneOffset) {
        throw new IllegalArgumentException("zone: must be a region such as America/New_York, but was the offset "
            + zone);
      }
      if (offset == null) {
        throw new IllegalArgumentException("zone: a region needs an offset, but the offset is absent");
      }
    }
    this.time = time;
    this.offset = offset;
    this.zone = zone;
  }

  /**
   * Returns a date without a time.
   *
   * @throws NullPointerException if {@code date} is null
   */
  public static PublicationTime of(LocalDate date) {
    return new PublicationTime(date, null, null, null);
  }

  /**
   * Returns a date and a local time, in no stated zone.
   *
   * @throws IllegalArgumentException if the time has a fraction of a second
   * @throws NullPointerException if an argument is null
   */
  public static PublicationTime of(LocalDate date, LocalTime time) {
    return new PublicationTime(date, Objects.requireNonNull(time, "time"), null, null);
  }

  /**
   * Returns a date and a time at a UTC offset.
   *
   * @throws IllegalArgumentException if the time has a fraction of a second
   * @throws NullPointerException if an argument is null
   */
  public static PublicationTime of(LocalDate date, LocalTime time, ZoneOffset offset) {
    return new PublicationTime(date, Objects.requireNonNull(time, "time"), Objects.requireNonNull(offset, "offset"),
        null);
  }

  /**
   * Returns a date and a time at a UTC offset, on the clock of a region.
   *
   * @param zone a region id such as {@code America/New_York}, not a bare offset
   * @throws IllegalArgumentException if the time has a fraction of a second or the zone is an offset
   * @throws NullPointerException if an argument is null
   */
  public static PublicationTime of(LocalDate date, LocalTime time, ZoneOffset offset, ZoneId zone) {
    return new PublicationTime(date, Objects.requireNonNull(time, "time"), Objects.requireNonNull(offset, "offset"),
        Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Returns a date and time in a region, with the offset the region's rules give for that local time (the
   * earlier offset when clocks go back, the one before the change when they go forward).
   *
   * @throws IllegalArgumentException if the time has a fraction of a second or the zone is an offset
   * @throws NullPointerException if an argument is null
   */
  public static PublicationTime inZone(LocalDate date, LocalTime time, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    LocalDateTime local = LocalDateTime.of(date, Objects.requireNonNull(time, "time"));
    return new PublicationTime(date, time, zone.getRules().getOffset(local), zone);
  }

  /**
   * Reads the ISO-8601 form {@link #toString()} writes: {@code 2024-03-14}, {@code 2024-03-14T18:45},
   * {@code 2024-03-14T18:45:30}, {@code 2024-03-14T18:45Z}, {@code 2024-03-14T18:45-04:00} or
   * {@code 2024-03-14T18:45-04:00[America/New_York]}.
   *
   * @throws IllegalArgumentException if the text is not in that form, or names no real date, time, offset or
   *     region; the message says which part is wrong
   * @throws NullPointerException if {@code text} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PublicationTime parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected an ISO-8601 date (2024-03-14), date and time (2024-03-14T18:45),"
          + " optionally with an offset (-04:00 or Z) and a region ([America/New_York]), but was '" + text + "'");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(1));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + m.group(1) + "' is no date of the calendar, in '" + text + "'");
    }
    LocalTime time = null;
    if (m.group(2) != null) {
      try {
        time = LocalTime.parse(m.group(2));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("'" + m.group(2) + "' is no time of day, in '" + text + "'");
      }
    }
    ZoneOffset offset = null;
    if (m.group(3) != null) {
      try {
        offset = ZoneOffset.of(m.group(3));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("'" + m.group(3) + "' is no UTC offset, in '" + text + "'");
      }
    }
    ZoneId zone = null;
    if (m.group(4) != null) {
      if (offset == null) {
        throw new IllegalArgumentException("a region needs an offset before it, as in 2024-03-14T18:45-04:00"
            + "[America/New_York], but was '" + text + "'");
      }
      try {
        zone = ZoneId.of(m.group(4));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("'" + m.group(4) + "' is no known time-zone region, in '" + text + "'");
      }
    }
    return new PublicationTime(date, time, offset, zone);
  }

  /** The calendar date. */
  public LocalDate date() {
    return date;
  }

  /** The time of day, when the page gives it; whole seconds, usually whole minutes. */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /** The UTC offset of the {@linkplain #time() time}, when the page states one (or a zone that implies one). */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /** The region whose clock the time is on ({@code America/New_York}), when the page's zone implies one. */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /** The instant, as a date-time at its offset, when the time and offset are known. */
  public Optional<OffsetDateTime> toOffsetDateTime() {
    return offset == null ? Optional.empty() : Optional.of(OffsetDateTime.of(date, time, offset));
  }

  /** The date-time in its region, when the region is known. */
  public Optional<ZonedDateTime> toZonedDateTime() {
    return zone == null ? Optional.empty()
        : Optional.of(ZonedDateTime.ofStrict(LocalDateTime.of(date, time), offset, zone));
  }

  /** Returns a copy with this date and the same time, offset and region. */
  public PublicationTime withDate(LocalDate date) {
    return new PublicationTime(date, time, offset, zone);
  }

  /** Returns the date alone, without time, offset or region. */
  public PublicationTime dateOnly() {
    return time == null ? this : of(date);
  }

  /** Two publication times are equal when their date, time, offset and region are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PublicationTime)) {
      return false;
    }
    PublicationTime other = (PublicationTime) o;
    return date.equals(other.date) && Objects.equals(time, other.time) && Objects.equals(offset, other.offset)
        && Objects.equals(zone, other.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, time, offset, zone);
  }

  /**
   * Returns the ISO-8601 form: {@code 2024-03-14}, {@code 2024-03-14T18:45}, {@code 2024-03-14T18:45:30},
   * {@code 2024-03-14T18:45-04:00} or {@code 2024-03-14T18:45-04:00[America/New_York]}.
   */
  @JsonValue
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(date.toString());
    if (time != null) {
      b.append('T').append(time);
    }
    if (offset != null) {
      b.append(offset.getId());
    }
    if (zone != null) {
      b.append('[').append(zone.getId()).append(']');
    }
    return b.toString();
  }
}
