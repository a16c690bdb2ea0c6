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

class PersonOfBodyRuleTest {
  private final PersonOfBodyRule rule = new PersonOfBodyRule();

  @Test
  void readsAPersonAndTheBodyTheyBelongTo() {
    NameScan s = scan("said Jason Leopold of Varden News on Monday.");
    NameRun r = run(s, "Jason", "News");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Jason Leopold=PERSON@person-name", "Varden News=ORGANIZATION@organisation-head"),
        emitted(s));
  }

  @Test
  void refusesARunThatOpensWithNoFirstName() {
    NameScan s = scan("said Zorbly Leopold of Varden News on Monday.");
    NameRun r = run(s, "Zorbly", "News");
    assertFalse(rule.tryAt(r, r.from).matched());
    assertEquals(List.of(), emitted(s));
  }
}
