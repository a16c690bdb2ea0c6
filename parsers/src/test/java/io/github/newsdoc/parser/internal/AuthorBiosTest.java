package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.ArticleWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An author's biography under the article goes with its byline to the boilerplate. Invented texts. */
class AuthorBiosTest {
  private static final ArticleParser PARSER = ArticleParser.builder().quotes(false).entities(false).build();
  private static final String HEADLINE = "Harbour board backs second ferry to the island";
  private static final String BODY = "The harbour board voted on Tuesday to fund a second ferry crossing to the"
      + " island, ending a dispute that had divided the town since the spring.\n\nCouncillors approved the plan by"
      + " seven votes to four after a session that ran past midnight.\n\nThe new boat is expected to enter"
      + " service next summer and will run every forty minutes, the board said.\n";
  private static final List<String> NAMES = List.of("Anna Verlow", "Peter Redding", "Kesh Obandu");

  @Test
  void aBiographyOpensWithTheAuthorsNames() {
    assertTrue(AuthorBios.isBio("Anna Verlow covers transport for the Herald.", NAMES));
    assertTrue(AuthorBios.isBio("— Anna Verlow is the Herald's transport correspondent.", NAMES));
    assertTrue(AuthorBios.isBio("Anna Verlow and Peter Redding are reporters on the local desk.", NAMES));
    assertTrue(AuthorBios.isBio("Verlow, Redding and Obandu have covered the harbour since 2019.", NAMES));
    assertTrue(AuthorBios.isBio("About the author: Kesh Obandu writes about the coast.", NAMES));
    assertFalse(AuthorBios.isBio("Anna Verlowska is the harbour master.", NAMES));
    assertFalse(AuthorBios.isBio("Anna Verlow said the vote was fair.", NAMES));
    assertFalse(AuthorBios.isBio("The board and Anna Verlow are in talks.", NAMES));
  }

  @Test
  void theLabelOverABiographyGoesWithIt() {
    Article a = PARSER.parse(HEADLINE + "\n\nBy Anna Verlow\n\n" + BODY
        + "\nAbout the author\nAnna Verlow has reported on the coast for a decade.\n");
    assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
    assertTrue(a.boilerplate().contains("About the author"), a.boilerplate().toString());
  }

  @Test
  void theBiographyUnderTheArticleClosesIt() {
    // the site's line under the bio is no paragraph of the article, whether the bio's name is read from a
    // "By" line or from a name on a line of its own over the date
    String promo = "Support the Herald's reporting. Subscribe today.";
    String bio = "Anna Verlow covers transport for the Herald.";
    for (String head : List.of("By Anna Verlow\n\n", "Anna Verlow\nApril 5, 2024\n\n")) {
      Article a = PARSER.parse(HEADLINE + "\n\n" + head + BODY + "\n" + bio + "\n\n" + promo + "\n");
      assertEquals(3, a.paragraphs().size(), head + a.paragraphs());
      assertTrue(a.boilerplate().containsAll(List.of(bio, promo)), a.boilerplate().toString());
    }
    // a bio over the article's prose (the guest of an interview) closes nothing
    String guest = "Kesh Obandu is the harbour master.";
    Article a = PARSER.parse(HEADLINE + "\n\nBy Kesh Obandu\n\n" + guest + "\n\n" + BODY);
    assertEquals(4, a.paragraphs().size(), a.paragraphs().toString());
  }

  // Whatever form the biography of the article's authors takes, it is no paragraph, and the article's own
  // paragraphs are those of the article without it.
  @Test
  void aBiographyIsNeverAParagraph() {
    List<String> openings = List.of("", "— ", "About the author: ");
    List<String> verbs = List.of(" is a reporter on the local desk.", " covers transport and the harbour.",
        " has reported on the coast since 2019.");
    List<String> clean = PARSER.parse(HEADLINE + "\n\nBy Anna Verlow and Peter Redding\n\n" + BODY).paragraphs()
        .stream().map(p -> p.text()).toList();
    qt().withExamples(100)
        .forAll(integers().between(0, openings.size() - 1), integers().between(0, verbs.size() - 1),
            integers().between(0, 2))
        .checkAssert((o, v, who) -> {
          String names = who == 0 ? "Anna Verlow" : who == 1 ? "Redding" : "Anna Verlow and Peter Redding";
          String verb = who == 2 ? verbs.get(v).replace(" is ", " are ").replace(" covers ", " cover ")
              .replace(" has ", " have ").replace("a reporter", "reporters") : verbs.get(v);
          String bio = openings.get(o) + names + verb;
          Article a = PARSER.parse(HEADLINE + "\n\nBy Anna Verlow and Peter Redding\n\n" + BODY + "\n" + bio + "\n");
          assertEquals(clean, a.paragraphs().stream().map(p -> p.text()).toList(), bio);
          assertTrue(a.boilerplate().contains(bio), bio);
        });
  }

  // more than a hundred words of prose, so that a line under it stands after the article
  private static final String LONG_BODY = BODY + "\nThe ferry company said it would hire twelve new crew members"
      + " from the island itself, and that tickets would cost the same as on the first boat.\n\nResidents who had"
      + " campaigned for the crossing gathered outside the harbour office to hear the result, and some of them"
      + " stayed on the quay long after the vote was announced.\n";

  @Test
  void aWritersBiographyOpensWithAKnownNameAndTheTrade() {
    assertEquals("Anna Verlow", AuthorBios.writerOf("Anna Verlow (@averlow) is a staff writer at the Herald."));
    assertEquals("Anna Verlow", AuthorBios.writerOf("Anna Verlow covers transport for the Herald."));
    assertEquals("Peter Redding", AuthorBios.writerOf("Peter Redding is the Herald's harbour correspondent."));
    assertNull(AuthorBios.writerOf("Anna Verlow is a nurse at the harbour clinic.")); // no writer's trade
    assertNull(AuthorBios.writerOf("Anna Verlow is a nurse who told the reporter about the clinic."));
    assertEquals("Anna O\u2019Dell", AuthorBios.writerOf("Anna O\u2019Dell is a reporter on the harbour desk."));
    assertNull(AuthorBios.writerOf("Anna Verlow was a reporter on the Herald for thirty years.")); // past: no bio
    assertNull(AuthorBios.writerOf("The Herald is a paper with a staff writer on every island."));
  }

  @Test
  void withoutAnAuthorLineTheBiographyUnderThePageNamesTheAuthor() {
    String bio = "Anna Verlow (@averlow) is a staff writer at the Herald.";
    Article a = PARSER.parse(HEADLINE + "\n\n" + LONG_BODY + "\n" + bio + "\n");
    assertEquals(List.of(Byline.of("Anna Verlow", Optional.empty())), a.bylines());
    assertTrue(a.boilerplate().contains(bio));
    assertEquals(5, a.paragraphs().size());
    assertEquals(a, PARSER.parse(ArticleWriter.write(a)));
    // the same line at the top, or above more prose, is a paragraph about a journalist
    Article top = PARSER.parse(HEADLINE + "\n\n" + bio + "\n\n" + LONG_BODY);
    assertTrue(top.bylines().isEmpty());
    assertEquals(6, top.paragraphs().size());
    // after too little prose to stand under an article
    Article brief = PARSER.parse(HEADLINE + "\n\n" + BODY + "\n" + bio + "\n");
    assertTrue(brief.bylines().isEmpty());
    // an author line names the author already: the biography goes with it, the byline is not doubled
    Article named = PARSER.parse(HEADLINE + "\n\nBy Anna Verlow\n\n" + LONG_BODY + "\n" + bio + "\n");
    assertEquals(List.of(Byline.of("Anna Verlow", Optional.empty())), named.bylines());
    assertTrue(named.boilerplate().contains(bio));
  }

  // Read once, after every author line: an author printed beside the date is not named twice.
  @Test
  void anAuthorLineFoundLateIsNotDoubledByTheBiography() {
    String bio = "Anna Verlow is a staff writer at the Herald.";
    Article a = PARSER.parse(HEADLINE + "\n\nMarch 3, 2026 Anna Verlow\n\n" + LONG_BODY + "\n" + bio + "\n");
    assertEquals(List.of("Anna Verlow"), a.bylines().stream().map(Byline::name).toList());
    // one biography-shaped line only: the paragraph above the biography stays the article's
    String above = "Peter Redding is a reporter for the Coast Post who first wrote about the ferry in 2019.";
    Article b = PARSER.parse(HEADLINE + "\n\n" + LONG_BODY + "\n" + above + "\n\n" + bio + "\n");
    assertEquals(List.of("Anna Verlow"), b.bylines().stream().map(Byline::name).toList());
    assertTrue(b.paragraphs().stream().anyMatch(p -> p.text().equals(above)));
  }

  // Canonical text prints the bylines it has: an article made in code whose last paragraph reads like a
  // writer's biography reads back with that paragraph.
  @Test
  void canonicalTextKeepsABiographyShapedLastParagraph() {
    Article.Builder b = Article.builder().title(HEADLINE);
    for (String p : LONG_BODY.split("\n+")) {
      b.addBlock(io.github.newsdoc.model.Paragraph.of(p));
    }
    Article a = b.addBlock(io.github.newsdoc.model.Paragraph.of("Anna Verlow is a staff writer at the Herald.")).build();
    assertEquals(a, PARSER.parse(ArticleWriter.write(a)));
  }
}
