package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations: by their head words (a ministry, a newspaper, a college, an exchange), by the known
 * companies they are listed with, by a short name, and where their names start and end. Split from
 * {@link EntitiesTest}, whose helpers it uses.
 */
class OrganisationsTest {
  private static Article parse(String... paragraphs) {
    return EntitiesTest.parse(paragraphs);
  }

  private static Entity named(Article a, String name) {
    return EntitiesTest.named(a, name);
  }

  private static Optional<Entity> find(Article a, String name) {
    return EntitiesTest.find(a, name);
  }

  @Test
  void organisationsByTheirHeadWord() {
    Article a = parse("The Polish Foreign Ministry and the Harbourton Port Authority disagreed.");
    assertEquals(EntityType.ORGANIZATION, named(a, "Polish Foreign Ministry").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Harbourton Port Authority").type());
  }

  @Test
  void aPersonsNameBeforeAKnownBodyIsNotPartOfIt() {
    Article a = parse("Aides in a Merrow White House met the Republican National Committee. Later Mr Merrow left.");
    assertEquals(EntityType.ORGANIZATION, named(a, "White House").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Republican National Committee").type());
  }

  @Test
  void aMonthCanStartAnOrganisationsNameAndAirportsArePlaces() {
    Article a = parse("Weavers joined March Textile Group in May, and flights from Heathrow resumed in a March Harbour Board"
        + " review.");
    assertEquals(EntityType.ORGANIZATION, named(a, "March Textile Group").type());
    assertEquals(EntityType.LOCATION, named(a, "Heathrow").type());
    assertTrue(find(a, "May").isEmpty(), a.entities().toString());
    assertEquals(EntityType.ORGANIZATION, named(a, "Harbour Board").type());
  }

  @Test
  void newspapersCollegesAndCompaniesByTheirHeadWord() {
    Article a = parse("Orvel Tavish told the Marlow Herald, the Kestrel Zeitung and the Evening Standard about"
        + " Pellam College and Dunmore Co. plans.");
    for (String n : List.of("Marlow Herald", "Kestrel Zeitung", "Evening Standard", "Pellam College", "Dunmore Co")) {
      assertEquals(EntityType.ORGANIZATION, named(a, n).type(), n);
    }
  }

  @Test
  void aListLedByKnownCompaniesIsAListOfCompanies() {
    Article a = parse("Carmakers including Toyota, Hyundai and Ford build cars there.",
        "Ostrand, Velloquy and Olivier Marne missed the game; Ostrand and Velloquy later returned.");
    assertEquals(EntityType.ORGANIZATION, named(a, "Ford").type());
    // unknown single names are organisations only by default: they make no list of companies
    assertEquals(EntityType.PERSON, named(a, "Olivier Marne").type());
  }

  @Test
  void anExchangeIsAnOrganisation() {
    Article a = parse("Shares fell on the Varden Mercantile Exchange on Friday.");
    assertEquals(EntityType.ORGANIZATION, named(a, "Varden Mercantile Exchange").type());
  }

  @Test
  void aBodysNameGoesOnThroughAndTheToItsHeadWord() {
    Article a = parse("He sits on the House Transport and the Harbours Committee.",
        "The United States and the Coastal Guard Service disagreed.");
    assertEquals(EntityType.ORGANIZATION, named(a, "House Transport and the Harbours Committee").type());
    assertEquals(EntityType.LOCATION, named(a, "United States").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Coastal Guard Service").type());
  }

  @Test
  void peopleBandedForACauseAreAnOrganisation() {
    Article a = parse("She joined Pensioners for Fair Harbours last year.", "Citizens for Cleaner Air backed Ulla Brent.");
    assertEquals(EntityType.ORGANIZATION, named(a, "Pensioners for Fair Harbours").type());
    assertEquals(EntityType.ORGANIZATION, named(a, "Citizens for Cleaner Air").type());
    assertEquals(EntityType.PERSON, named(a, "Ulla Brent").type());
  }

  @Test
  void aCompanysShortNameIsTheCompany() {
    Article a = parse("Its owner Tallomar Group says it will sue.", "The company said Tallomar would appeal and Tallomar agreed.");
    Entity e = named(a, "Tallomar Group");
    assertEquals(List.of("Tallomar"), e.aliases());
    assertEquals(3, e.mentions().size());
    assertEquals(1, a.entities().size(), a.entities().toString());
  }
}
