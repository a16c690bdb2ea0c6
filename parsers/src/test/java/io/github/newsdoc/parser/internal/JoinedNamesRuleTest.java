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

class JoinedNamesRuleTest {
  private final JoinedNamesRule rule = new JoinedNamesRule();

  @Test
  void cutsNamesJoinedByASlash() {
    NameScan s = scan("A NATO/UNESCO summit opened.");
    NameRun r = run(s, "NATO/UNESCO", "NATO/UNESCO");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("NATO=ORGANIZATION@gazetteer", "UNESCO=ORGANIZATION@gazetteer"), emitted(s));
  }

  @Test
  void cutsAHyphenOnlyBetweenKnownOrganisations() {
    NameScan s = scan("A Reuters-UNESCO poll found it.");
    NameRun r = run(s, "Reuters-UNESCO", "Reuters-UNESCO");
    assertTrue(rule.tryAt(r, r.from).matched());
    assertEquals(List.of("Reuters=ORGANIZATION@gazetteer", "UNESCO=ORGANIZATION@gazetteer"), emitted(s));
  }

  @Test
  void refusesAHyphenatedNameOfItsOwn() {
    NameScan s = scan("The Zorbly-Varden works closed.");
    NameRun r = run(s, "Zorbly-Varden", "Zorbly-Varden");
    assertFalse(rule.tryAt(r, r.from).matched());
    assertEquals(List.of(), emitted(s));
  }
}
