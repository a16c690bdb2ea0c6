package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/** A town named by one word typed by the evidence of all its mentions together (invented texts). */
class PlaceTypingTest {
  // The type of the entity named form in an invented article of the paragraphs, or null
  private static EntityType typeOf(String form, String... paragraphs) {
    Article a = ArticleParser.standard().parse("Late goal settles the tie\n\n" + String.join("\n\n", paragraphs) + "\n");
    for (Entity e : a.entities()) {
      if (e.name().equals(form)) {
        return e.type();
      }
    }
    return null;
  }

  private static final String REPORT = "The referee showed the striker a red card before half-time, and the "
      + "midfielder missed a penalty as the club's season drifted.";

  @Test
  void inAMatchReportATownAfterAContestOrBeforeAClubsRoleIsItsClub() {
    assertEquals(EntityType.ORGANIZATION, typeOf("Bristol", "Tom Pike scored twice in the draw with Bristol.",
        REPORT));
    assertEquals(EntityType.ORGANIZATION, typeOf("Leeds", "Leeds manager Tom Pike was pleased.", REPORT));
  }

  @Test
  void aTownThatIsAlsoAPlaceInTheReportStaysAPlace() {
    assertEquals(EntityType.LOCATION, typeOf("Bristol", "Tom Pike scored twice against Bristol.",
        "He grew up in Bristol before the move.", REPORT));
  }

  @Test
  void outsideAMatchReportATownAfterAgainstStaysAPlace() {
    assertEquals(EntityType.LOCATION, typeOf("Leeds", "Residents protested against Leeds plans for a road.",
        "The final goal of the council is a new season of works."));
  }

  @Test
  void aCountryOrANationStaysAPlaceInAMatchReport() {
    assertEquals(EntityType.LOCATION, typeOf("France", "Tom Pike scored twice against France.", REPORT));
    assertEquals(EntityType.LOCATION, typeOf("Wales", "Tom Pike scored twice against Wales.", REPORT));
  }
}
