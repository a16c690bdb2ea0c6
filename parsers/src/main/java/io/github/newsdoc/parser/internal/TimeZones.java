package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.PublicationTime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zones a date line prints after its time: abbreviations from the table {@code words/time-zones.txt}
 * ({@code EDT}, {@code GMT}, {@code IST}), UTC with an offset ({@code GMT+2}, {@code UTC-05:30}) and bare
 * offsets ({@code +05:30}, {@code -0500}). An abbreviation several zones share keeps the time without an offset.
 */
final class TimeZones {
  // what the table says of one abbreviation: an offset, a region, both, or neither (ambiguous)
  private record Entry(ZoneOffset offset, ZoneId region) {}

  private static final Map<String, Entry> TABLE = table();
  private static final Pattern SHIFTED = Pattern.compile("(?:gmt|utc)([+-])(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})");

  private TimeZones() {}

  private static Map<String, Entry> table() {
    Map<String, Entry> table = new HashMap<>();
    for (String entry : WordList.load("time-zones")) {
      String[] parts = entry.split("\\s+");
      ZoneOffset offset = null;
      ZoneId region = null;
      for (int i = 1; i < parts.length; i++) {
        if (parts[i].equals("ambiguous")) {
          continue;
        } else if (parts[i].startsWith("+") || parts[i].startsWith("-")) {
          offset = ZoneOffset.of(parts[i]);
        } else {
          region = ZoneId.of(parts[i]);
        }
      }
      table.put(parts[0], new Entry(offset, region));
    }
    return Map.copyOf(table);
  }

  /** A zone read from a token: what it says of the time's offset and region, if anything. */
  static final class Zone {
    private final ZoneOffset offset;
    private final ZoneId region;

    private Zone(ZoneOffset offset, ZoneId region) {
      this.offset = offset;
      this.region = region;
    }

    /** The time on a date in this zone: with its offset (and region) when the zone fixes them. */
    PublicationTime at(LocalDate date, LocalTime time) {
      if (region != null && offset == null) {
        return PublicationTime.inZone(date, time, region);
      }
      if (offset == null) {
        return PublicationTime.of(date, time);
      }
      return region == null ? PublicationTime.of(date, time, offset) : PublicationTime.of(date, time, offset, region);
    }
  }

  /**
   * Reads a zone from one token of a date line (lower case, brackets and parentheses around it allowed), or
   * nothing when the token is no zone.
   */
  /** Whether the (lower-case) token is an abbreviation of the table: a date line's word, with or without a time. */
  static boolean isAbbreviation(String lower) {
    return TABLE.containsKey(lower);
  }

  static Optional<Zone> read(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (t.startsWith("(") && t.endsWith(")") && t.length() > 2) {
      t = t.substring(1, t.length() - 1);
    }
    Entry entry = TABLE.get(t);
    if (entry != null) {
      return Optional.of(new Zone(entry.offset(), entry.region()));
    }
    Matcher m = SHIFTED.matcher(t);
    if (m.matches()) {
      return offset(m.group(1), m.group(2), m.group(3) == null ? "0" : m.group(3));
    }
    m = OFFSET.matcher(t);
    if (m.matches()) {
      return offset(m.group(1), m.group(2), m.group(3));
    }
    return Optional.empty();
  }

  private static Optional<Zone> offset(String sign, String hours, String minutes) {
    try {
      int h = Integer.parseInt(hours);
      int m = Integer.parseInt(minutes);
      if (m > 59) {
        return Optional.empty();
      }
      int sgn = sign.equals("-") ? -1 : 1;
      return Optional.of(new Zone(ZoneOffset.ofHoursMinutes(sgn * h, sgn * m), null));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
