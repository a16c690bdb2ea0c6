package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.PublicationTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GoldTimesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2024-03-14|2024-03-14|right",
    "2024-03-14|2024-03-14T18:45-04:00|right",
    "2024-03-14|2024-03-15|wrong date",
    "2024-03-14|-|none read",
    "2024-03-14T18:45|2024-03-14T18:45|right",
    "2024-03-14T18:45|2024-03-14T18:45:30Z|right",
    "2024-03-14T18:45|2024-03-14|no time",
    "2024-03-14T18:45|2024-03-14T06:45|wrong time",
    "2024-03-14T18:45 EDT|2024-03-14T18:45-04:00[America/New_York]|right",
    "2024-03-14T18:45 EDT|2024-03-14T18:45-04:00|right",
    "2024-03-14T18:45 EDT|2024-03-14T18:45|no offset",
    "2024-03-14T18:45 EDT|2024-03-14T18:45-05:00|offset not the zone's",
    "2024-07-14T18:45 EST|2024-07-14T18:45-04:00[America/New_York]|right",
    "2024-03-14T18:45 ET|2024-03-14T18:45-04:00|right",
    "2024-01-14T18:45 ET|2024-01-14T18:45-04:00|offset not the zone's",
    "2024-03-14T18:45 GMT|2024-03-14T18:45Z|right",
    "2024-03-14T18:45 IST|2024-03-14T18:45|right",
    "2024-03-14T18:45 IST|2024-03-14T18:45+05:30|right",
    "2024-03-14T18:45 IST|2024-03-14T18:45-04:00|offset not the zone's",
    "2024-03-14T18:45 GMT+2|2024-03-14T18:45+02:00|right",
    "2024-03-14T18:45 XYZT|2024-03-14T18:45|right",
    "March 14|2024-03-14|gold value not understood"})
  void judgesDayTimeAndZone(String gold, String ours, String expected) {
    Optional<PublicationTime> t = ours.equals("-") ? Optional.empty() : Optional.of(PublicationTime.parse(ours));
    assertEquals(expected, GoldTimes.mismatch(gold, t).orElse("right"));
  }
}
