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

class InitialsRuleTest {
  private final InitialsRule rule = new InitialsRule();

  @Test
  void initialsBeforeASurnameEndingTheRunAreAPerson() {
    NameScan s = scan("Team: C Varden; KP Tane.");
    NameRun r = run(s, "C", "Varden");
    assertEquals(r.from + 2, rule.tryAt(r, r.from).next());
    NameRun two = run(s, "KP", "Tane");
    rule.tryAt(two, two.from);
    assertEquals(List.of("C Varden=PERSON@initials", "KP Tane=PERSON@initials"), emitted(s));
  }

  @Test
  void refusesASurnameThatDoesNotEndTheRun() {
    NameScan s = scan("Team C Varden Tane won.");
    NameRun r = run(s, "C", "Tane");
    assertFalse(rule.tryAt(r, r.from).matched());
  }

  @Test
  void initialsThatOpenAKnownBodysNameAreTheBodys() {
    NameScan s = scan("Analysts said JP Morgan might still lend.");
    NameRun r = run(s, "JP", "Morgan");
    assertFalse(rule.tryAt(r, r.from).matched());
    assertEquals(List.of("JP Morgan=ORGANIZATION@gazetteer"), recognized("Analysts said JP Morgan might still lend."));
  }
}
