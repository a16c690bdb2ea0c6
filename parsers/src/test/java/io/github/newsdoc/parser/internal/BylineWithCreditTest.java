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
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Authors with the agency they wrote for, the agency credited and never a person: {@code "By Ana Ruiz, dpa"},
 * {@code "Von A und B, dpa"}, and under the headline without "by", {@code "ANA RUIZ, Reuters"}. Every name and
 * sentence is invented; the agencies are real ones (words/news-agencies.txt).
 */
class BylineWithCreditTest {
  private static final ArticleParser PARSER = ArticleParser.builder().quotes(false).entities(false).build();
  private static final String HEADLINE = "Harbour board backs second ferry to the island";
  private static final String BODY = "The harbour board voted on Tuesday to fund a second ferry crossing to the"
      + " island, ending a dispute that had divided the town since the spring.\n\nCouncillors approved the plan by"
      + " seven votes to four after a session that ran past midnight.\n\nThe new boat is expected to enter"
      + " service next summer and will run every forty minutes, the board said.\n";
  private static final List<String> FIRST = List.of("Anna", "Peter", "Maria", "David", "Sarah", "Thomas");
  private static final List<String> LAST = List.of("Verlow", "Redding", "Caborn", "Quillane", "Drossmore");
  private static final List<String> AGENCIES = List.of("Reuters", "AFP", "dpa", "AP", "Xinhua", "Quay Gazette");

  private static List<String> names(Article a) {
    return a.bylines().stream().map(Byline::name).collect(Collectors.toList());
  }

  private static List<String> paragraphs(Article a) {
    return a.paragraphs().stream().map(p -> p.text()).collect(Collectors.toList());
  }

  @Test
  void anAgencyInLowerCaseAfterTheNamesIsCreditedNotARole() {
    Article a = PARSER.parse(HEADLINE + "\n\nBy Anna Verlow, dpa\n\n" + BODY);
    assertEquals(List.of(Byline.of("Anna Verlow", java.util.Optional.empty())), a.bylines());
    assertEquals(List.of("dpa"), a.credits());
    Article b = PARSER.parse(HEADLINE + "\n\nVon Anna Verlow und Peter Redding, dpa\n\n" + BODY);
    assertEquals(List.of("Anna Verlow", "Peter Redding"), names(b));
    assertEquals(List.of("dpa"), b.credits());
  }

  @Test
  void namesInCapitalsAndTheirAgencyUnderTheHeadlineAreTheByline() {
    ParseReport report = PARSER.analyze(HEADLINE + "\n\nANNA VERLOW, Reuters\n\n" + BODY);
    assertEquals(List.of("Anna Verlow"), names(report.article()));
    assertEquals(List.of("Reuters"), report.article().credits());
    assertEquals(BylineLines.WITH_CREDIT, report.lines().stream().filter(l -> l.text().startsWith("ANNA"))
        .map(LineAssignment::rule).findFirst().orElseThrow());
    assertEquals(3, report.article().paragraphs().size());
  }

  @Test
  void notEveryLineOfNamesAndACommaIsAByline() {
    // words no first name opens, a sentence, a list of a site's sections, an agency alone
    for (String line : new String[] {"Featured Standards, Best Practices, Guidelines", "Quillane Verlow, Reuters",
        "Anna Verlow, Reuters said the vote was fair.", "Reuters"}) {
      Article a = PARSER.parse(HEADLINE + "\n\n" + line + "\n\n" + BODY);
      assertEquals(List.of(), names(a), line);
    }
  }

  // An author line with its agency, added under the headline of a clean article, is read as its byline with
  // the agency credited, and changes none of the article's paragraphs.
  @Test
  void anAuthorLineWithItsAgencyChangesNoParagraph() {
    List<String> clean = paragraphs(PARSER.parse(HEADLINE + "\n\n" + BODY));
    qt().withExamples(300)
        .forAll(integers().between(0, FIRST.size() - 1), integers().between(0, LAST.size() - 1),
            integers().between(0, AGENCIES.size() - 1), integers().between(0, 2))
        .checkAssert((f, l, g, form) -> {
          String name = FIRST.get(f) + " " + LAST.get(l);
          String written = form == 2 ? name.toUpperCase(Locale.ROOT) : name;
          String line = (form == 1 ? "By " : "") + written + ", " + AGENCIES.get(g);
          Article a = PARSER.parse(HEADLINE + "\n\n" + line + "\n\n" + BODY);
          assertEquals(clean, paragraphs(a), line);
          assertEquals(List.of(name), names(a), line);
          assertEquals(List.of(AGENCIES.get(g)), a.credits(), line);
          assertEquals(HEADLINE, a.title(), line);
        });
  }
}
