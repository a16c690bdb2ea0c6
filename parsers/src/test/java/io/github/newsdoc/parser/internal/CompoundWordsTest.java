package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A hyphenated word told by its parts: a compound adjective ("Moscow-based") or a given name ("Dae-hyuk"). */
class CompoundWordsTest {
  private static boolean adjective(String text, String word) {
    NameScan s = scan(text);
    return NameShapes.adjective(s.words.get(at(s, word)));
  }

  @Test
  void aLowerCasePartThatMakesAdjectivesMakesOne() {
    assertTrue(adjective("the Zorbly-based group", "Zorbly-based"));
    assertTrue(adjective("the Zorbly-era rules", "Zorbly-era"));
    assertTrue(adjective("the Zorbly-leaning vote", "Zorbly-leaning"));
    assertTrue(adjective("the Zorbly-spent money", "Zorbly-spent"));
    assertTrue(adjective("the Zorbly-winner Tane", "Zorbly-winner"));
  }

  @Test
  void aKnownFirstPartATitleALetterOrMoreHyphensMakeNoGivenName() {
    assertTrue(adjective("the Kremlin-friendly press", "Kremlin-friendly"));
    assertTrue(adjective("the Secretary-general spoke", "Secretary-general"));
    assertTrue(adjective("a Zorbly U-turn", "U-turn"));
    assertTrue(adjective("the Editor-at-large", "Editor-at-large"));
    assertTrue(adjective("Russian-Belarusian drills", "Russian-Belarusian"));
  }

  @Test
  void twoSyllablesOfAGivenNameAreNoAdjective() {
    assertFalse(adjective("Kwon Dae-hyuk spoke", "Dae-hyuk"));
    assertFalse(adjective("Pyo Seon-in spoke", "Seon-in"));
    assertFalse(adjective("the Stoke-on-Zorbly club", "Stoke-on-Zorbly"));
  }

  @Test
  void aGivenNameOfTwoSyllablesEndsTheFamilyNameBeforeIt() {
    assertEquals(List.of("Kwon Dae-hyuk=PERSON@person-name"),
        recognized("Opposition leader Kwon Dae-hyuk said on Monday that he would stay."));
    assertEquals(List.of("Pyo Seon-gil=PERSON@unknown-names"), recognized("The talks with Pyo Seon-gil ended."));
  }

  @Test
  void aCompoundAdjectiveStillEndsANameAndOpensNone() {
    assertEquals(List.of("Kwon Dae-hyuk=PERSON@person-name"),
        recognized("Opposition leader Kwon Dae-hyuk Zorbly-based aides said so."));
    assertEquals(List.of(), recognized("Long-term plans were dropped."));
  }
}
