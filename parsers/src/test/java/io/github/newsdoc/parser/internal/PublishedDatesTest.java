package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.PublicationTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Times, zones and labels of date lines; every example line is invented. */
class PublishedDatesTest {
  private static String published(String line) {
    return PublishedDates.parse(line).orElseThrow(() -> new AssertionError("no date line: " + line))
        .published().map(Object::toString).orElse("-");
  }

  private static String updated(String line) {
    return PublishedDates.parse(line).orElseThrow(() -> new AssertionError("no date line: " + line))
        .updated().map(Object::toString).orElse("-");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "October 2, 2023 6:45pm|2023-10-02T18:45",
    "October 2, 2023 6:45 p.m.|2023-10-02T18:45",
    "October 2, 2023 6:45 PM|2023-10-02T18:45",
    "October 2, 2023 6:45 a.m.|2023-10-02T06:45",
    "October 2, 2023 12:10 a.m.|2023-10-02T00:10",
    "October 2, 2023 12:10 p.m.|2023-10-02T12:10",
    "October 2, 2023 6pm|2023-10-02T18:00",
    "October 2, 2023 16:45pm|2023-10-02T16:45",
    "2 October 2023 18:45|2023-10-02T18:45",
    "2 October 2023, 08:12|2023-10-02T08:12",
    "2 October 2023 14:05:30|2023-10-02T14:05:30",
    "2 October 2023 14.05|2023-10-02T14:05",
    "Published at 09:30 on 2 October 2023|2023-10-02T09:30",
    "October 2, 2023 @ 6:45 PM|2023-10-02T18:45",
    "October 2, 2023 @18:45|2023-10-02T18:45"})
  void times(String line, String expected) {
    assertEquals(expected, published(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2 October 2023 18:45 GMT|2023-10-02T18:45Z",
    "2 October 2023 18:45 UTC|2023-10-02T18:45Z",
    "2 October 2023 18:45 Z|2023-10-02T18:45Z",
    "2 October 2023 18:45 +05:30|2023-10-02T18:45+05:30",
    "2 October 2023 18:45 -0500|2023-10-02T18:45-05:00",
    "2 October 2023 18:45 GMT+2|2023-10-02T18:45+02:00",
    "2 October 2023 18:45 UTC-03:30|2023-10-02T18:45-03:30",
    "2 October 2023 18:45 (CET)|2023-10-02T18:45+01:00",
    "2 October 2023 18:45 MST|2023-10-02T18:45-07:00",
    "2 October 2023 18:45 JST|2023-10-02T18:45+09:00[Asia/Tokyo]",
    "2023-10-02T14:05:00-05:00|2023-10-02T14:05-05:00",
    "2023-10-02T14:05:00.250Z|2023-10-02T14:05Z",
    "2023-10-02T14:05-04:00[America/New_York]|2023-10-02T14:05-04:00[America/New_York]",
    "2023-10-02T14:05 EDT|2023-10-02T14:05-04:00[America/New_York]"})
  void zones(String line, String expected) {
    assertEquals(expected, published(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a region's abbreviation gets the offset the region has on that date, whatever the page's season
    "January 9, 2024 6:45pm EST|2024-01-09T18:45-05:00[America/New_York]",
    "July 9, 2024 6:45pm EDT|2024-07-09T18:45-04:00[America/New_York]",
    "July 9, 2024 6:45pm EST|2024-07-09T18:45-04:00[America/New_York]",
    "July 9, 2024 6:45pm ET|2024-07-09T18:45-04:00[America/New_York]",
    "January 9, 2024 6:45pm PT|2024-01-09T18:45-08:00[America/Los_Angeles]",
    "July 9, 2024 9:15 a.m. CDT|2024-07-09T09:15-05:00[America/Chicago]"})
  void regions(String line, String expected) {
    assertEquals(expected, published(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // several zones share these: the time stays, without an offset
    "Updated: Feb 7, 2024, 08:12 IST|2024-02-07T08:12",
    "Updated: Feb 7, 2024, 08:12 CST|2024-02-07T08:12",
    "Updated: Feb 7, 2024, 08:12 BST|2024-02-07T08:12"})
  void ambiguousZonesKeepTheTimeOnly(String line, String expected) {
    assertEquals(expected, updated(line));
    assertEquals("-", published(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Published: 4 May 2022;2022-05-04;-",
    "Posted May 4, 2022;2022-05-04;-",
    "First published: 4 May 2022;2022-05-04;-",
    "Updated May 4, 2022;-;2022-05-04",
    "Last updated: 4 May 2022;-;2022-05-04",
    "Last Modified 4 May 2022;-;2022-05-04",
    "Posted: May 4, 2022 7:05 a.m. | Last Updated: May 5, 2022 9:10 a.m.;2022-05-04T07:05;2022-05-05T09:10",
    "First published 4 May 2022 • Updated 5 May 2022 10:00 GMT;2022-05-04;2022-05-05T10:00Z",
    "Posted: May 4, 2022 7:05 a.m. ET | Updated: 9:10 a.m. ET;2022-05-04T07:05-04:00[America/New_York];2022-05-04T09:10-04:00[America/New_York]",
    "May 4, 2022 | Updated May 5, 2022;2022-05-04;2022-05-05",
    "Published 14:05 GMT, 4 May 2022;2022-05-04T14:05Z;-",
    "Published: 2022-05-04T07:05-04:00[America/New_York];2022-05-04T07:05-04:00[America/New_York];-",
    "Updated: 2022-05-04T07:05:30+05:30;-;2022-05-04T07:05:30+05:30",
    "Created: May 4, 2022 | Modified: May 5, 2022;2022-05-04;2022-05-05",
    "Originally published May 4, 2022;2022-05-04;-",
    "Last revised 5 May 2022;-;2022-05-05",
    "Edited: May 5, 2022;-;2022-05-05"})
  void labels(String line, String published, String updated) {
    assertEquals(published, published(line));
    assertEquals(updated, updated(line));
  }

  // A date in figures either order allows (6/12/2026: 6 December or June 12) is read as the weekday printed beside
  // it says; without a weekday, or with one that fits both readings or neither, it is no date.
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Sunday, 6/12/2026, 09:15 (GMT+7);2026-12-06T09:15+07:00",
    "Friday 6/12/2026;2026-06-12",
    "Sat, 12/05/2026;2026-12-05",
    "Tuesday 12/05/2026;2026-05-12",
    "domingo 6/12/2026;2026-12-06",
    "6/12/2026 Sunday;2026-12-06",
    "13/06/2026;2026-06-13",
    "6/6/2026;2026-06-06",
    "Published: Monday 6/12/2026;-"})
  void aWeekdayPicksTheReadingOfADateInFigures(String line, String expected) {
    if (expected.equals("-")) {
      assertEquals(Optional.empty(), PublishedDates.parse(line).flatMap(PublishedDates.Reading::published));
    } else {
      assertEquals(expected, published(line));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"6/12/2026", "12/06/2026 9:15 AM", "Monday 6/12/2026", "Posted on 06/12/2026 at 07:15",
      "Lunes 06/12/2026", "Published 06/12/2026 14:30 hrs"})
  void aDateInFiguresEitherOrderAllowsIsNoDateWithoutItsWeekday(String line) {
    assertEquals(Optional.empty(), PublishedDates.parse(line));
  }

  // Words of a language that writes a date in figures day first (every language of the list but English) read
  // a date either order allows day first; English words and bare figures leave it unread.
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Publicado el 06/12/2026, 07:15 a. m.;2026-12-06T07:15;-",
    "Actualizado el 06/12/2026, 11:40 a. m.;-;2026-12-06T11:40",
    "07/12/2026 às 09h41;2026-12-07T09:41;-",
    "Atualizado em 07/12/2026 às 11h02;-;2026-12-07T11:02",
    "Publié le 05/12/2026 à 10h05;2026-12-05T10:05;-",
    "06/12/2026 r.;2026-12-06;-"})
  void aDayFirstLanguageReadsADateInFiguresDayFirst(String line, String published, String updated) {
    assertEquals(published, published(line), line);
    assertEquals(updated, updated(line), line);
  }

  // Czech and Slovak pages print the day and the month as ordinals with a space: "6. 12. 2026".
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "6. 12. 2026 14:32;2026-12-06T14:32;-",
    "6. 12. 2026 14:32, aktualizováno 16:05;2026-12-06T14:32;2026-12-06T16:05",
    "neděle 6. prosince 2026;2026-12-06;-",
    "Publikováno 6. 12. 2026;2026-12-06;-"})
  void dayAndMonthAsOrdinals(String line, String published, String updated) {
    assertEquals(published, published(line));
    assertEquals(updated, updated(line));
  }

  // Month, weekday and label words of more languages, and the Spanish meridiem written with a space ("a. m.").
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Publicat: 06.12.2026, 07:30 | Actualizat: 06.12.2026, 22:05;2026-12-06T07:30;2026-12-06T22:05",
    "Luni, 7 decembrie 2026, 10:15;2026-12-07T10:15;-",
    "Publiceret 6. december 2026 kl. 07:30;2026-12-06T07:30;-",
    "söndag 6 december 2026;2026-12-06;-",
    "Publisert 6. desember 2026;2026-12-06;-",
    "6 Aralık 2026 Pazar 09:15;2026-12-06T09:15;-",
    "Diterbitkan: Minggu, 6 Desember 2026 09:15 WIB;2026-12-06T09:15+07:00[Asia/Jakarta];-",
    "6 Disember 2026;2026-12-06;-",
    "Publicado: 6 de diciembre de 2026, 7:18 p. m.;2026-12-06T19:18;-",
    "6 de diciembre de 2026, 11:02 a. m.;2026-12-06T11:02;-",
    // Catalan and Slovak
    "Divendres, 4 de desembre de 2026, 11:40 h;2026-12-04T11:40;-",
    "Actualitzat el 4 de juliol de 2026 a les 13:05 h;-;2026-07-04T13:05",
    "Publikované 4. decembra 2026 o 18:20;2026-12-04T18:20;-",
    "piatok 4. 12. 2026, aktualizované 19:05;2026-12-04;2026-12-04T19:05"})
  void moreLanguages(String line, String published, String updated) {
    assertEquals(published, published(line));
    assertEquals(updated, updated(line));
  }

  // A month's name in a sentence is still no date line, nor is a word of the new languages that names something
  // else beside figures ("Mac 3, 2026": a computer, not Malay March).
  @ParameterizedTest
  @ValueSource(strings = {"The Mars 2026 rover lands in decembrie.", "Ekim 2026 yılında dedi ki", "Mac 3, 2026",
      "Pazar 2026", "Joi 14"})
  void monthWordsInASentenceAreNoDate(String line) {
    assertEquals(Optional.empty(), PublishedDates.parse(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Published 2 hours ago", "October 2, 2023 @jopark", "Published: 4 May 2022 | Published: 5 May 2022",
      "Updated 4 May 2022 | Modified 5 May 2022", "Published: 4 May 2022 | Updated", "The vote is at 6:45pm on May 4, 2022.",
      "2022-05-04T07:05-04:00[America/New_York] and more", "Created by Jo Park on May 4, 2022"})
  void notDateLines(String line) {
    assertEquals(Optional.empty(), PublishedDates.parse(line));
  }

  // A layout that prints its date twice on one line (once for the screen, once for the reader): one date.
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Published On 4 May 2022 4 May 2022;2022-05-04;-",
    "May 4, 2022 May 4, 2022;2022-05-04;-",
    "4 May 2022 10:05 4 May 2022;2022-05-04T10:05;-",
    "04.05.2022 04.05.2022;2022-05-04;-",
    "Updated 5 May 2022 5 May 2022;-;2022-05-05",
    "Published 4 May 2022 4 May 2022 | Updated 5 May 2022;2022-05-04;2022-05-05"})
  void aDatePrintedTwiceIsOneDate(String line, String published, String updated) {
    assertEquals(published, published(line));
    assertEquals(updated, updated(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4 May 2022 5 May 2022", "Published 4 May 2022 10:05 4 May 2022 11:40",
      "May 4, 2022 2023"})
  void twoDatesWithoutLabelsAreNoDateLine(String line) {
    assertEquals(Optional.empty(), PublishedDates.parse(line));
  }

  @Test
  void anAgencysPlaceInCapitalsMayStandBeforeItsDateAndTime() {
    assertEquals("2025-09-23T13:42", placeFirst("PORTOVERDE, 23 settembre 2025, 13:42"));
    assertEquals("2024-03-04T09:15", placeFirst("NEW HAVEN, March 4, 2024, 9:15 a.m."));
    assertEquals("2024-03-04T18:00", placeFirst("SAN JUAN, 4 de marzo de 2024, 18:00"));
    assertEquals("-", placeFirst("LONDON, 12 May 2025"), "no time: an item of a list of places and dates");
    assertEquals("-", placeFirst("Portoverde, 23 settembre 2025, 13:42"), "a place not in capitals");
    assertEquals("-", placeFirst("PORTOVERDE, the council said on 23 September 2025 at 13:42"));
    assertEquals("-", placeFirst("ONE TWO THREE FOUR, 23 settembre 2025, 13:42"), "at most three words");
    assertTrue(PublishedDates.parse("PORTOVERDE, 23 settembre 2025, 13:42").isEmpty(), "only where asked");
  }

  private static String placeFirst(String line) {
    return PublishedDates.placeFirst(line, PageDates.ofYear(0)).flatMap(r -> r.published()).map(Object::toString)
        .orElse("-");
  }

  @Test
  void aListOfPlacesAndDatesInTheArticleStaysItsParagraphs() {
    io.github.newsdoc.model.Article a = io.github.newsdoc.parser.Newsdoc.parse("Harbour choir announces its tour\n\n"
        + "The harbour choir will sing in three cities this spring, its director said on Monday.\n\n"
        + "The dates are:\nLONDON, 12 May 2025\nPARIS, 14 May 2025\nBERLIN, 17 May 2025\n");
    assertTrue(a.published().isEmpty(), a.toString());
    assertEquals(5, a.paragraphs().size(), a.paragraphs().toString());
  }

  @Test
  void theLastUpdateIsAnUpdateInEveryLanguage() {
    assertEquals("2025-09-23T15:10", updated("Ultimo aggiornamento: 23 settembre 2025, 15:10"));
    assertEquals("-", published("Ultimo aggiornamento: 23 settembre 2025, 15:10"));
    assertEquals("2024-03-04", updated("Última actualización: 4 de marzo de 2024"));
    assertEquals("2024-03-04", updated("Última atualização: 4 de março de 2024"));
    assertEquals("2024-03-04", updated("Dernière mise à jour le 4 mars 2024"));
    assertEquals("2024-03-04", updated("Zuletzt aktualisiert am 4. März 2024"));
  }

  @Test
  void aTimeThatIsNoTimeOfDayIsSkipped() {
    assertEquals("2022-05-04", published("May 4, 2022 25:70"));
    assertTrue(PublishedDates.parse("2022-05-04T07:05-04:00[Nowhere/Land]").orElseThrow().published().orElseThrow()
        .zone().isEmpty());
  }

  @Test
  void whatTheWriterPrintsReadsBack() {
    for (String text : new String[] {"1850-03-14T18:45-04:56:02[America/New_York]", "2024-03-14T18:45:30",
        "2024-03-14T18:45Z", "2024-03-14"}) {
      PublicationTime t = PublicationTime.parse(text);
      assertEquals(Optional.of(t), PublishedDates.parse("Published: " + text).orElseThrow().published());
      assertEquals(Optional.of(t), PublishedDates.parse("Updated: " + text).orElseThrow().updated());
    }
  }

  // A label the parser does not know, in any language, then a colon and a date: the publication time. (The
  // segmenter asks after the other labelled lines: "Published under: 2020-09-28" stays a tag line.)
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Fecha: 2023-10-02 18:45|2023-10-02T18:45",
    "Datum : 2 October 2023|2023-10-02",
    "입력 :[ 2023-10-02 18:45 ]|2023-10-02T18:45",
    "日付：2023-10-02|2023-10-02",
    "日付：2023-10-02 18:45:00|2023-10-02T18:45"})
  void anyShortLabelBeforeADate(String line, String expected) {
    assertEquals(expected, PublishedDates.parseAfterLabel(line).orElseThrow().published().orElseThrow().toString());
  }

  // One capitalised word of letters and no colon before a whole date and its time: an unknown label too.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Publikované 4. 12. 2026 18:20|2026-12-04T18:20",
    "Paskelbta 2026-12-04 18:20|2026-12-04T18:20",
    "Skelbta 04.12.2026 18:20|2026-12-04T18:20"})
  void oneWordBeforeAWholeDateAndItsTime(String line, String expected) {
    assertEquals(expected, PublishedDates.parseAfterWord(line).orElseThrow().published().orElseThrow().toString());
    assertTrue(PublishedDates.parseAfterLabel(line).isEmpty(), "the colon form does not read it");
  }

  // Without a colon, the label is one capitalised word of four letters or more, and the date is whole and timed.
  @ParameterizedTest
  @ValueSource(strings = {"Tallinn 4. 12. 2026", "Publikované 4. 12. 18:20", "publikované 4. 12. 2026 18:20",
      "Two words 4. 12. 2026 18:20", "Hall 9 4. 12. 2026 18:20", "Odd 4. 12. 2026 18:20",
      "Publikované 4. 12. 2026 18:20 and more"})
  void notADateLineBehindOneWord(String line) {
    assertTrue(PublishedDates.parseAfterWord(line).isEmpty(), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Note: the vote is on 2 October 2023", "One two three four: 2023-10-02",
      "Fecha: pronto", "Fecha: 2023-10-02 and then more words",
      "Date (local): 2023-10-02"}) // a label is letters and spaces
  void notADateLineBehindALabel(String line) {
    assertTrue(PublishedDates.parseAfterLabel(line).isEmpty(), line);
  }

  // Found by the round-trip property: a tag that is a date, written back as "Published under: 2020-09-28",
  // was read as a publication time behind an unknown label.
  @Test
  void aTagLineThatHoldsADateStaysATagLine() {
    io.github.newsdoc.model.Article a = io.github.newsdoc.parser.Newsdoc.parse(
        "Harbour ferry stops running\n\nThe last ferry left the quay on Monday evening.\n\n"
            + "Published under: 2020-09-28\n");
    assertEquals(java.util.List.of("2020-09-28"), a.tags());
    assertEquals(Optional.empty(), a.published());
    assertEquals(a, io.github.newsdoc.parser.Newsdoc.parse(io.github.newsdoc.parser.Newsdoc.write(a)));
  }

  @Test
  void aSemicolonSeparatesTwoLabelledDates() {
    assertEquals("2021-03-04T06:51", published("Updated Mar 4, 2021, 6:55 AM; Posted Mar 4, 2021, 6:51 AM"));
    assertEquals("2021-03-04T06:55", updated("Updated Mar 4, 2021, 6:55 AM; Posted Mar 4, 2021, 6:51 AM"));
  }

  private static java.util.List<Line> lines(String... texts) {
    java.util.List<Line> lines = new java.util.ArrayList<>();
    for (String t : texts) {
      lines.add(new Line(lines.size() + 1, t, t, false));
    }
    return lines;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\u00a9 2021 Harbour Gazette. All rights reserved.|2021",
    "Copyright 2008-2021 Harbour Gazette|2021",
    "Copyright \u00a9 2008 \u2013 2021 Harbour Gazette|2021",
    "(c) 2019 Harbour Gazette|2019",
    "Copyright Harbour Gazette|0",
    "The 2021 season opens in May.|0",
  })
  void thePageYearIsTheCopyrightNoticesYear(String line, int year) {
    assertEquals(year, PageDates.copyrightYear(lines("Headline", line)));
  }

  @Test
  void aDateWithoutAYearIsInThePagesYear() {
    Optional<PublishedDates.Reading> r = PublishedDates.parse("Updated Nov 19, 6:55 AM; Posted Nov 18, 8:19 PM",
        PageDates.ofYear(2019));
    assertEquals("2019-11-18T20:19", r.orElseThrow().published().orElseThrow().toString());
    assertEquals("2019-11-19T06:55", r.orElseThrow().updated().orElseThrow().toString());
    assertEquals("2019-11-19", PublishedDates.parse("Published Nov 19", PageDates.ofYear(2019)).orElseThrow()
        .published().orElseThrow()
        .toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Updated Nov 19, 6:55 AM", "Nov 19 6:55 AM"})
  void withoutAPageYearADateNeedsItsYear(String line) {
    assertTrue(PublishedDates.parse(line, PageDates.ofYear(0)).isEmpty());
    assertTrue(PublishedDates.parse(line).isEmpty());
  }

  @Test
  void aBareDayAndMonthIsNoDateLineEvenOnAPageWithAYear() {
    // "Nov 19" alone may be a list's date or a heading; a label or a time says it is the article's
    assertTrue(PublishedDates.parse("Nov 19", PageDates.ofYear(2019)).isEmpty());
  }

  @Test
  void aParsedPageReadsTheYearFromItsCopyrightLine() {
    String text = "Ferry pier to close for winter repairs\n\nUpdated Nov 19, 6:55 AM; Posted Nov 18, 8:19 PM\n\n"
        + "The harbour board voted on Tuesday to close the old ferry pier for repairs.\n\n"
        + "Boats will use the north landing until the work is done.\n\n\u00a9 2019 Harbour Gazette\n";
    io.github.newsdoc.parser.ArticleParser parser = io.github.newsdoc.parser.ArticleParser.builder().quotes(false)
        .entities(false).build();
    io.github.newsdoc.model.Article a = parser.parse(text);
    assertEquals("2019-11-18T20:19", a.published().orElseThrow().toString());
    assertEquals("2019-11-19T06:55", a.updated().orElseThrow().toString());
    assertEquals(a, parser.parse(io.github.newsdoc.parser.ArticleWriter.write(a)));
    assertTrue(parser.parse(text.replace("\u00a9 2019 Harbour Gazette\n", "")).published().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Publié le 3 février 2025 à 08h15, modifié le 3 février 2025 à 11h40|2025-02-03T08:15|2025-02-03T11:40",
    "Publicado el 9 de octubre de 2023 - 16:05 hrs|2023-10-09T16:05|-",
    "Actualizado: 9 de octubre de 2023 - 18:30 hrs|-|2023-10-09T18:30",
    "Atualizado em 2 de março de 2022 às 10:00|-|2022-03-02T10:00",
    "segunda-feira, 22 de janeiro de 2018 às 0:13|2018-01-22T00:13|-",
    "22 gennaio 2021 (aggiornato il 23 gennaio 2021 - 07:45)|2021-01-22|2021-01-23T07:45",
    "Veröffentlicht am 7. Mai 2020, 14:30 Uhr|2020-05-07T14:30|-",
    "07.05.2020, 14.30 Uhr|2020-05-07T14:30|-",
    "Bijgewerkt: 30 augustus 2019, 21:10|-|2019-08-30T21:10",
    "dinsdag 12 mrt 2024, 09:00|2024-03-12T09:00|-",
    "Montag, 7. Mai 2020, 14:30 Uhr|2020-05-07T14:30|-",
    "venerdì 22 gennaio 2021, 07:45|2021-01-22T07:45|-",
    "Опубликовано 3 февраля 2025 в 08:15|2025-02-03T08:15|-",
    "Обновлено: 4 февраля 2025, 11:40|-|2025-02-04T11:40",
    "Publicado a 5 fev 2025, 19:12|2025-02-05T19:12|-",
    "Atualizado a 6 fev 2025, 08:30|-|2025-02-06T08:30",
    "środa, 5 lutego 2025, 18:34|2025-02-05T18:34|-",
    "Aktualizacja: 5.02.2025, 20:05|-|2025-02-05T20:05",
    "Data publikacji: 5 lutego 2025 r., godz. 18:34|2025-02-05T18:34|-",
    "Opublikowano 5 lutego 2025|2025-02-05|-",
    "13/06/2014|2014-06-13|-",
    "Oct 18, 2019 · 8 min read|2019-10-18|-",
    "2016.12.01|2016-12-01|-",
    "2016/12/01 09:30|2016-12-01T09:30|-",
    "2016年12月1日|2016-12-01|-",
    "March 3, 2024 - 12 minute read|2024-03-03|-",
    "06/13/2014|2014-06-13|-",
    "11/13/19 at 4:00 PM|2019-11-13T16:00|-",
    "Published 13/11/19|2019-11-13|-",
  })
  void otherLanguagesAndFigures(String line, String published, String updated) {
    if (published.equals("-") && updated.equals("-")) {
      // words the table does not hold: no date line
      assertTrue(PublishedDates.parse(line).isEmpty(), line);
      return;
    }
    assertEquals(published, published(line));
    assertEquals(updated, updated(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"06/07/2014", "06/07/19", "14.03.24", "1.2.19", "31/31/2014", "14.13.2024", "2016.13.01", "2016年2月30日", "Le maire a parlé le 3 février 2025",
      "Burmistrz mówił 5 lutego 2025 o budżecie"})
  void ambiguousOrImpossibleFiguresAndSentencesAreNoDate(String line) {
    assertTrue(PublishedDates.parse(line).isEmpty(), line);
  }
}
