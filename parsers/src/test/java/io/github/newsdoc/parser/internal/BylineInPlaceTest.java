package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.ParseReport;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Authors with the place they filed from, a place no gazetteer knows: {@code "By Ana Ruiz in Merrowby"}, and
 * under the headline without "by", {@code "Ana Ruiz in Port Annick"}. Every name, place and sentence is invented.
 */
class BylineInPlaceTest {
  private static final ArticleParser PARSER = ArticleParser.builder().quotes(false).entities(false).build();
  private static final String HEADLINE = "Harbour board backs second ferry to the island";
  private static final String BODY = "The harbour board voted on Tuesday to fund a second ferry crossing to the"
      + " island, ending a dispute that had divided the town since the spring.\n\nCouncillors approved the plan by"
      + " seven votes to four after a session that ran past midnight.\n\nThe new boat is expected to enter"
      + " service next summer and will run every forty minutes, the board said.\n";
  private static final List<String> FIRST = List.of("Anna", "Peter", "Maria", "David", "Sarah", "Thomas");
  private static final List<String> LAST = List.of("Verlow", "Redding", "Caborn", "Quillane", "Drossmore");
  private static final List<String> PLACES = List.of("Merrowby", "Port Annick", "Saint Orvel", "Tarnwick Bay",
      "Lisbon", "Oldharbour");

  private static List<String> names(Article a) {
    return a.bylines().stream().map(Byline::name).collect(Collectors.toList());
  }

  private static List<String> paragraphs(Article a) {
    return a.paragraphs().stream().map(p -> p.text()).collect(Collectors.toList());
  }

  @Test
  void byANameInAPlaceNoGazetteerKnows() {
    Article a = PARSER.parse(HEADLINE + "\n\nBy Anna Verlow in Merrowby\n\n" + BODY);
    assertEquals(List.of(Byline.of("Anna Verlow", Optional.of("in Merrowby"))), a.bylines());
    assertEquals(3, a.paragraphs().size());
  }

  @Test
  void aNameInAPlaceUnderTheHeadlineIsTheByline() {
    ParseReport report = PARSER.analyze(HEADLINE + "\n\nAnna Verlow in Port Annick\n\n" + BODY);
    assertEquals(List.of(Byline.of("Anna Verlow", Optional.of("in Port Annick"))), report.article().bylines());
    assertEquals(BylineLines.IN_PLACE, report.lines().stream().filter(l -> l.text().startsWith("Anna"))
        .map(LineAssignment::rule).findFirst().orElseThrow());
    assertEquals(3, report.article().paragraphs().size());
  }

  @Test
  void twoNamesInAPlace() {
    Article a = PARSER.parse(HEADLINE + "\n\nAnna Verlow and Peter Redding in Saint Orvel\n\n" + BODY);
    assertEquals(List.of("Anna Verlow", "Peter Redding"), names(a));
  }

  @Test
  void notEveryLineWithInIsAByline() {
    // a sentence, a name the parser does not know as a first name, a job after "in", a place in lower case
    for (String line : new String[] {"Anna Verlow in Merrowby said the vote was fair.", "Quillane Verlow in Merrowby",
        "Anna Verlow in Health Policy", "Anna Verlow in charge", "Anna Verlow in 2024"}) {
      Article a = PARSER.parse(HEADLINE + "\n\n" + line + "\n\n" + BODY);
      assertEquals(List.of(), names(a), line);
    }
  }

  @Test
  void inTheBodyANameInAPlaceIsNoByline() {
    Article a = PARSER.parse(HEADLINE + "\n\n" + BODY + "\nAnna Verlow in Merrowby\n");
    assertEquals(List.of(), names(a));
  }

  // An author line with its place, added under the headline of a clean article, is read as its byline and
  // changes none of the article's paragraphs.
  @Test
  void anAuthorLineWithItsPlaceChangesNoParagraph() {
    List<String> clean = paragraphs(PARSER.parse(HEADLINE + "\n\n" + BODY));
    qt().withExamples(300)
        .forAll(integers().between(0, FIRST.size() - 1), integers().between(0, LAST.size() - 1),
            integers().between(0, PLACES.size() - 1), integers().between(0, 1))
        .checkAssert((f, l, p, by) -> {
          String name = FIRST.get(f) + " " + LAST.get(l);
          String line = (by == 1 ? "By " : "") + name + " in " + PLACES.get(p);
          Article a = PARSER.parse(HEADLINE + "\n\n" + line + "\n\n" + BODY);
          assertEquals(clean, paragraphs(a), line);
          assertEquals(List.of(name), names(a), line);
          assertEquals(HEADLINE, a.title(), line);
        });
  }
}
