package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.emitted;
import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.run;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymRuleTest {
  private final AcronymRule rule = new AcronymRule();

  @Test
  void readsKnownAndUnknownAcronyms() {
    NameScan s = scan("The UK and ZXQ signed it.");
    assertTrue(rule.tryAt(run(s, "UK", "UK"), at(s, "UK")).matched());
    assertTrue(rule.tryAt(run(s, "ZXQ", "ZXQ"), at(s, "ZXQ")).matched());
    assertEquals(List.of("UK=LOCATION@acronym", "ZXQ=ORGANIZATION@acronym"), emitted(s));
  }

  @Test
  void passesOverAcronymsThatNameNoEntity() {
    NameScan s = scan("The CEO said GDP rose.");
    assertTrue(rule.tryAt(run(s, "CEO", "CEO"), at(s, "CEO")).matched());
    assertTrue(rule.tryAt(run(s, "GDP", "GDP"), at(s, "GDP")).matched());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void trustsNoAcronymInAShoutedText() {
    NameScan s = scan("ZXQ WINS THE VOTE AT LAST");
    assertTrue(rule.tryAt(run(s, "ZXQ", "ZXQ"), 0).matched());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void refusesAWordAndAnInitial() {
    NameScan s = scan("Orvel J. Tane said.");
    assertFalse(rule.tryAt(run(s, "Orvel", "Orvel"), 0).matched());
    assertFalse(rule.tryAt(run(s, "J", "Tane"), 1).matched());
  }

  @Test
  void aTitleBeforeTheAcronymStillAppliesAfterIt() {
    NameScan s = scan("the nominee TV Zorbly won.");
    NameRun r = run(s, "TV", "Zorbly");
    r.titled = true;
    NameRule.Match m = rule.tryAt(r, r.from);
    assertEquals(r.from + 1, m.next());
    assertTrue(m.keepsTitle());
  }

  @Test
  void aRomanNumeralIsNoBodyButEndsThePersonsNameBeforeIt() {
    assertEquals(List.of("Orvel IV=PERSON@titled-single", "Dunvarra=LOCATION@single-name"),
        recognized("The last poem was about King Orvel IV in Dunvarra."));
    assertEquals(List.of(), recognized("After the Great Harbour War II ended, the plant closed."));
    // after a name of two words the numeral is left out: the surname stays the last word
    assertEquals(List.of("Harry Tessop=PERSON@person-name"), recognized("The book by Harry Tessop III sold well."));
  }
}
