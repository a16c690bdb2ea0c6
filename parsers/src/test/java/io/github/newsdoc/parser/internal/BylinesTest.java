package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.model.PublicationTime;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.Newsdoc;
import io.github.newsdoc.parser.RuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms of author lines in general use, each with lines made up for the test. */
class BylinesTest {
  private static List<String> names(String line) {
    return Bylines.read(line).orElseThrow().people().stream().map(Byline::name).collect(Collectors.toList());
  }

  private static List<String> credits(String line) {
    return Bylines.read(line).orElseThrow().credits();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "By Tilda Marsh|Tilda Marsh",
    "By Tilda Marsh and Oren Bask|Tilda Marsh;Oren Bask",
    "by Tilda Marsh|Tilda Marsh",
    "by: Tilda Marsh, Oren Bask|Tilda Marsh;Oren Bask",
    "By TILDA MARSH and OREN O'BASK-LEE|Tilda Marsh;Oren O'Bask-Lee",
    "BY TILDA MARSH AND OREN BASK|Tilda Marsh;Oren Bask",
    "BY TILDA E MARSH|Tilda E Marsh",
    "Par Claire Vennet|Claire Vennet",
    "Von Jana Holm und Max Treiber|Jana Holm;Max Treiber",
    "Por Maria Luz Ocaña y Pablo Ruiz|Maria Luz Ocaña;Pablo Ruiz",
    "di Giulia Ferro|Giulia Ferro",
    "Per Marta Ferrer|Marta Ferrer",
    "Posted by Tilda Marsh|Tilda Marsh",
    "Written by Tilda Marsh and Oren Bask|Tilda Marsh;Oren Bask",
    "Author: Tilda Marsh|Tilda Marsh",
    "Door Pieter van Holt en Femke Jorna|Pieter van Holt;Femke Jorna",
    "Door Jan Holt en Femke Jorna|Jan Holt;Femke Jorna",
    "Von Jan Treiber|Jan Treiber",
    "Autori: Andrei Popescu, Elena Marin|Andrei Popescu;Elena Marin",
    "Avtorica: Tjaša Rožanc|Tjaša Rožanc",
    "Autorka: Jana Nováková|Jana Nováková",
    "Szerző: Fehér Bence|Fehér Bence",
    "Szerzők: Kovács Dóra, Fehér Bence|Kovács Dóra;Fehér Bence",
    "Av Kari Nordvik og Lars Berg|Kari Nordvik;Lars Berg",
    "Af Anna Holm|Anna Holm",
    "Forfatter: Mette Holm|Mette Holm",
    "Författare: Anna Lind och Erik Berg|Anna Lind;Erik Berg",
    "Yazar: Ayşe Demir|Ayşe Demir",
    "Penulis: Siti Rahma|Siti Rahma",
    "Av Maria Rahma dan David Putra|Maria Rahma;David Putra"})
  void readsTheNamesOfAnAuthorLine(String line, String expected) {
    assertEquals(List.of(expected.split(";")), names(line));
  }

  // After another language's "by", names joined as a list, each of two words or more, read as authors though no
  // first name is a known one; a single unknown name, or a list of single words, does not.
  @Test
  void namesJoinedAsAListAfterAnotherLanguagesByAreAuthors() {
    assertEquals(List.of("Mette Lund Sørensen", "Anders Kjær"), names("Af Mette Lund Sørensen og Anders Kjær"));
    assertEquals(List.of("Oiva Hakala", "Ilmi Rautio"), names("Por Oiva Hakala y Ilmi Rautio"));
    assertTrue(Bylines.read("Di Maio e Conte").isEmpty());
    assertTrue(Bylines.read("Por Oiva Hakala").isEmpty());
    for (String places : List.of("Por Buenos Aires y Nueva York", "Von Neu Delhi und Hong Kong",
        "Par Le Monde et Le Figaro", "Di Santa Maria e San Marco")) {
      assertTrue(Bylines.read(places).isEmpty(), places);
    }
  }

  // A job after a slash without spaces ("Name/Senior Staff Reporter"): the person's role, and "By" no part of the
  // name; a photographer's name over a slash is a picture's credit, and an outlet after one is no job.
  @Test
  void aJobAfterASlashIsTheRole() {
    Bylines.Reading r = Bylines.read("By Tilda Marsh/Senior Staff Reporter").orElseThrow();
    assertEquals(List.of("Tilda Marsh"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(Optional.of("Senior Staff Reporter"), r.people().get(0).role());
    assertEquals("Tilda Marsh / Staff Writer", Bylines.slashedJob("Tilda Marsh/Staff Writer"));
    assertEquals("Tilda Marsh/Photographer", Bylines.slashedJob("Tilda Marsh/Photographer"));
    assertEquals("Tilda Marsh/Coast News", Bylines.slashedJob("Tilda Marsh/Coast News"));
    assertEquals("and/or Staff", Bylines.slashedJob("and/or Staff"));
  }

  // "Oleh" is Indonesian for "by", and a Ukrainian first name: the name line is that person, never "by Kim".
  @Test
  void olehIsAFirstName() {
    assertFalse(Bylines.read("Oleh Kim").map(r -> names("Oleh Kim")).orElse(List.of()).contains("Kim"));
  }

  // A Spanish time written "11:02 a. m." closes the date after the author, as "11:02 a.m." does.
  @Test
  void aSpanishTimeClosesTheDateAfterTheAuthor() {
    Bylines.Reading r = Bylines.read("Por Maria Ruiz | 6 de diciembre de 2026, 11:02 a. m.").orElseThrow();
    assertEquals(List.of("Maria Ruiz"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(Optional.of("6 de diciembre de 2026, 11:02 a. m."), r.date());
  }

  @Test
  void anAgencyAfterTheNamesIsCreditedNotAPerson() {
    String line = "By Nora Quill, Abel Finch and Ruth Sand, Wireline";
    assertEquals(List.of("Nora Quill", "Abel Finch", "Ruth Sand"), names(line));
    assertEquals(List.of("Wireline"), credits(line));
    assertEquals(List.of("Allied Press"), credits("By Nora Quill and Abel Finch, Allied Press"));
    assertEquals(List.of("Harbourtown.com"), credits("By Nora Quill, Harbourtown.com"));
  }

  @Test
  void aSiteAfterABarIsCreditedNotAPerson() {
    assertEquals(List.of("Nora Quill"), names("By Nora Quill | Coast Courier"));
    assertEquals(List.of("Coast Courier"), credits("By Nora Quill | Coast Courier"));
    assertEquals(List.of("Valley News"), credits("Helen Brask · Valley News"));
  }

  @Test
  void aNameInCapitalsBeforeItsAgency() {
    Bylines.Reading r = Bylines.read("By NORA QUILL Allied Press").orElseThrow();
    assertEquals(List.of("Nora Quill"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(List.of("Allied Press"), r.credits());
  }

  // A place's name after the last name's comma is where the reporter filed from, not a second author (one word
  // no gazetteer knows as a place is read as an outlet, as "Reuters" is).
  @Test
  void aPlaceAfterTheNameIsTheReportersNotAnAuthor() {
    assertEquals(Optional.of(List.of(Byline.of("Nora Quill", Optional.of("Lisbon")))),
        Bylines.parse("By Nora Quill, Lisbon"));
    assertEquals(List.of("Oakmere"), credits("By Nora Quill, Oakmere"));
    assertEquals(List.of("Nora Quill", "Abel Finch"), names("By Nora Quill, Abel Finch"));
    assertEquals(List.of("Nora Quill", "Abel Finch"), names("By Nora Quill and Abel Finch"));
  }

  @Test
  void aRoleStaysTheRole() {
    assertEquals(Optional.of(List.of(Byline.of("Nora Quill", Optional.of("SHOWBIZ REPORTER")))),
        Bylines.parse("By NORA QUILL, SHOWBIZ REPORTER"));
    assertEquals(Optional.of(List.of(Byline.of("Ruth Sand", Optional.of("University of Oakmere")))),
        Bylines.parse("by Ruth Sand, University of Oakmere"));
  }

  @Test
  void aPersonWithoutByNeedsAKnownFirstNameAndMore() {
    assertEquals(Optional.of(List.of(Byline.of("Helen Brask", Optional.of("in Lisbon")))),
        Bylines.parse("Helen Brask in Lisbon"));
    Bylines.Reading r = Bylines.read("Helen Brask @hbrask Nov 19, 2019").orElseThrow();
    assertEquals(List.of("Helen Brask"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(Optional.of("Nov 19, 2019"), r.date());
    assertEquals(List.of("@hbrask"), r.rest());
    assertTrue(r.weak());
  }

  // a page's text may lose the space between the name's link and the handle's; an address is no handle
  @Test
  void aHandleGluedToTheNameIsTheHandle() {
    Bylines.Reading r = Bylines.read("By Tilda Marsh@tildamarsh").orElseThrow();
    assertEquals(List.of("Tilda Marsh"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(List.of("@tildamarsh"), r.rest());
    assertEquals(Optional.empty(), Bylines.read("By tilda@coastherald.example"));
  }

  @Test
  void aDateAfterTheNames() {
    assertEquals(Optional.of("March 3, 2026"), Bylines.read("by Tilda Marsh — March 3, 2026").orElseThrow().date());
    assertEquals(Optional.of("March 3, 2026"), Bylines.read("by Tilda Marsh March 3, 2026").orElseThrow().date());
  }

  @Test
  void lettersAfterANameAreItsRole() {
    assertEquals(Optional.of(List.of(Byline.of("Tilda Marsh", Optional.of("MS, RD")))),
        Bylines.parse("Written by Tilda Marsh, MS, RD"));
    assertEquals(Optional.of(List.of(Byline.of("Tilda Marsh", Optional.of("BSc")))), Bylines.parse("By Tilda Marsh, BSc"));
    assertEquals(List.of("XW"), credits("By Tilda Marsh, XW"));
  }

  @Test
  void aDateBeforeTheNameOfALineWithoutBy() {
    Bylines.Reading r = Bylines.read("March 3, 2026 Helen Brask").orElseThrow();
    assertEquals(Optional.of("March 3, 2026"), r.date());
    assertEquals("Helen Brask", r.people().get(0).name());
  }

  @Test
  void aDateBeforeASeparatorThenTheAuthorLine() {
    Bylines.Reading r = Bylines.read("June 4, 2026 | By Helen Brask").orElseThrow();
    assertEquals(Optional.of("June 4, 2026"), r.date());
    assertEquals(List.of("Helen Brask"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(Optional.empty(), Bylines.read("June 4, 2026 | By the harbour"));
  }

  @Test
  void aReadingTimeAfterTheNamesIsThePages() {
    Bylines.Reading r = Bylines.read("By Helen Brask \u2022 6 min read").orElseThrow();
    assertEquals(List.of("Helen Brask"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(List.of("6 min read"), r.rest());
    assertEquals(List.of("Helen Brask"), names("Published by Helen Brask on June 4, 2026"));
  }

  @Test
  void aDateThenByThenTheNames() {
    Bylines.Reading r = Bylines.read("Thursday 4 June 2026 by Helen Q. Brask").orElseThrow();
    assertEquals(Optional.of("Thursday 4 June 2026"), r.date());
    assertEquals(List.of("Helen Q. Brask"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertTrue(!r.weak());
    assertEquals(Optional.empty(), Bylines.read("Thursday 4 June 2026 by the harbour"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Helen Brask", "Door Slams Shut On Harbour Deal",
      "Par for the course", "Von Miller Signs With Coast", "Par May Day Parade", "Bay Area & State News",
      "By contrast, the council said no.", "Helen Brask said the vote would go ahead.", "Jeff Marsh's Cartoons",
      "Helen Brask, deputy health secretary.\""})
  void notAuthorLines(String line) {
    assertEquals(Optional.empty(), Bylines.read(line));
  }

  @Test
  void aWeakReadingNeverTakesTheHeadlinesPlace() {
    List<Segment> s = segments("Helen Brask in Lisbon\n\nDi Marco Wins Again\n\n"
        + "The strike went on for a third week at the harbour on Monday.\n");
    assertEquals(LineRole.TITLE, s.get(0).role());
    s = segments("Di Marco Wins Again\n\nHelen Brask in Lisbon\n\n"
        + "The strike went on for a third week at the harbour on Monday.\n");
    assertEquals(LineRole.TITLE, s.get(0).role());
    assertEquals(LineRole.BYLINE, s.get(1).role());
  }

  @Test
  void aNameOverItsRoleLine() {
    assertEquals(Optional.of(List.of(Byline.of("Helen Brask", Optional.of("Senior hockey writer")))),
        NameRoleLines.readPair("Helen Brask", "Senior hockey writer").map(Bylines.Reading::people));
    assertEquals(Optional.empty(), NameRoleLines.readPair("Helen Brask", "More columnists"));
    assertEquals(Optional.empty(), NameRoleLines.readPair("Helen Brask", "Staff, West Midlands"));
    assertTrue(NameRoleLines.isRoleLine("Staff, West Midlands"));
  }

  private static ArticleAssembler.Assembled assemble(String text) {
    return ArticleAssembler.assemble(
        new Segmenter(List.of(RuleSet.standard())).segment(LineSplitter.split(text, 1 << 20, 1 << 20)));
  }

  private static List<Segment> segments(String text) {
    return new Segmenter(List.of(RuleSet.standard())).segment(LineSplitter.split(text, 1 << 20, 1 << 20));
  }

  @Test
  void theArticleTakesTheRoleLineTheAgencyAndTheDate() {
    Article a = assemble("Harbour strike enters third week\n\nHelen Brask\nHealth reporter\n\n"
        + "The strike went on for a third week at the harbour on Monday, and the owners stayed away.\n").article();
    assertEquals(List.of(Byline.of("Helen Brask", Optional.of("Health reporter"))), a.bylines());
    a = assemble("Harbour strike enters third week\n\nBy Nora Quill and Abel Finch, Wireline\n\n"
        + "The strike went on for a third week at the harbour on Monday.\n").article();
    assertEquals(List.of("Wireline"), a.credits());
    a = assemble("Harbour strike enters third week\n\nHelen Brask @hbrask Nov 19, 2019\n\nNovember 20, 2019\n\n"
        + "The strike went on for a third week at the harbour on Monday.\n").article();
    assertEquals(Optional.of(PublicationTime.of(LocalDate.of(2019, 11, 19))), a.published());
    assertEquals(List.of("@hbrask", "November 20, 2019"), a.boilerplate());
  }

  @Test
  void aDeskLineTheRoleCannotHoldIsChrome() {
    List<Segment> s = segments("Harbour strike enters third week\n\nHelen Brask\nStaff, West Midlands\n\n"
        + "The strike went on for a third week at the harbour on Monday.\n");
    assertEquals(LineRole.BYLINE, s.get(1).role());
    assertEquals(LineRole.BOILERPLATE, s.get(2).role());
  }

  @Test
  void anAuthorsBioAfterTheProseIsNotAParagraph() {
    String prose = "The strike went on for a third week at the harbour on Monday, and the owners stayed away "
        + "from the talks that the council had called for the afternoon.\n\n";
    List<Segment> s = segments("Harbour strike enters third week\n\nBy Nora Quill\n\n" + prose.repeat(4)
        + "Nora Quill covers labour and the ports for the paper.\n");
    assertEquals(LineRole.BOILERPLATE, s.get(s.size() - 1).role());
    assertEquals("byline:bio", s.get(s.size() - 1).rule());
    s = segments("Harbour strike enters third week\n\nBy Nora Quill\n\n"
        + "Nora Quill is the harbour's oldest pilot and has seen strikes before, she said on Monday.\n\n" + prose.repeat(4));
    assertEquals(LineRole.PARAGRAPH, s.get(2).role(), "a sentence before the prose is the article's");
  }

  // The biography may open with a label, the name in capitals, the family name, or the name and a job between
  // commas; the name printed alone over it goes with it.
  @ParameterizedTest
  @ValueSource(strings = {"About the author: Nora Quill has covered the ports since 2011.",
      "NORA QUILL is a staff writer on the harbour desk.", "Quill is a staff writer on the harbour desk.",
      "Nora Quill, a staff writer, covers labour and the ports.", "Nora Quill\nNora Quill covers labour and the ports."})
  void theFormsOfAnAuthorsBio(String bio) {
    String prose = "The strike went on for a third week at the harbour on Monday, and the owners stayed away "
        + "from the talks that the council had called for the afternoon.\n\n";
    List<Segment> s = segments("Harbour strike enters third week\n\nBy Nora Quill\n\n" + prose.repeat(4) + bio + "\n");
    for (int k = s.size() - bio.split("\n").length; k < s.size(); k++) {
      assertEquals("byline:bio", s.get(k).rule(), bio);
    }
    s = segments("Harbour strike enters third week\n\nBy Nora Quill\n\n" + prose.repeat(4)
        + "Quillon is a staff writer on the harbour desk.\n");
    assertEquals(LineRole.PARAGRAPH, s.get(s.size() - 1).role(), "another name");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "By Tilda Y. Marsh Senior Contributor|Tilda Y. Marsh|Senior Contributor",
    "By Tilda Marsh Chief Political Correspondent|Tilda Marsh|Chief Political Correspondent",
    "By Oren Bask and Tilda Marsh Staff Writers|Oren Bask;Tilda Marsh|-;Staff Writers",
    "By Tilda Marsh, Senior Contributor|Tilda Marsh|Senior Contributor",
    "Tilda Marsh, Coast Sports Writer|Tilda Marsh|Coast Sports Writer",
    "By Jane Writer|Jane Writer|-",
    "Текст: Анна Белова · 3 февраля 2025|Анна Белова|-",
    "Автор: Анна Белова|Анна Белова|-",
    "김하늘 기자 sky@example.kr|김하늘|기자",
    "이도윤 칼럼니스트|이도윤|칼럼니스트",
    "佐藤花子記者|佐藤花子|記者",
    "By 김하늘, 기자|김하늘|기자"})
  void aJobPrintedAfterTheNameWithoutACommaIsTheRole(String line, String names, String roles) {
    List<Byline> people = Bylines.read(line).orElseThrow().people();
    assertEquals(List.of(names.split(";")), people.stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(List.of(roles.split(";")), people.stream().map(b -> b.role().orElse("-")).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"문화", "기자", "김하늘", "서울 기자회견 열려"})
  void koreanWordsWithoutAJobAreNoByline(String line) {
    assertTrue(Bylines.read(line).isEmpty(), line);
  }

  // An outlet on the line under an author line is credited, as it is after a comma; an address is the page's.
  @Test
  void anOutletOrAnAddressUnderTheAuthorLine() {
    String body = "\n\nThe strike went on for a third week at the harbour on Monday, the union said.\n\n"
        + "Talks with the port authority are set to resume on Thursday.\n";
    io.github.newsdoc.parser.ParseReport report = io.github.newsdoc.parser.ArticleParser.standard()
        .analyze("Harbour strike enters third week\n\nBy Helen Brask\nCoast Wire" + body);
    Article a = report.article();
    assertEquals(List.of("Helen Brask"), a.bylines().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(List.of("Coast Wire"), a.credits());
    assertEquals(2, a.paragraphs().size());
    assertEquals(a, io.github.newsdoc.parser.ArticleParser.standard().parse(
        io.github.newsdoc.parser.ArticleWriter.write(a)));
    assertEquals(BylineLines.OUTLET_LINE, report.lines().stream().filter(l -> l.text().equals("Coast Wire"))
        .findFirst().orElseThrow().rule());
    a = io.github.newsdoc.parser.ArticleParser.standard().parse("Harbour strike enters third week\n\nBy Helen Brask\n"
        + "helen.brask@coastwire.example" + body);
    assertEquals(2, a.paragraphs().size());
    assertTrue(a.boilerplate().contains("helen.brask@coastwire.example"));
    // a line that is no outlet stays where it was
    a = io.github.newsdoc.parser.ArticleParser.standard().parse("Harbour strike enters third week\n\nBy Helen Brask\n"
        + "Talks resume Thursday" + body);
    assertEquals(List.of(), a.credits());
  }

  // An update time on the author line is the update time: it neither takes the publication time's place nor
  // makes the publication line under it a repeat.
  @Test
  void anUpdateTimeOnTheAuthorLineIsTheUpdateTime() {
    String body = "\n\nThe strike went on for a third week at the harbour on Monday, the union said.\n\n"
        + "Talks with the port authority are set to resume on Thursday.\n";
    Article a = io.github.newsdoc.parser.ArticleParser.standard().parse("Harbour strike enters third week\n\n"
        + "By Helen Brask | Updated June 6, 2026\n\nPublished June 5, 2026" + body);
    assertEquals(LocalDate.of(2026, 6, 5), a.published().orElseThrow().date());
    assertEquals(LocalDate.of(2026, 6, 6), a.updated().orElseThrow().date());
    a = io.github.newsdoc.parser.ArticleParser.standard().parse("Harbour strike enters third week\n\n"
        + "By Helen Brask | Published June 5, 2026 | Updated June 6, 2026" + body);
    assertEquals(LocalDate.of(2026, 6, 5), a.published().orElseThrow().date());
    assertEquals(LocalDate.of(2026, 6, 6), a.updated().orElseThrow().date());
    assertEquals(a, io.github.newsdoc.parser.ArticleParser.standard().parse(
        io.github.newsdoc.parser.ArticleWriter.write(a)));
  }

  @Test
  void anEnglishAuthorLineReadsEachPieceAfterItsNames() {
    // one person's job after a slash or a dash, as after a comma
    assertEquals(Optional.of(List.of(Byline.of("Nora Quill", Optional.of("Staff Writer")))),
        Bylines.parse("By Nora Quill / Staff Writer"));
    assertEquals(Optional.of(List.of(Byline.of("Nora Quill", Optional.of("Staff Writer")))),
        Bylines.parse("By Nora Quill - Staff Writer"));
    // an outlet's name before the job: still one person's job
    assertEquals(Optional.of(List.of(Byline.of("Nora Quill", Optional.of("Coast Post Contributor")))),
        Bylines.parse("By Nora Quill - Coast Post Contributor"));
    // the job, the date and the section with no separator between them
    Bylines.Reading job = Bylines.read("By Nora Quill - Coast Post Contributor 2024-04-05T09:14:19Z Local").orElseThrow();
    assertEquals(List.of(Byline.of("Nora Quill", Optional.of("Coast Post Contributor"))), job.people());
    assertEquals(Optional.of("2024-04-05T09:14:19Z"), job.date());
    assertEquals(List.of("Local"), job.rest());
    // a date, then the section; how long ago it was posted
    Bylines.Reading r = Bylines.read("By Nora Quill | April 5, 2024 | Local").orElseThrow();
    assertEquals(List.of("Nora Quill"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(Optional.of("April 5, 2024"), r.date());
    assertEquals(List.of("Local"), r.rest());
    r = Bylines.read("Story by Nora Quill \u2022 3h").orElseThrow();
    assertEquals(List.of("Nora Quill"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(List.of("3h"), r.rest());
    // the date between the names and the section, with no separator
    r = Bylines.read("By Nora Quill, Abel Finch 2024-04-05T09:14:19Z Science & Space").orElseThrow();
    assertEquals(List.of("Nora Quill", "Abel Finch"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(Optional.of("2024-04-05T09:14:19Z"), r.date());
    assertEquals(List.of("Science & Space"), r.rest());
  }

  @Test
  void withoutByThePiecesAfterTheNamesAreNoEvidence() {
    // a commenter's name and the time of the comment, and a name with a desk after a slash
    assertTrue(Bylines.read("Helen Brask August 17, 2019 - 2:19 pm").isEmpty());
    assertTrue(Bylines.read("Helen Brask / Staff Writer").isEmpty());
    // two pieces that tell no time, or two labels
    assertTrue(Bylines.read("By Nora Quill | Local | Sport").isEmpty());
  }

  @Test
  void aNamePrintedTwiceOverIsOneName() {
    assertEquals(List.of("Nora Quill"), names("By Nora Quill Nora Quill"));
    assertEquals(List.of("Nora Quill", "Abel Finch"), names("By Nora Quill Nora Quill and Abel Finch"));
  }

  @Test
  void theAuthorLinesOfTeasersInTheFooterAreTheSites() {
    String text = "Ferry to stop running at the end of the month\n\nBy Nora Quill\n\n"
        + "The river ferry between Ostby and Lunden will stop running at the end of the month, the county council "
        + "said on Tuesday, after the last of its two boats failed an inspection.\n\n"
        + "Commuters who use the crossing every day said the bus around the estuary adds almost an hour to their "
        + "journey, and asked the council to hire a boat until a new one is built.\n\n"
        + "Related stories\n"
        + "New bridge over the estuary delayed again\nBy Abel Finch\n"
        + "The council has put back the opening of the bridge by another year, blaming the weather.\n"
        + "Bus fares rise across the county\nBy Ruth Sand\n"
        + "Passengers will pay more from next month as the operator raises every fare by a tenth.\n";
    Article a = Newsdoc.parse(text);
    assertEquals(List.of("Nora Quill"), a.bylines().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)));
  }

  @Test
  void aTimeOfDayEndingInAmOrPmClosesTheDateAfterTheNames() {
    Bylines.Reading r = Bylines.read("By Nora Quill, April 5, 2024 9:14 a.m.").orElseThrow();
    assertEquals(List.of("Nora Quill"), r.people().stream().map(Byline::name).collect(Collectors.toList()));
    assertEquals(Optional.of("April 5, 2024 9:14 a.m."), r.date());
    // a sentence that ends with a time is still no author line
    assertTrue(Bylines.read("By the time the ferry left it was 9 p.m.").isEmpty());
  }
}
