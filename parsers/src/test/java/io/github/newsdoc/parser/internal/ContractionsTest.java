package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContractionsTest {
  @Test
  void aPronounWithItsVerbJoinedOnIsThePronoun() {
    assertEquals("you", Contractions.pronoun("you'll"));
    assertEquals("we", Contractions.pronoun("we\u2019ve"));
    assertEquals("i", Contractions.pronoun("i'm"));
    assertEquals("they", Contractions.pronoun("they\u2019re"));
    assertEquals("he", Contractions.pronoun("he"));
  }

  @Test
  void aNameWithAnApostropheOrAPossessiveIsNoPronoun() {
    assertNull(Contractions.pronoun("o'neill"));
    assertNull(Contractions.pronoun("ruiz's"));
    assertNull(Contractions.pronoun("you'know"));
    assertNull(Contractions.pronoun("harbour"));
  }

  @Test
  void aNegatedVerbEndsInNApostropheT() {
    assertTrue(Contractions.negated("don't"));
    assertTrue(Contractions.negated("can\u2019t"));
    assertFalse(Contractions.negated("o'neill"));
    assertFalse(Contractions.negated("ruiz's"));
  }
}
