package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import java.util.List;
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
}
