package io.github.newsdoc.model;

import io.github.newsdoc.testing.ArticleGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

class PublicationTimeTest {
  static final LocalDate DAY = LocalDate.of(2024, 3, 14);
  static final LocalTime EVENING = LocalTime.of(18, 45);
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void stringFormsAreIso8601() {
    assertEquals("2024-03-14", PublicationTime.of(DAY).toString());
    assertEquals("2024-03-14T18:45", PublicationTime.of(DAY, EVENING).toString());
    assertEquals("2024-03-14T18:45:30", PublicationTime.of(DAY, LocalTime.of(18, 45, 30)).toString());
    assertEquals("2024-03-14T18:45-04:00", PublicationTime.of(DAY, EVENING, ZoneOffset.ofHours(-4)).toString());
    assertEquals("2024-03-14T18:45Z", PublicationTime.of(DAY, EVENING, ZoneOffset.UTC).toString());
    assertEquals("2024-03-14T18:45-04:00[America/New_York]", PublicationTime.inZone(DAY, EVENING, NEW_YORK).toString());
  }

  @Test
  void aRegionGetsTheOffsetOfItsRulesOnThatDay() {
    assertEquals(Optional.of(ZoneOffset.ofHours(-5)),
        PublicationTime.inZone(LocalDate.of(2024, 1, 14), EVENING, NEW_YORK).offset());
    assertEquals(Optional.of(ZoneOffset.ofHours(-4)), PublicationTime.inZone(DAY, EVENING, NEW_YORK).offset());
    assertEquals("2024-03-14T18:45-04:00[America/New_York]",
        PublicationTime.inZone(DAY, EVENING, NEW_YORK).toZonedDateTime().orElseThrow()
            .format(java.time.format.DateTimeFormatter.ISO_ZONED_DATE_TIME).replace(":00-", "-"));
  }

  @Test
  void accessorsAndEquality() {
    PublicationTime t = PublicationTime.parse("2024-03-14T18:45-04:00[America/New_York]");
    assertEquals(DAY, t.date());
    assertEquals(Optional.of(EVENING), t.time());
    assertEquals(Optional.of(ZoneOffset.ofHours(-4)), t.offset());
    assertEquals(Optional.of(NEW_YORK), t.zone());
    assertEquals(PublicationTime.of(DAY), t.dateOnly());
    assertNotEquals(PublicationTime.of(DAY, EVENING, ZoneOffset.ofHours(-4)), t);
    assertEquals(PublicationTime.of(DAY, EVENING, ZoneOffset.ofHours(-4)).hashCode(),
        PublicationTime.parse("2024-03-14T18:45-04:00").hashCode());
    assertEquals(PublicationTime.of(DAY, EVENING, ZoneOffset.UTC), PublicationTime.parse("2024-03-14T18:45+00:00"));
    assertTrue(PublicationTime.of(DAY).toOffsetDateTime().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "2024-03-14T18:45:00.5|expected an ISO-8601 date",
    "14 March 2024|expected an ISO-8601 date",
    "2024-02-30|'2024-02-30' is no date of the calendar",
    "2024-03-14T25:00|'25:00' is no time of day",
    "2024-03-14T18:45+19:00|'+19:00' is no UTC offset",
    "2024-03-14T18:45[America/New_York]|a region needs an offset",
    "2024-03-14T18:45-04:00[Mars/Olympus]|'Mars/Olympus' is no known time-zone region",
    "2024-03-14T18:45-04:00[+02:00]|zone: must be a region"})
  void malformedStringsSayWhatIsWrong(String text, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublicationTime.parse(text));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void invariantsNameTheirPart() {
    assertEquals("time: must be whole seconds, but was 18:45:00.100",
        assertThrows(IllegalArgumentException.class,
            () -> PublicationTime.of(DAY, LocalTime.of(18, 45, 0, 100_000_000))).getMessage());
    assertEquals("2024-03-14T18:45+01:00:30", PublicationTime.of(DAY, EVENING, ZoneOffset.ofTotalSeconds(3630)).toString());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> PublicationTime.of(DAY, EVENING, ZoneOffset.UTC, ZoneOffset.UTC)).getMessage().startsWith("zone:"));
    assertThrows(NullPointerException.class, () -> PublicationTime.of(null));
    assertThrows(NullPointerException.class, () -> PublicationTime.of(DAY, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-14", "2024-03-14T18:45", "2024-03-14T18:45:30", "2024-03-14T18:45Z",
      "2024-03-14T18:45+05:30", "2024-03-14T18:45-04:00[America/New_York]", "1850-03-14T18:45-04:56:02[America/New_York]"})
  void parsesWhatItWrites(String text) {
    assertEquals(text, PublicationTime.parse(text).toString());
  }

  @Test
  void stringFormParsesBackEqual() {
    qt().withExamples(2000).forAll(ArticleGenerators.publicationTimes())
        .check(t -> PublicationTime.parse(t.toString()).equals(t) && PublicationTime.parse(t.toString()).toString()
            .equals(t.toString()));
  }
}
