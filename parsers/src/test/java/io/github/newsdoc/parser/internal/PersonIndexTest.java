package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonIndexTest {
  private static PersonIndex index(String... texts) {
    return PeopleFixture.of(texts).people;
  }

  @Test
  void aSurnameGivesTheFullestNameTheNarrationUses() {
    PersonIndex p = index("Harbour vote", "Ana Ruiz opened the meeting.", "Ruiz left at noon.");
    assertTrue(p.knowsSurname("Ruiz"));
    assertEquals("Ana Ruiz", p.fullest("Ruiz"));
    assertEquals("Ana Ruiz", p.lastBefore(1, 100).name());
  }

  @Test
  void aSingleNameIsAPersonOnlyAsTheSurnameOfAFullName() {
    PersonIndex p = index("Harbour vote", "Officials met in Tallinn on Monday.", "Tallinn said no.");
    assertFalse(p.knowsSurname("Tallinn"));
    assertNull(p.lastBefore(1, 100));
  }

  @Test
  void aSingleNameAfterAnHonorificIsAPersonNamedWithIt() {
    PersonIndex p = index("Harbour vote", "Chairman Lord Pellow argued for a vote.", "Lord Pellow left at noon.");
    assertTrue(p.knowsSurname("Pellow"));
    assertEquals("Lord Pellow", p.lastBefore(1, 100).name());
  }

  @Test
  void aFullNameOutranksTheHonorificForm() {
    PersonIndex p = index("Harbour vote", "Mrs Ruiz opened the meeting.", "Ana Ruiz left at noon.");
    assertEquals("Ana Ruiz", p.fullest("Ruiz"));
    assertEquals("Ana Ruiz", p.lastBefore(0, 100).name());
  }

  @Test
  void anHonorificFormTakesTheFullNameEvenOneGivenOnlyInAQuote() {
    PersonIndex p = index("Harbour vote", "Mr Pellow opened the meeting.",
        "\"Nobody works harder than Tomas Pellow,\" a colleague said.");
    assertEquals("Tomas Pellow", p.fullest("Pellow"));
    assertEquals("Tomas Pellow", p.fullest("Mr Pellow"));
    assertEquals("Dr Ruiz", p.fullest("Dr Ruiz"), "no Ruiz named in full");
  }

  @Test
  void aFullerNameEndsWithTheWholeNameItLengthens() {
    assertTrue(PersonIndex.lengthens("Sergei Shoigu", "Shoigu"));
    assertTrue(PersonIndex.lengthens("Ana Ruiz", "Mrs Ruiz"));
    assertTrue(PersonIndex.lengthens("Elsa Warden", "Sen. Warden"));
    assertFalse(PersonIndex.lengthens("Ana Cruiz", "Ruiz"), "a word boundary");
    assertFalse(PersonIndex.lengthens("Lord Ruiz", "Mrs Ruiz"), "another honorific is no fuller name");
    assertFalse(PersonIndex.lengthens("Ruiz", "Mrs Ruiz"));
  }

  @Test
  void aNameOnlyInsideAQuoteIsNoOneAPronounStandsFor() {
    PersonIndex p = index("Harbour vote", "The crowd sang \"Happy birthday to Marco Dellan!\" all night.");
    assertFalse(p.knowsSurname("Dellan"));
    assertNull(p.lastBefore(0, 200));
  }

  @Test
  void thePersonEndingAPhraseIsCutFromTheWordsBeforeIt() {
    String text = "The former head of Harbour Army Europe Ben Hollis spoke.";
    PersonIndex p = index("Harbour vote", text);
    int end = text.indexOf(" spoke");
    PersonIndex.Mention m = p.endingAt(0, 0, end);
    assertEquals("Ben Hollis", text.substring(m.start(), m.end()));
    assertNull(p.endingAt(0, 0, text.indexOf(" Hollis")), "no name ends there");
    assertNull(p.endingAt(0, text.indexOf(" spoke"), text.length()), "the name starts before the phrase");
  }

  @Test
  void wordsWrittenInLowerCaseAreKnown() {
    PersonIndex p = index("Harbour vote", "The harbour master said the tide was late.");
    assertTrue(p.writtenInLowerCase("harbour"));
    assertFalse(p.writtenInLowerCase("tallinn"));
  }
}
