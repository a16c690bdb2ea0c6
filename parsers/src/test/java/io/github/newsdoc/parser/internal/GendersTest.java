package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.parser.internal.Genders.Gender;
import org.junit.jupiter.api.Test;

class GendersTest {
  private static Genders genders(String... texts) {
    PeopleFixture f = PeopleFixture.of(texts);
    return Genders.of(f.tokens, f.people.mentions(), f.roles());
  }

  @Test
  void aFirstNameTellsTheGender() {
    Genders g = genders("Harbour vote", "Ana Ruiz backed Tom Cole at the meeting.");
    assertEquals(Gender.FEMALE, g.of("Ana Ruiz"));
    assertEquals(Gender.MALE, g.of("Tom Cole"));
  }

  @Test
  void anHonorificOrAGenderedRoleBeforeAMentionTellsIt() {
    Genders g = genders("Harbour vote", "Dana Pryor and Kit Varden met on Monday.",
        "Ms Pryor left early, and spokesman Kit Varden stayed.");
    assertEquals(Gender.FEMALE, g.of("Dana Pryor"));
    assertEquals(Gender.MALE, g.of("Kit Varden"));
  }

  @Test
  void aRoleGivenInAnAppositionTellsIt() {
    Genders g = genders("Harbour vote", "Dana Pryor, the guild's chairwoman, met the minister.");
    assertEquals(Gender.FEMALE, g.of("Dana Pryor"));
  }

  @Test
  void evidenceBothWaysOrNoneTellsNothing() {
    Genders g = genders("Harbour vote", "Dana Pryor met the minister.", "Mr Pryor, the guild's chairwoman, left.");
    assertEquals(Gender.UNKNOWN, g.of("Dana Pryor"));
    assertEquals(Gender.UNKNOWN, g.of("Nobody Named"));
  }

  @Test
  void anUnknownGenderAgreesWithAnyPronoun() {
    assertTrue(Gender.UNKNOWN.agrees(Gender.MALE));
    assertTrue(Gender.FEMALE.agrees(Gender.UNKNOWN));
    assertFalse(Gender.FEMALE.agrees(Gender.MALE));
    assertEquals(Gender.MALE, Genders.ofPronoun("He"));
    assertEquals(Gender.FEMALE, Genders.ofPronoun("she"));
    assertEquals(Gender.UNKNOWN, Genders.ofPronoun("they"));
  }
}
