package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date lines in other scripts than the Latin and in the languages of {@code words/date-words.txt} added with them
 * (Ukrainian, Bulgarian, Serbian and Macedonian in Cyrillic letters, Greek, Arabic, Hebrew, Hindi, Vietnamese, Thai,
 * Tagalog, Swahili, Icelandic, Chinese, Japanese, Korean), and the dashes between a date and its time; every
 * example line is invented.
 */
class DateScriptsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "8 грудня 2026 р.|2026-12-08|-",
    "Оновлено: 8 грудня 2026, 14:30|-|2026-12-08T14:30",
    "Публикувано: 8 декември 2026 г. 09:10|2026-12-08T09:10|-",
    "8 декабря 2026 г.|2026-12-08|-",
    "Објављено: 8. децембар 2026. у 14:30|2026-12-08T14:30|-",
    "Δημοσίευση: 8 Δεκεμβρίου 2026, 14:30|2026-12-08T14:30|-",
    "Τρίτη 08.12.2026 στις 14:30|2026-12-08T14:30|-",
    "نشر في 8 ديسمبر 2026، 14:30|2026-12-08T14:30|-",
    "٨ ديسمبر ٢٠٢٦|2026-12-08|-",
    "פורסם: ב-8 בדצמבר 2026 בשעה 14:30|2026-12-08T14:30|-",
    "अपडेटेड: 08 दिसंबर 2026, 14:30|-|2026-12-08T14:30",
    "ngày 8 tháng 12 năm 2026|2026-12-08|-",
    "Thứ Ba, 8/12/2026 14:30 (GMT+7)|2026-12-08T14:30+07:00|-",
    "Cập nhật: 08/12/2026 14:30|-|2026-12-08T14:30",
    "8 ธ.ค. 2569 14:30 น.|2026-12-08T14:30|-",
    "เผยแพร่ 08/12/2569 14:30 น.|2026-12-08T14:30|-",
    "8 Disyembre 2026|2026-12-08|-",
    "8 Desemba 2026|2026-12-08|-",
    "8. desember 2026|2026-12-08|-",
    "2026년 12월 8일 오후 2:30|2026-12-08T14:30|-",
    "입력 2026.12.08 14:30|2026-12-08T14:30|-",
    "수정 2026-12-08 15:02|-|2026-12-08T15:02",
    "2026年12月8日(火) 14時30分|2026-12-08T14:30|-",
    "更新 2026/12/08 14:30|-|2026-12-08T14:30",
    // a Japanese label after the date it names, glued to its time or closing the line, in full-width brackets;
    // the update's date without its year is in the year of the date before it
    "2026年12月3日 19:12（12月4日 06:30更新）|2026-12-03T19:12|2026-12-04T06:30",
    "2026年12月3日 19:12（最終更新 12月4日 06:30）|2026-12-03T19:12|2026-12-04T06:30",
    "2026/12/03 19:12 更新|-|2026-12-03T19:12",
    "December 8, 2026 — 6:45 AM|2026-12-08T06:45|-",
    "Published Dec 8, 2026 – Updated Dec 9, 2026|2026-12-08|2026-12-09"})
  void readsTheDateAndTheTime(String line, String published, String updated) {
    Optional<PublishedDates.Reading> r = PublishedDates.parse(line);
    assertEquals(published, r.flatMap(PublishedDates.Reading::published).map(Object::toString).orElse("-"), line);
    assertEquals(updated, r.flatMap(PublishedDates.Reading::updated).map(Object::toString).orElse("-"), line);
  }

  // A second date of the line without its year is in the year of the first.
  @Test
  void aSecondDateWithoutItsYearIsInTheFirstsYear() {
    PublishedDates.Reading r = PublishedDates.parse("Published Dec 3, 2026 | Updated Dec 4, 9:00 AM").orElseThrow();
    assertEquals(Optional.of("2026-12-04T09:00"), r.updated().map(Object::toString));
    // or in the next year when the date would fall before the first: past New Year
    r = PublishedDates.parse("Published Dec 31, 2026 | Updated Jan 2").orElseThrow();
    assertEquals(Optional.of("2027-01-02"), r.updated().map(Object::toString));
    r = PublishedDates.parse("Published Dec 31, 2026 | Updated Jan 2", PageDates.ofYear(2027)).orElseThrow();
    assertEquals(Optional.of("2027-01-02"), r.updated().map(Object::toString));
    // a publication printed after its update is the earlier one, in the same year
    r = PublishedDates.parse("Updated Nov 20, 7:05 AM; Posted Nov 19, 10:30 PM", PageDates.ofYear(2019)).orElseThrow();
    assertEquals(Optional.of("2019-11-19T22:30"), r.published().map(Object::toString));
  }

  // A Thai date's year is of the Buddhist era only beside a Thai month: a year of figures alone stays as printed.
  @Test
  void theBuddhistEraGoesWithTheThaiMonthsOnly() {
    assertEquals(Optional.of("2026-12-08"), PublishedDates.parse("8 ธันวาคม 2569")
        .flatMap(PublishedDates.Reading::published).map(Object::toString));
    assertEquals(Optional.of("2569-12-08"), PublishedDates.parse("8 December 2569")
        .flatMap(PublishedDates.Reading::published).map(Object::toString));
  }

  // Lines that only look like dates: a unit twice, a month past 12, a range of years, a sentence; and a month of
  // the Levant in two words ("كانون الأول"), which the list leaves out.
  @ParameterizedTest
  @ValueSource(strings = {"2026년 2027년 12월 8일", "2026年13月8日", "2019 – 2021", "Sun 8 — Dec",
      "tháng 14 năm 2026", "Ông Ba đăng 8 bài",
      "الثلاثاء 8 كانون الأول 2026", "12月4日 06:30更新", "更新",
      "2026年12月8日 14時99分", "2026年12月8日 25時"})
  void readsNoDateFromLinesThatOnlyLookLikeOne(String line) {
    assertEquals(Optional.empty(), PublishedDates.parse(line), line);
  }

  @Test
  void turnsFiguresOfOtherScriptsIntoWesternOnes() {
    assertEquals("8 ديسمبر 2026 14:30", DateScripts.westernDigits("٨ ديسمبر ٢٠٢٦ ۱۴:۳۰"));
    assertEquals("12", DateScripts.westernDigits("१२"));
    String western = "8 December 2026";
    assertSame(western, DateScripts.westernDigits(western));
  }
}
