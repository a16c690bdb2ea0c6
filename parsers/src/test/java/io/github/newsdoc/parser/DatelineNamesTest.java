package io.github.newsdoc.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Optional;

/** A first paragraph's dateline says where and by whom the article was filed: its names are no entities. */
class DatelineNamesTest {

  private static Optional<Entity> find(Article a, String name) {
    return a.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst();
  }

  @Test
  void theAgencyAndPlaceOfADatelineAreNoEntities() {
    Article a = EntitiesTest.parse("HARBOURTON, Ore., March 3 (Wirepost) \u2014 Mayor Dana Whitlow closed the old"
        + " ferry dock on Tuesday.", "Whitlow said the Harbour Trust would pay for repairs.");
    assertTrue(find(a, "Wirepost").isEmpty(), a.entities().toString());
    assertTrue(find(a, "HARBOURTON").isEmpty(), a.entities().toString());
    assertEquals(EntityType.PERSON, EntitiesTest.named(a, "Dana Whitlow").type());
    assertEquals(EntityType.ORGANIZATION, EntitiesTest.named(a, "Harbour Trust").type());
  }

  @Test
  void aCapitalisedDatelineNamesNothingButTheSamePlaceLaterIsAPlace() {
    Article a = EntitiesTest.parse("BRUSSELS \u2014 Ministers of the European Union met late into the night.",
        "Officials in Brussels said a deal was close.");
    Entity brussels = EntitiesTest.named(a, "Brussels");
    assertEquals(EntityType.LOCATION, brussels.type());
    assertEquals(1, brussels.mentions().size()); // the one in the body, not the dateline
    assertTrue(find(a, "BRUSSELS").isEmpty(), a.entities().toString());
  }

  @Test
  void aParagraphWithoutADatelineKeepsItsOpeningName() {
    Article a = EntitiesTest.parse("Harbour Trust — the charity that owns the dock — said it would close.");
    assertEquals(EntityType.ORGANIZATION, EntitiesTest.named(a, "Harbour Trust").type());
  }
}
