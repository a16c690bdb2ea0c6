package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.ArticleWriter;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.ParseReport;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The authors printed beside a date in the article's head ({@link BylineLines#besideDate}). */
class BylineBesideDateTest {
  private static final ArticleParser PARSER = ArticleParser.builder().quotes(false).entities(false).build();
  private static final String BODY = "The harbour board voted on Tuesday to close the old ferry pier for repairs"
      + " that are expected to take most of the winter.\n\nBoats will use the north landing until the work is"
      + " done, the board said in a statement.\n";

  private static List<String> names(Article a) {
    return a.bylines().stream().map(Byline::name).collect(Collectors.toList());
  }

  private static String rule(ParseReport report, String text) {
    return report.lines().stream().filter(l -> l.text().equals(text)).map(LineAssignment::rule).findFirst().orElseThrow();
  }

  @Test
  void aNameAloneOverTheDateTakesFirstNamesFromAroundTheWorld() {
    // first names the English list lacks (first-names-world.txt): a name alone over the date is the byline
    for (String name : List.of("Faraz Hussain Qadri", "Chukwuma Obiora", "João Valadares", "Oleksiy Marchuk",
        "Tiago Brás", "Zofia Wrona", "Akosua Mensah")) {
      String text = "Ferry pier to close for winter repairs\n\n" + name + "\nPublished November 20, 2019\n\n" + BODY;
      assertEquals(List.of(name), names(PARSER.parse(text)), name);
    }
    assertTrue(Gazetteer.INSTANCE.firstName("Faraz"));
    assertTrue(Gazetteer.INSTANCE.firstName("Sheldon"));
  }

  @Test
  void theSitesOwnNameAfterTheAuthorIsItsOutlet() {
    String line = "Por Mariana Tavares, Gazeta Vale Norte";
    String text = "Ferry pier to close for winter repairs | Gazeta Vale\n\nFerry pier to close for winter repairs\n\n"
        + line + "\n\n" + BODY;
    assertEquals(List.of("Mariana Tavares"), names(PARSER.parse(text)));
    // without the site's name on the page, both stay names, as the byline reads them
    assertEquals(2, names(PARSER.parse("Ferry pier to close for winter repairs\n\n" + line + "\n\n" + BODY)).size());
  }

  @Test
  void aDateAndANameUnderTheHeadlineAreTheByline() {
    // "Quillon" is in no list of first names: the date beside it is the evidence
    String text = "Ferry pier to close for winter repairs\n\nNovember 20, 2019 Quillon Barrowdale\n\n" + BODY;
    ParseReport report = PARSER.analyze(text);
    assertEquals(List.of("Quillon Barrowdale"), names(report.article()));
    assertEquals(LocalDate.of(2019, 11, 20), report.article().published().orElseThrow().date());
    assertEquals(BylineLines.BESIDE_DATE, rule(report, "November 20, 2019 Quillon Barrowdale"));
  }

  @Test
  void theNameMayComeFirstBehindASeparator() {
    String text = "Ferry pier to close for winter repairs\n\nQuillon Barrowdale | 20 November 2019\n\n" + BODY;
    assertEquals(List.of("Quillon Barrowdale"), names(PARSER.parse(text)));
  }

  @Test
  void aLineAfterTheFirstParagraphIsNotInTheHead() {
    String text = "Ferry pier to close for winter repairs\n\n" + BODY + "\nNovember 20, 2019 Quillon Barrowdale\n";
    Article a = PARSER.parse(text);
    assertEquals(List.of(), names(a));
    assertTrue(a.published().isEmpty());
  }

  @Test
  void aTextWithAnAuthorLineKeepsIt() {
    String text = "Ferry pier to close for winter repairs\n\nBy Ada Lane\n\nNovember 20, 2019 Quillon Barrowdale\n\n"
        + BODY;
    assertEquals(List.of("Ada Lane"), names(PARSER.parse(text)));
  }

  @Test
  void anAgencyBesideTheDateIsNoAuthor() {
    String text = "Ferry pier to close for winter repairs\n\nAssociated Press November 20, 2019\n\n" + BODY;
    assertEquals(List.of(), names(PARSER.parse(text)));
  }

  @Test
  void withoutADateANewNameIsNoByline() {
    String text = "Ferry pier to close for winter repairs\n\nQuillon Barrowdale\n\n" + BODY;
    assertEquals(List.of(), names(PARSER.parse(text)));
  }

  @Test
  void aNameWithItsJobUnderTheHeadlineIsTheByline() {
    String text = "Ferry pier to close for winter repairs\n\nAda Lane Senior Contributor\n\n" + BODY;
    ParseReport report = PARSER.analyze(text);
    assertEquals(List.of(Byline.of("Ada Lane", java.util.Optional.of("Senior Contributor"))),
        report.article().bylines());
    assertEquals(BylineLines.WITH_JOB, rule(report, "Ada Lane Senior Contributor"));
    // in the body, a name and a job is a paragraph of its own
    assertEquals(List.of(), names(PARSER.parse("Ferry pier to close for winter repairs\n\n" + BODY
        + "\nAda Lane Senior Contributor\n")));
  }

  @Test
  void aNameAloneBesideADateLineOrAReadingTimeOrUnderByIsTheByline() {
    for (String head : List.of("Ada Lane\nNovember 20, 2019", "November 20, 2019\n\nAda Lane", "By\nAda Lane",
        "Ada Lane\n\n6 min read")) {
      String text = "Ferry pier to close for winter repairs\n\n" + head + "\n\n" + BODY;
      ParseReport report = PARSER.analyze(text);
      assertEquals(List.of("Ada Lane"), names(report.article()), head);
      assertEquals(BylineLines.NAME_ALONE, rule(report, "Ada Lane"), head);
      assertEquals(report.article(), PARSER.parse(ArticleWriter.write(report.article())), head);
      assertEquals(2, report.article().paragraphs().size(), head); // the reading time is the page's
    }
    // a name alone with nothing beside it may be a heading, a place, a team: no byline
    assertEquals(List.of(), names(PARSER.parse("Ferry pier to close for winter repairs\n\nAda Lane\n\n" + BODY)));
  }

  // A name-shaped line no list of first names knows, glued to the date line, may be a section's or an edition's
  // label as well as an author: no byline; nor is a possessive beside the date ("Today's Paper | date").
  @Test
  void anUnknownNameGluedToTheDateLineOrAPossessiveBesideItIsNoByline() {
    for (String head : List.of("Harbour Stories\nPublished November 20, 2019",
        "Published November 20, 2019\nWeekend Edition", "Ferry Desk\nNovember 20, 2019",
        "Today's Paper | November 20, 2019")) {
      Article a = PARSER.parse("Ferry pier to close for winter repairs\n\n" + head + "\n\n" + BODY);
      assertEquals(List.of(), names(a), head);
      if (!head.startsWith("Today's")) {
        assertEquals(LocalDate.of(2019, 11, 20), a.published().orElseThrow().date(), head);
      }
    }
  }

  // The site's name, printed in its masthead too, may stand between the name and the date line; glued to the
  // date line alone, it is no author.
  @Test
  void theSitesNameBetweenTheNameAndTheDateIsNoAuthor() {
    String head = "Coast Courier\nNews\nSport\n\nFerry pier to close for winter repairs\n\n";
    for (String byline : List.of("Ada Lane\nCoast Courier\nPublished November 20, 2019",
        "Coast Courier\nPublished November 20, 2019")) {
      ParseReport report = PARSER.analyze(head + byline + "\n\n" + BODY);
      assertEquals(byline.startsWith("Ada") ? List.of("Ada Lane") : List.of(), names(report.article()), byline);
      assertEquals(report.article(), PARSER.parse(ArticleWriter.write(report.article())), byline);
    }
  }

  // How long ago the article was posted stands beside the name as a date does.
  @Test
  void aNameAloneBesideAnAgeIsTheByline() {
    for (String head : List.of("Ada Lane\n\n3 hours ago", "Ada Lane\n\n•\n\n8h", "2d\n\nAda Lane")) {
      String text = "Ferry pier to close for winter repairs\n\n" + head + "\n\n" + BODY;
      ParseReport report = PARSER.analyze(text);
      assertEquals(List.of("Ada Lane"), names(report.article()), head);
      assertEquals(BylineLines.NAME_ALONE, rule(report, "Ada Lane"), head);
    }
    // a number of something else is no age
    assertEquals(List.of(), names(PARSER.parse("Ferry pier to close for winter repairs\n\nAda Lane\n\n8 boats\n\n"
        + BODY)));
  }

  @Test
  void theCanonicalTextReadsTheSame() {
    String text = "Ferry pier to close for winter repairs\n\nNovember 20, 2019 Quillon Barrowdale\n\n" + BODY;
    Article first = PARSER.parse(text);
    assertEquals(first, PARSER.parse(ArticleWriter.write(first)));
  }

  @Test
  void theDateMayStandPastALineOfTheHeadsFurniture() {
    String text = "Ferry pier to close for winter repairs\n\nAda Lane\n\nShare\n\nNovember 20, 2019\n\n" + BODY;
    ParseReport report = PARSER.analyze(text);
    assertEquals(List.of("Ada Lane"), names(report.article()));
    assertEquals(BylineLines.NAME_ALONE, rule(report, "Ada Lane"));
  }

  @Test
  void marksBeforeByAreNoPartOfTheAuthorLine() {
    String text = "Ferry pier to close for winter repairs\n\n// By Ada Lane \u2022 Nov 11, 2020\n\n" + BODY;
    assertEquals(List.of("Ada Lane"), names(PARSER.parse(text)));
  }

  @Test
  void theAuthorsMayFollowASummaryUnderTheHeadline() {
    String text = "Ferry pier to close for winter repairs\n\nThe harbour's oldest pier shuts until spring while"
        + " engineers replace its timber deck.\n\nAda Lane\n\nNovember 20, 2019\n\n" + BODY;
    assertEquals(List.of("Ada Lane"), names(PARSER.parse(text)));
  }

  @Test
  void aSignatureUnderAnEmbeddedPostIsNoAuthorLine() {
    String text = "Ferry pier to close for winter repairs\n\nThe harbour's oldest pier shuts until spring while"
        + " engineers replace its timber deck.\n\n\u2014 Ada Lane (@adalane) November 1, 2019\n\n" + BODY;
    assertEquals(List.of(), names(PARSER.parse(text)));
  }

  @Test
  void aNameOverTheHeadlineBesideAReadingTimeIsTheByline() {
    String text = "Ferry pier to close for winter repairs | Harbour Weekly\n\nSign in\n\nAda Lane\n\n6 min read\n\n"
        + "Ferry pier to close for winter repairs\n\n" + BODY;
    ParseReport report = PARSER.analyze(text);
    assertEquals("Ferry pier to close for winter repairs", report.article().title());
    assertEquals(List.of("Ada Lane"), names(report.article()));
    assertEquals(report.article(), PARSER.parse(ArticleWriter.write(report.article())));
  }

  // The head printed its date under the headline, then a summary: a name alone past them, before the prose,
  // is the author's, whatever stands after it.
  @Test
  void aNameAlonePastTheHeadsDateAndSummaryIsTheByline() {
    String head = "November 20, 2019\n\nThe harbour's oldest pier shuts until spring while engineers replace its"
        + " timber deck.\n\nAda Lane\n\nferriesharbourwinter works";
    ParseReport report = PARSER.analyze("Ferry pier to close for winter repairs\n\n" + head + "\n\n" + BODY);
    assertEquals(List.of("Ada Lane"), names(report.article()));
    assertEquals(BylineLines.NAME_ALONE, rule(report, "Ada Lane"));
    // without the date above it, the name alone is no evidence
    String undated = "The harbour's oldest pier shuts until spring while engineers replace its timber deck.\n\nAda"
        + " Lane\n\nferriesharbourwinter works";
    assertEquals(List.of(), names(PARSER.parse("Ferry pier to close for winter repairs\n\n" + undated + "\n\n"
        + BODY)));
  }

  // "Follow" beside the name is a control of the page, as chrome is, even when no rule has read it as chrome.
  @Test
  void aControlBetweenTheNameAndTheDateIsFurniture() {
    String text = "Ferry pier to close for winter repairs\n\nAda Lane\n\nFollow\n\nNov 20, 2019 \u00b7 6 min read\n\n"
        + BODY;
    assertEquals(List.of("Ada Lane"), names(PARSER.parse(text)));
    String other = "Ferry pier to close for winter repairs\n\nAda Lane\n\nRead the guide\n\nNov 20, 2019\n\n"
        + BODY;
    assertEquals(List.of(), names(PARSER.parse(other)));
  }

  // Beside a date, several names, each with a known first name, are the authors.
  @Test
  void namesAloneBesideADateAreTheByline() {
    for (String head : List.of("Ada Lane and Tom Barrowdale\n\nNovember 20, 2019",
        "ADA LANE AND TOM BARROWDALE\n\nNovember 20, 2019", "Ada Lane, Tom Barrowdale\n\nNovember 20, 2019")) {
      ParseReport report = PARSER.analyze("Ferry pier to close for winter repairs\n\n" + head + "\n\n" + BODY);
      assertEquals("Ada Lane, Tom Barrowdale",
          String.join(", ", names(report.article())), head);
      assertEquals(report.article(), PARSER.parse(ArticleWriter.write(report.article())), head);
    }
    // words the page writes in lower case are no names; nor is a name the parser does not know as a first name
    assertEquals(List.of(), names(PARSER.parse("Ferry pier to close for winter repairs\n\nAda Lane and Grace"
        + " Repairs\n\nNovember 20, 2019\n\n" + BODY)));
    assertEquals(List.of(), names(PARSER.parse("Ferry pier to close for winter repairs\n\nHarbour Stories\n\n"
        + "November 20, 2019\n\n" + BODY)));
  }

  // A page that prints each author as a link may break the author line at the links, or stack the authors one
  // a line: the names alone around the one beside the date are the byline's too.
  @Test
  void anAuthorLineBrokenAtItsLinksOrStackedNamesAreOneByline() {
    for (String head : List.of("by\nAda Lane\nand\nTom Barrowdale\nHarbour Desk Weekly\nNovember 20, 2019",
        "Ada Lane\n\n+ Follow\n\nTom Barrowdale\n\n+ Follow\n\nNovember 20, 2019",
        "Ada Lane\nTom Barrowdale\nNovember 20, 2019")) {
      ParseReport report = PARSER.analyze("Ferry pier to close for winter repairs\n\n" + head + "\n\n" + BODY);
      assertEquals(List.of("Ada Lane", "Tom Barrowdale"), names(report.article()), head);
      assertEquals(report.article(), PARSER.parse(ArticleWriter.write(report.article())), head);
    }
    assertEquals("byline:connector", rule(PARSER.analyze("Ferry pier to close for winter repairs\n\nby\nAda Lane\nand"
        + "\nTom Barrowdale\nNovember 20, 2019\n\n" + BODY), "and"));
    // a line that is no name alone ends the byline: the site's section under the author is not read as one
    assertEquals(List.of("Ada Lane"), names(PARSER.parse("Ferry pier to close for winter repairs\n\nHarbour"
        + " Stories\n\nAda Lane\n\nNovember 20, 2019\n\n" + BODY)));
    // a name in a block of its own over the author, with no connector between, is a section's or a column's
    for (String label : List.of("Grace Notes", "Hope Street", "Mara Quill")) {
      assertEquals(List.of("Ada Lane"), names(PARSER.parse("Ferry pier to close for winter repairs\n\n" + label
          + "\n\nAda Lane\n\nNovember 20, 2019\n\n" + BODY)), label);
    }
    // nor is a name over the headline, which is not the article's head
    assertEquals(List.of("Ada Lane"), names(PARSER.parse("Tom Barrowdale\n\nFerry pier to close for winter"
        + " repairs\n\nAda Lane\n\nNovember 20, 2019\n\n" + BODY)));
  }

  // "Door" and "Par" are English words too: after them, under the headline, only known first names make authors
  // ("Door Jan Jansen"), not a kicker's words ("Door Prize Draw Tonight").
  @Test
  void aByOfAnotherLanguageNeedsAKnownFirstName() {
    String text = "Ferry pier to close for winter repairs\n\nDoor Jan Jansen en Piet de Vries\n"
        + "Gepubliceerd: zaterdag 5 december 2026, 07:03\n\n" + BODY;
    assertEquals(List.of("Jan Jansen", "Piet de Vries"), names(PARSER.parse(text)));
    for (String kicker : List.of("Door Prize Draw Tonight", "Par Fives Prove Costly", "Per Capita Spending Falls")) {
      String page = "Ferry pier to close for winter repairs\n\n" + kicker + "\n5 December 2026\n\n" + BODY;
      assertEquals(List.of(), names(PARSER.parse(page)), kicker);
    }
  }

  // Beside the date, the author's e-mail address under the name, spelling it, is evidence enough for a name whose
  // first name no list knows; a label no list knows ("Series:"), or an address that spells no word of the line,
  // is not.
  @Test
  void anEmailAddressThatSpellsTheNameTakesAnUnknownName() {
    Article a = PARSER.parse("Ferry pier to close for winter repairs\n\nQuillon Barrowdale\n"
        + "quillon@coastcourier.example\nPublished November 20, 2019\n\n" + BODY);
    assertEquals(List.of("Quillon Barrowdale"), names(a));
    for (String head : List.of("Series: Winter Tales\nPublished November 20, 2019",
        "Door Prize Draw Tonight\nnews@coastcourier.example\nPublished November 20, 2019",
        "Quillon Barrowdale\nLisbon\nPublished November 20, 2019")) {
      Article b = PARSER.parse("Ferry pier to close for winter repairs\n\n" + head + "\n\n" + BODY);
      assertEquals(List.of(), names(b), head);
    }
  }

  // The place filed from between a known name and the date is the head's furniture ("Name in City" on two lines);
  // co-authors each need a known first name (an outlet after a comma has a name's shape too).
  @Test
  void aPlaceUnderAKnownNameIsFurnitureAndCoAuthorsEachNeedAKnownName() {
    Article a = PARSER.parse("Ferry pier to close for winter repairs\n\nHelen Marsh\nLisbon\n"
        + "Published November 20, 2019\n\n" + BODY);
    assertEquals(List.of("Helen Marsh"), names(a));
    Article b = PARSER.parse("Ferry pier to close for winter repairs\n\nHelen Marsh, Kowloon Ledger\n"
        + "Published November 20, 2019\n\n" + BODY);
    assertTrue(names(b).stream().noneMatch(n -> n.contains("Kowloon")), names(b).toString());
  }

  // A name over one person's job, under the headline: the job is the evidence, the first name need not be known.
  // A heading over a list ("Senior Writers") or a place over a job is no author.
  @Test
  void aNameOverItsJobUnderTheHeadlineTakesAnUnknownName() {
    String text = "Ferry pier to close for winter repairs\n\nLindiwe Mahlangu\nEastern Cape Correspondent\n"
        + "Published 5 December 2026 | 14:32\n\n" + BODY;
    Article a = PARSER.parse(text);
    assertEquals(List.of(Byline.of("Lindiwe Mahlangu", java.util.Optional.of("Eastern Cape Correspondent"))),
        a.bylines());
    assertEquals(BylineLines.NAME_LINE, rule(PARSER.analyze(text), "Lindiwe Mahlangu"));
    assertEquals(a, PARSER.parse(ArticleWriter.write(a)), "the canonical text reads back equal");
    assertTrue(NameRoleLines.readPairInHead("Harbour Stories", "Senior Writers").isEmpty());
    assertTrue(NameRoleLines.readPairInHead("Cape Town", "Correspondent").isEmpty());
    // a desk's or a section's name over a job: a body's or a place's head word, no person's name
    for (String desk : List.of("Local Government", "Ostby Harbour", "Breaking News")) {
      String page = "Ferry pier to close for winter repairs\n\n" + desk + "\nSenior Reporter\n"
          + "Published 5 December 2026 | 14:32\n\n" + BODY;
      assertEquals(List.of(), names(PARSER.parse(page)), desk);
    }
  }

  // On a page that sets a blank line after every line, the job under the name stands after a blank line as every
  // line does: it is the name's all the same. A job's own words ("Chief Racing Correspondent") are no name with a
  // job.
  @Test
  void onADoubleSpacedPageTheJobUnderTheNameIsItsOwn() {
    String text = String.join("\n\n", "Ferry pier to close for winter repairs", "Lindiwe Mahlangu",
        "Chief Harbour Correspondent", "Published 5 December 2026 | 14:32", BODY.strip().replace("\n\n", "\n"))
        .replace("\n", "\n\n").replace("\n\n\n\n", "\n\n") + "\n";
    Article a = PARSER.parse(text);
    assertEquals(List.of(Byline.of("Lindiwe Mahlangu", java.util.Optional.of("Chief Harbour Correspondent"))),
        a.bylines(), text);
    String jobOnly = "Ferry pier to close for winter repairs\n\nChief Harbour Correspondent\n"
        + "Published 5 December 2026 | 14:32\n\n" + BODY;
    assertEquals(List.of(), names(PARSER.parse(jobOnly)), "a job's words alone are no author");
    // a title's word before a known first name is the person's: "Dr Ana Ruiz", over her job
    String titled = "Ferry pier to close for winter repairs\n\nDr Ana Ruiz Health Correspondent\n"
        + "Published 5 December 2026 | 14:32\n\n" + BODY;
    assertEquals(List.of("Dr Ana Ruiz"), names(PARSER.parse(titled)));
  }

  // Authors stacked each as a name over a job: every pair is the byline's; a pair under them that is a desk's
  // name over a job ends the stack.
  @Test
  void namesOverJobsStackedUnderTheHeadlineAreAllAuthors() {
    String text = "Ferry pier to close for winter repairs\n\nLindiwe Mahlangu\nEastern Cape Correspondent\n"
        + "Kerrow Vance\nHarbour Reporter\nLocal Government\nSenior Reporter\n"
        + "Published 5 December 2026 | 14:32\n\n" + BODY;
    Article a = PARSER.parse(text);
    assertEquals(List.of(Byline.of("Lindiwe Mahlangu", java.util.Optional.of("Eastern Cape Correspondent")),
        Byline.of("Kerrow Vance", java.util.Optional.of("Harbour Reporter"))), a.bylines());
    assertEquals(a, PARSER.parse(ArticleWriter.write(a)), "the canonical text reads back equal");
    // the same when the second author's first name is known, and that pair is read first by it
    Article b = PARSER.parse(text.replace("Kerrow Vance", "Tom Wicks"));
    assertEquals(List.of("Lindiwe Mahlangu", "Tom Wicks"), names(b));
  }
}
