package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.PublicationTime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a time we read with the structure gold's ({@code 2019-11-18}, {@code 2019-11-18T14:05},
 * {@code 2019-11-18T14:05 EST}): the date must match; when the gold has a time, ours must be the same hour and
 * minute; when the gold prints a zone, our offset or region must agree with it. An abbreviation that several
 * zones share (IST, CST) agrees with no offset or with one of its zones' offsets; any other known zone needs
 * our offset (or region) to be its own. A zone this table does not know is not judged.
 */
final class GoldTimes {
  // what a printed zone may mean: its offsets, its region, and whether we may leave the offset out
  private record Meaning(List<ZoneOffset> offsets, ZoneId region, boolean ambiguous) {}

  private static final Pattern GOLD = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2})(?:\\s+(\\S+))?)?");
  private static final Pattern SHIFT = Pattern.compile("(?:gmt|utc)?([+-])(\\d{1,2})(?::?(\\d{2}))?");
  private static final Map<String, Meaning> ZONES = Map.ofEntries(
      fixed("gmt", "+00:00"), fixed("utc", "+00:00"), fixed("z", "+00:00"),
      region("et", "America/New_York"), named("est", "-05:00", "America/New_York"),
      named("edt", "-04:00", "America/New_York"),
      region("ct", "America/Chicago"), named("cdt", "-05:00", "America/Chicago"),
      region("mt", "America/Denver"), fixed("mst", "-07:00"), named("mdt", "-06:00", "America/Denver"),
      region("pt", "America/Los_Angeles"), named("pst", "-08:00", "America/Los_Angeles"),
      named("pdt", "-07:00", "America/Los_Angeles"), fixed("adt", "-03:00"),
      fixed("cet", "+01:00"), fixed("cest", "+02:00"), fixed("eet", "+02:00"), fixed("eest", "+03:00"),
      fixed("msk", "+03:00"), fixed("jst", "+09:00"), fixed("kst", "+09:00"), fixed("hkt", "+08:00"),
      fixed("sgt", "+08:00"), fixed("aest", "+10:00"), fixed("aedt", "+11:00"),
      shared("ist", "+05:30", "+01:00", "+02:00"), shared("cst", "-06:00", "+08:00", "-05:00"),
      shared("bst", "+01:00", "+06:00"), shared("ast", "-04:00", "+03:00"), shared("amt", "-04:00", "+04:00"));

  private GoldTimes() {}

  private static Map.Entry<String, Meaning> fixed(String name, String offset) {
    return Map.entry(name, new Meaning(List.of(ZoneOffset.of(offset)), null, false));
  }

  private static Map.Entry<String, Meaning> named(String name, String offset, String region) {
    return Map.entry(name, new Meaning(List.of(ZoneOffset.of(offset)), ZoneId.of(region), false));
  }

  private static Map.Entry<String, Meaning> region(String name, String region) {
    return Map.entry(name, new Meaning(List.of(), ZoneId.of(region), false));
  }

  private static Map.Entry<String, Meaning> shared(String name, String... offsets) {
    return Map.entry(name, new Meaning(List.of(offsets).stream().map(ZoneOffset::of).toList(), null, true));
  }

  /**
   * Returns why {@code ours} does not match the gold value, or nothing when it does.
   *
   * @param gold the gold's value, as its README describes
   * @param ours the time we read, if any
   */
  static Optional<String> mismatch(String gold, Optional<PublicationTime> ours) {
    Matcher m = GOLD.matcher(gold.strip());
    if (!m.matches()) {
      return Optional.of("gold value not understood");
    }
    if (ours.isEmpty()) {
      return Optional.of("none read");
    }
    PublicationTime t = ours.get();
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return Optional.of("gold date not understood");
    }
    if (!t.date().equals(date)) {
      return Optional.of("wrong date");
    }
    if (m.group(2) == null) {
      return Optional.empty();
    }
    LocalTime time = LocalTime.parse(m.group(2));
    if (t.time().isEmpty()) {
      return Optional.of("no time");
    }
    if (!t.time().get().withSecond(0).equals(time)) {
      return Optional.of("wrong time");
    }
    return m.group(3) == null ? Optional.empty() : zone(m.group(3).toLowerCase(Locale.ROOT), t);
  }

  private static Optional<String> zone(String printed, PublicationTime t) {
    Meaning meaning = ZONES.get(printed);
    if (meaning == null) {
      Matcher s = SHIFT.matcher(printed);
      if (!s.matches()) {
        return Optional.empty(); // a zone the table does not know: not judged
      }
      int sign = s.group(1).equals("-") ? -1 : 1;
      int minutes = s.group(3) == null ? 0 : Integer.parseInt(s.group(3));
      meaning = new Meaning(List.of(ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(s.group(2)), sign * minutes)),
          null, false);
    }
    if (t.offset().isEmpty()) {
      return meaning.ambiguous() ? Optional.empty() : Optional.of("no offset");
    }
    if (meaning.region() != null && t.zone().filter(meaning.region()::equals).isPresent()) {
      return Optional.empty();
    }
    if (meaning.region() != null && meaning.offsets().isEmpty()) {
      ZoneOffset expected = meaning.region().getRules().getOffset(t.date().atTime(t.time().orElseThrow()));
      return t.offset().get().equals(expected) ? Optional.empty() : Optional.of("offset not the zone's");
    }
    return meaning.offsets().contains(t.offset().get()) ? Optional.empty() : Optional.of("offset not the zone's");
  }
}
