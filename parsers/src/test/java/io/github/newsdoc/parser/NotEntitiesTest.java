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
 * Capitalised words that name no person, organisation or place: titles of works, events, weapons, formats,
 * groups and plurals, demonyms and days, honorifics, shouted text and the site's own lines. Split from
 * {@link EntitiesTest}, whose helpers it uses.
 */
class NotEntitiesTest {
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
  void titlesOfWorksAreNoEntities() {
    Article a = parse("Ana Ruiz appeared on the hit show Harbour Nights on Monday.",
        "Critics called \u201cQuiet Cranes\u201d her best work, and polls show Tomas Brennick ahead.");
    assertTrue(find(a, "Harbour Nights").isEmpty(), a.entities().toString());
    assertTrue(find(a, "Quiet Cranes").isEmpty(), a.entities().toString());
    assertEquals(EntityType.PERSON, named(a, "Ana Ruiz").type());
    assertEquals(EntityType.PERSON, named(a, "Tomas Brennick").type()); // "show" as a verb names no work
  }

  @Test
  void demonymsAndDaysAreNotEntities() {
    Article a = parse("Belarusian and Polish officials met on Friday in September.");
    assertEquals(List.of(), a.entities());
  }

  @Test
  void groupsPluralsCompoundAdjectivesAndContractionsAreNotEntities() {
    Article a = parse("Democrats and Independents backed the U.S.-led plan, and the Oscars went on.",
        "\"I'm sure,\" she said of the Russian-backed vote.");
    for (String n : List.of("Democrats", "Independents", "Oscars", "I'm", "U.S.-led", "Russian-backed")) {
      assertTrue(find(a, n).isEmpty(), n + " in " + a.entities());
    }
  }

  @Test
  void aShoutedTextHasNoAcronyms() {
    Article a = parse("FULL TEXT: VOTERS MAKE GOOD CHOICES, SAYS THE NATO CHIEF");
    assertEquals(List.of("NATO"), a.entities().stream().map(Entity::name).toList());
  }

  @Test
  void sportsAndEverydayAbbreviationsAreNoOrganisations() {
    Article a = parse("The linebacker had two TFL and went on the DL, the TV pundit and the CEO said at 9pm GMT.");
    for (String n : List.of("TFL", "DL", "TV", "CEO", "GMT")) {
      assertTrue(find(a, n).isEmpty(), n + " in " + a.entities());
    }
  }

  @Test
  void aCapitalisedPhraseOfCommonWordsOrADateIsNoName() {
    Article a = parse("Reform of Social Security stalled; social security costs and security fears grew.",
        "The Harbour Times on Monday said the Harbour Times in January had warned of it.");
    assertTrue(find(a, "Social Security").isEmpty(), a.entities().toString());
    assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("January") || e.name().contains("Monday")),
        a.entities().toString());
  }

  @Test
  void aLineAskingReadersToFollowTheWriterIsChromeWithoutEntities() {
    Article a = Newsdoc.parse("Council meets on the budget\n\nThe council met on Monday.\n\n"
        + "Follow Tessa Brandle on Twitter @tbrandle.\n\n\"Follow Ivo Marek on Facebook.\"\n");
    assertEquals(List.of("Follow Tessa Brandle on Twitter @tbrandle.", "\"Follow Ivo Marek on Facebook.\""),
        a.boilerplate());
    assertEquals(List.of(), a.entities());
  }

  @Test
  void namesOfEventsAndMembersOfGroupsAreNoEntities() {
    Article a = parse("Troops joined the Harbour Shield exercise and the Steel Valour 2024 drills near Orlen Vask.",
        "Roman Catholics and Young Republicans marched.");
    for (String n : List.of("Harbour Shield", "Steel Valour", "Roman Catholics", "Young Republicans")) {
      assertTrue(find(a, n).isEmpty(), n + " in " + a.entities());
    }
  }

  @Test
  void namesOfWeaponsAndSystemsAreNoEntities() {
    Article a = parse("The army moved its Harbour Aegis system and the Valour Spear missiles to the coast.");
    for (String n : List.of("Harbour Aegis", "Valour Spear")) {
      assertTrue(find(a, n).isEmpty(), n + " in " + a.entities());
    }
  }

  @Test
  void clergyHonorificsAndTitleWordsAreNoNames() {
    Article a = parse("The Rt Rev Amos Pellow-Yard spoke first.", "Later the Rt Rev Pellow-Yard replied.",
        "EU Foreign Affairs High Commissioner Lisbet Varo agreed.");
    assertEquals(List.of("Pellow-Yard"), named(a, "Amos Pellow-Yard").aliases());
    assertEquals(EntityType.PERSON, named(a, "Lisbet Varo").type());
    assertTrue(find(a, "Affairs").isEmpty(), a.entities().toString());
    assertTrue(a.entities().stream().noneMatch(e -> e.name().startsWith("Rt")), a.entities().toString());
  }

  @Test
  void ranksWrittenWithoutADotAreNoNames() {
    // British style drops the dot: "Sgt", "Lt Col", "Det Supt", "Cllr" stand before a name as "Sgt." does
    Article a = parse("Sgt Ivo Marek and Lt Col Dana Whitlow reached the pier.",
        "Det Supt Mira Osei and Cllr Tom Reyes spoke later.");
    for (String n : List.of("Ivo Marek", "Dana Whitlow", "Mira Osei", "Tom Reyes")) {
      assertEquals(EntityType.PERSON, named(a, n).type(), n + " in " + a.entities());
    }
    assertTrue(a.entities().stream().noneMatch(e -> e.name().matches("(Sgt|Lt|Col|Det|Supt|Cllr)\\b.*")),
        a.entities().toString());
    // a rank's word that is also a name or a word elsewhere is one only in its pair ("Det Supt", "Rt Hon")
    Article names = parse("Vann Hon Industries opened a plant; lawmaker Kit Hon said Det Varsk Bank paid for it.",
        "The riders climbed the Col du Varo. The Rt Hon Ines Lowe cut the ribbon.");
    assertEquals(EntityType.PERSON, named(names, "Kit Hon").type(), names.entities().toString());
    assertEquals(EntityType.PERSON, named(names, "Ines Lowe").type(), names.entities().toString());
    assertTrue(names.entities().stream().noneMatch(e -> e.name().equals("Varo") || e.name().startsWith("Hon ")
        || e.name().startsWith("Varsk")), names.entities().toString());
  }

  @Test
  void pluralAcronymsLawsAndErasAreNoEntities() {
    Article a = parse("Pellam Motors sells SUVs and DVDs; the Pellam Motors DVDs sold well.",
        "The Second Amendment, an Executive Order and the Great Recession were debated at the Tavish Convention.");
    for (String n : List.of("SUVs", "DVDs", "Second Amendment", "Amendment", "Executive Order", "Order",
        "Great Recession", "Tavish Convention", "Convention")) {
      assertTrue(find(a, n).isEmpty(), n + " in " + a.entities());
    }
    assertEquals(EntityType.ORGANIZATION, named(a, "Pellam Motors").type());
  }

  @Test
  void formatsAndDevicesAreNoOrganisations() {
    Article a = parse("Pellam Motors sells DVD players, MP3 files and LCD screens; the CPI rose.");
    for (String n : List.of("DVD", "MP3", "LCD", "CPI")) {
      assertTrue(find(a, n).isEmpty(), n + " in " + a.entities());
    }
  }

  @Test
  void aPlaceInsideAnEventOrALawIsNoEntity() {
    Article a = parse("She won the Bristol Marathon and ran at the Madrid Olympics, then the Harbour Union Grand Prix.",
        "Her Olympic title came before the Lisbon Agreement was signed in Lisbon.");
    for (String n : List.of("Bristol", "Madrid", "Olympic", "Grand Prix", "Harbour Union", "Bristol Marathon")) {
      assertTrue(find(a, n).isEmpty(), n + " in " + a.entities());
    }
    assertEquals(EntityType.LOCATION, named(a, "Lisbon").type());
    assertEquals(1, named(a, "Lisbon").mentions().size());
  }

  @Test
  void aWorkAfterSomeonesPossessiveIsNoEntity() {
    Article a = parse("The orchestra played Varnetti's La Corvina and Brusoni's Norma, then Pellam's Silver Quay.",
        "They toured the Ruizes' Tallowford, N.Y., home, and sang at La Corvetta.");
    for (String n : List.of("La Corvina", "Corvina", "Norma", "Silver Quay")) {
      assertTrue(find(a, n).isEmpty(), n + " in " + a.entities());
    }
    assertEquals(EntityType.LOCATION, named(a, "Tallowford").type());
    // a Romance article opens a body's or a place's name, not a person's
    assertEquals(EntityType.ORGANIZATION, named(a, "La Corvetta").type());
  }

  @Test
  void shoutedWordsPluralsAndCommonAcronymsAreNoOrganisations() {
    Article a = parse("ELSEWHERE. The super PAC paid for PTSD care. (WARNING: the video is long.)",
        "Veterans of the Allies met. Investors bought Tallos stock as analysts praised Tallos again.");
    for (String n : List.of("ELSEWHERE", "PAC", "PTSD", "WARNING", "Allies")) {
      assertTrue(find(a, n).isEmpty(), n + " in " + a.entities());
    }
    assertEquals(EntityType.ORGANIZATION, named(a, "Tallos").type()); // a name in -os is no plural
  }
}
