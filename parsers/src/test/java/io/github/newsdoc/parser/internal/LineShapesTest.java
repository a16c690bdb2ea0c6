package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.Dateline;
import io.github.newsdoc.model.PublicationTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One focused test per line shape the parser knows. */
class LineShapesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "September 28, 2020|2020-09-28",
    "Sept. 28, 2020|2020-09-28",
    "28 September 2020|2020-09-28",
    "Published: March 3, 2024 at 5:12 p.m.|2024-03-03T17:12",
    "Published November 20th, 2019 - 07:29 GMT|2019-11-20T07:29Z",
    "Mon 3 Mar 2024 10.12 GMT|2024-03-03T10:12Z",
    "2020-09-28|2020-09-28",
    "Published: 2020-09-28|2020-09-28"})
  void dateLines(String line, String published) {
    assertEquals(Optional.of(new PublishedDates.Reading(Optional.of(PublicationTime.parse(published)), Optional.empty())),
        PublishedDates.parse(line));
  }

  @Test
  void anUpdatedLineGivesTheUpdatedTime() {
    assertEquals(Optional.of(new PublishedDates.Reading(Optional.empty(),
        Optional.of(PublicationTime.parse("2023-06-14")))), PublishedDates.parse("Updated 14 June 2023"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Published 2 hours ago", "February 30, 2020", "The vote is on March 3, 2024.",
      "September 2020", "28 September", "Published in 1999, the book sold well"})
  void notDateLines(String line) {
    assertEquals(Optional.empty(), PublishedDates.parse(line));
  }

  @Test
  void unreadableDateLinesAreRecognisedButShort() {
    assertTrue(PublishedDates.isDateLike("Published 2 hours ago"));
    assertFalse(PublishedDates.isDateLike("Published in 1999, the book sold three million copies across Europe."));
  }

  @Test
  void bylines() {
    assertEquals(Optional.of(List.of(Byline.of("Jane Doe", Optional.of("Staff Writer")))),
        Bylines.parse("By Jane Doe, Staff Writer"));
    assertEquals(Optional.of(List.of(Byline.of("Jane Doe", Optional.empty()), Byline.of("John Roe", Optional.empty()))),
        Bylines.parse("By Jane Doe and John Roe"));
    assertEquals(Optional.of(List.of(Byline.of("Amal Haddad", Optional.of("Regional Correspondent")))),
        Bylines.parse("By Amal Haddad, Regional Correspondent"));
    assertEquals(Optional.of(List.of(Byline.of("Ana de la Cruz", Optional.empty()))), Bylines.parse("By Ana de la Cruz"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"By contrast, the council said no.", "By 2025, the line will be open",
      "By the end of the week", "By winning the vote, she", "Byron Moss said"})
  void notBylines(String line) {
    assertEquals(Optional.empty(), Bylines.parse(line));
  }

  @Test
  void tagLines() {
    assertEquals(Optional.of(List.of("Belarus", "NATO", "Russia")), TagLines.parse("Published under: Belarus , NATO , Russia"));
    assertEquals(Optional.of(List.of("Transport", "Labour")), TagLines.parse("Topics: Transport, Labour"));
    assertTrue(TagLines.isHeading("Related Topics"));
    assertEquals(Optional.empty(), TagLines.parse("The topics discussed were many."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Topics", "Related topics", "Article topics", "Tags", "Explore more on these topics",
      "More on this topic", "More about these topics", "Topics in this article"})
  void headingsOfATopicList(String line) {
    assertTrue(TagLines.isHeading(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hot topics of the week", "More on the ferry", "Topics for the council"})
  void noHeadingsOfATopicList(String line) {
    assertFalse(TagLines.isHeading(line), line);
  }

  @Test
  void aTopicListUnderItsHeadingGivesTheTagsAndAMostViewedListEndsTheArticle() {
    for (String marker : List.of("More stories", "Read next", "Latest news", "You might also like")) {
      String page = "Harbour council approves new ferry terminal\n\nThe harbour council voted on Tuesday to build a"
          + " new ferry terminal, ending a decade of debate over the crossing.\n\nThe terminal will cost $40"
          + " million, officials said.\n\n" + marker + "\n\nSchool board delays its vote on the new calendar after"
          + " parents ask for more time.\n";
      assertEquals(2, io.github.newsdoc.parser.Newsdoc.parse(page).paragraphs().size(), marker);
    }
    String text = "Harbour council approves new ferry terminal\n\nThe harbour council voted on Tuesday to build a"
        + " new ferry terminal, ending a decade of debate over the crossing.\n\nThe terminal will cost $40 million,"
        + " officials said.\n\nExplore more on these topics\nFerries\nTransport\nLocal government\n\nMost viewed\n\n"
        + "Ferry firm axes its winter route after a storm damages the pier at Lunden.\n";
    io.github.newsdoc.model.Article a = io.github.newsdoc.parser.Newsdoc.parse(text);
    assertEquals(List.of("Ferries", "Transport", "Local government"), a.tags());
    assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
  }

  @Test
  void creditLines() {
    assertEquals(Optional.of(List.of("Reuters", "AFP")), CreditLines.parse("With reporting by Reuters and AFP"));
    assertEquals(Optional.of(List.of("Sam Reed", "Tom Hale")), CreditLines.parse("(Reporting by Sam Reed; Editing by Tom Hale)"));
    assertEquals(Optional.of(List.of("Ana Lim")), CreditLines.parse("Ana Lim contributed to this report."));
    assertEquals(Optional.of(List.of("Jo Park in Lisbon, Portugal", "Will Dunham")),
        CreditLines.parse("(Additional reporting by Jo Park in Lisbon, Portugal; Editing by Will Dunham.)"));
    assertEquals(Optional.empty(), CreditLines.parse("(The figures were revised on Monday)"));
    assertEquals(Optional.empty(), CreditLines.parse("Reporting by the BBC suggested otherwise, he said, adding more."));
  }

  @Test
  void keywordLines() {
    assertEquals(Optional.of(List.of("belarus", "military", "drills")), Captions.keywords("belarus, military, drills", 3));
    assertEquals(Optional.empty(), Captions.keywords("belarus, military", 3));
    assertEquals(Optional.empty(), Captions.keywords("Belarus, military, drills", 1));
    assertEquals(Optional.of(List.of("port")), Captions.keywords("port", 1));
  }

  @Test
  void captionCredits() {
    assertEquals(new Captions.Parts("Supporters rally in Minsk on August 20.", Optional.of("SERGEI GAPON/AFP/Getty Images")),
        Captions.splitCredit("Supporters rally in Minsk on August 20. SERGEI GAPON/AFP/Getty Images"));
    assertEquals(new Captions.Parts("Drills near the border. Officials say more will follow.",
            Optional.of("Belarusian Ministry of Defense")),
        Captions.splitCredit("Drills near the border. Officials say more will follow. Belarusian Ministry of Defense"));
    assertEquals(new Captions.Parts("A long sentence that ends. and then more text here", Optional.empty()),
        Captions.splitCredit("A long sentence that ends. and then more text here"));
    assertEquals(Optional.of(new Captions.Parts("Russian president Vladimir Putin", Optional.of("Getty Images"))),
        Captions.standalone("Russian president Vladimir Putin / Getty Images"));
    assertEquals(Optional.of(new Captions.Parts("Passengers wait at the terminal.", Optional.of("Sam Reed/Reuters"))),
        Captions.standalone("Passengers wait at the terminal. Photograph: Sam Reed/Reuters"));
    assertEquals(Optional.empty(), Captions.standalone("Rail strike / Unions vote"));
    assertEquals(Optional.empty(), Captions.standalone("(Image: © TNG Collaboration)"));
    assertEquals(Optional.of("Getty Images"), Captions.imageSource("Image source, Getty Images"));
    assertEquals(Optional.of("The mayor spoke"), Captions.imageCaption("Media caption, The mayor spoke"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "LONDON (Reuters) - Crews walked out.|LONDON|Reuters",
    "WASHINGTON (AP) — A Senate panel.|WASHINGTON|AP",
    "Berlin ( – On the eve of the vote.|Berlin|",
    "KYIV, Ukraine — Engineers worked.|KYIV, Ukraine|",
    "HARBOURTON, March 3 (Wire) - The city.|HARBOURTON|Wire",
    "QARSAN CITY — Authorities began.|QARSAN CITY|"})
  void datelines(String paragraph, String place, String agency) {
    assertEquals(Optional.of(Dateline.of(place, Optional.ofNullable(agency))), Datelines.find(paragraph));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Moscow has long decried the deployment.", "The U.S. - Russia talks ended.",
      "NATO (the alliance) said nothing.", "In Kyiv, officials said"})
  void notDatelines(String paragraph) {
    assertEquals(Optional.empty(), Datelines.find(paragraph));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "Ferry crews walk out over pay - Coastline News#Ferry crews walk out over pay#- Coastline News",
    "Talks stall | World | The Daily Ledger#Talks stall#| World | The Daily Ledger",
    "Doobie Brothers to reunite - cleveland.com#Doobie Brothers to reunite#- cleveland.com",
    "Biden - the man who would be king#Biden - the man who would be king#",
    "Russia Says US, Allies 'Building Up' Forces#Russia Says US, Allies 'Building Up' Forces#"})
  void titleSuffixes(String line, String headline, String suffix) {
    assertEquals(new Titles.Split(headline, suffix == null ? "" : suffix), Titles.split(line));
  }

  @Test
  void normalisationFoldsUnicodeSpacesAndApostrophes() {
    assertEquals("a b c's", Text.normalise("\u00a0a\u2009\u202f b\tc’s \u00a0"));
    assertEquals("a b c’s", Text.collapse("a\u00a0 b c’s"));
    assertEquals("x\u00a0y", Text.strip("\u2009x\u00a0y\u00a0"));
    assertEquals("", Text.normalise(" \u00a0\t"));
  }
}
