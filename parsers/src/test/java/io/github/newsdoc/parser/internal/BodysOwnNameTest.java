package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodysOwnNameTest {
  // whether the words from {@code first} up to {@code body} start the known body from {@code body} to {@code last}
  private static boolean own(NameScan s, String first, String body, String last) {
    return BodysOwnName.of(s.words, at(s, first), at(s, body), at(s, last) + 1, s.ctx);
  }

  @Test
  void anUnknownNameBeforeABodyOfAKindIsItsOwn() {
    NameScan s = scan("a fellow of the Varden-Tolk Tax Policy Center wrote.");
    assertTrue(own(s, "Varden-Tolk", "Tax", "Center"));
  }

  @Test
  void notANameTheArticleGivesAPerson() {
    // an honorific, a first name before it, speech, a first name itself
    assertFalse(own(scan("in the Zorbly White House. Mr Zorbly left."), "Zorbly", "White", "House"));
    assertFalse(own(scan("in the Zorbly White House. Ana Zorbly left."), "Zorbly", "White", "House"));
    assertFalse(own(scan("in the Zorbly White House. Later Zorbly said no."), "Zorbly", "White", "House"));
    assertFalse(own(scan("in the Hillary White House today."), "Hillary", "White", "House"));
  }

  @Test
  void notANameWrittenApartNorAWordCapitalisedOnlyAtASentencesStart() {
    assertFalse(own(scan("the Zorbly administration and the Zorbly White House."), "Zorbly", "White", "House"));
    assertFalse(own(scan("Distributor Tax Policy Center staff said."), "Distributor", "Tax", "Center"));
  }

  @Test
  void notBeforeABodyWithoutItsHeadNounOrAfterAPlace() {
    assertFalse(own(scan("the Zorbly Ministry of Defence said."), "Zorbly", "Ministry", "Defence"));
    assertFalse(own(scan("the Dorset Tax Policy Center said."), "Dorset", "Tax", "Center"));
  }
}
