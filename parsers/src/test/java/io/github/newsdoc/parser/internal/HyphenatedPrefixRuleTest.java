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

class HyphenatedPrefixRuleTest {
  private final HyphenatedPrefixRule rule = new HyphenatedPrefixRule();

  @Test
  void readsAKnownPlaceBeforeAHyphen() {
    NameScan s = scan("The Moscow-based group met on Friday.");
    int i = at(s, "Moscow-based");
    assertEquals(i + 1, rule.tryAt(s, i).next());
    assertEquals(List.of("Moscow=LOCATION@hyphenated-prefix"), emitted(s));
  }

  @Test
  void passesOverAnUnknownPrefixWithoutAName() {
    NameScan s = scan("A Zorbly-based firm opened.");
    int i = at(s, "Zorbly-based");
    assertEquals(i + 1, rule.tryAt(s, i).next());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void refusesAWordThatStartsAName() {
    NameScan s = scan("The Moscow office of Zorbly Varden closed.");
    assertFalse(rule.tryAt(s, at(s, "Moscow")).matched());
    assertFalse(rule.tryAt(s, at(s, "Zorbly")).matched());
  }

  @Test
  void aMonthBeforeAnOrganisationStartsItsName() {
    NameScan s = scan("It agreed to buy May Department Stores last year.");
    assertFalse(rule.tryAt(s, at(s, "May")).matched());
  }
}
