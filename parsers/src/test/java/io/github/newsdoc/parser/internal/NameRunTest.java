package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.emitted;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameRunTest {
  private static List<String> read(String text, String first, String last) {
    NameScan s = scan(text);
    NameRun.read(s, s.words, at(s, first), at(s, last) + 1);
    return emitted(s);
  }

  @Test
  void anHonorificOpeningTheRunIsNoPartOfTheNameAndMakesItAPersons() {
    assertEquals(List.of("Zorbly Varden=PERSON@person-name"), read("said Mr Zorbly Varden.", "Mr", "Varden"));
  }

  @Test
  void aRoleBeforeTheRunMakesItAPersons() {
    assertEquals(List.of("Tane=PERSON@titled-single"), read("the economist Tane said.", "Tane", "Tane"));
  }

  @Test
  void aCommonWordOpeningTheSentenceIsPassedOver() {
    assertEquals(List.of("Zorblex=ORGANIZATION@single-name"),
        read("Shares Zorblex fell, as shares of Zorblex often do.", "Shares", "Zorblex"));
  }

  @Test
  void aVerbOfSayingInThePastOpeningTheSentenceIsPassedOver() {
    assertEquals(List.of("Anna Tane=PERSON@person-name"),
        read("The vote ended. Continued Anna Tane: it was fair.", "Continued", "Tane"));
    // a name in the imperative stays whole
    assertEquals("Ask Zorbly",
        read("The vote ended. Ask Zorbly fell, as Ask Zorbly shares do.", "Ask", "Zorbly").get(0).split("=")[0]);
  }

  @Test
  void aWordOpeningTheSentenceBeforeAFirstNameIsPassedOver() {
    assertEquals(List.of("Anna Q. Tane=PERSON@person-name"),
        read("The vote ended. Enter Anna Q. Tane, a lawyer. Tane said it was fair.", "Enter", "Tane"));
    assertEquals(List.of("Anna Tane=PERSON@person-name"),
        read("The vote ended. Drummer Anna Tane was there. Tane said it was fair.", "Drummer", "Tane"));
    // a first name opening the sentence is the name's own
    assertEquals(List.of("Morgan Anna Tane=PERSON@person-name"),
        read("The vote ended. Morgan Anna Tane was there. Tane said it was fair.", "Morgan", "Tane"));
  }

  @Test
  void trailingConnectorsAreNoPartOfTheName() {
    assertEquals(List.of("Zorbly Agency=ORGANIZATION@organisation-head"),
        read("the Zorbly Agency of note.", "Zorbly", "of"));
  }

  @Test
  void theWordRulesCutARunIntoSeveralNames() {
    assertEquals(List.of("NATO=ORGANIZATION@gazetteer", "Orvel Tane=PERSON@person-name"),
        read("said NATO Secretary Orvel Tane.", "NATO", "Tane"));
  }

  @Test
  void aKnownNameWhoseWordsAreGroupsWordsIsReadWhole() {
    // "Liberal" and "Democrats" alone name members of a group, passed over at a run's start; the party's name
    // the gazetteer knows whole is not
    assertEquals(List.of("Liberal Democrats=ORGANIZATION@gazetteer"),
        RuleFixture.recognized("Voters backed the Liberal Democrats on Monday."));
    assertEquals(List.of(), RuleFixture.recognized("Liberals and Democrats agreed on Monday."));
  }
}
