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

class EventOrGroupRuleTest {
  private final EventOrGroupRule rule = new EventOrGroupRule();

  @Test
  void passesOverAnEventAndAGroup() {
    NameScan s = scan("the Varden Plan and Roman Catholics agreed.");
    NameRun plan = run(s, "Varden", "Plan");
    assertEquals(plan.to, rule.tryAt(plan, plan.from).next());
    NameRun group = run(s, "Roman", "Catholics");
    assertEquals(group.to, rule.tryAt(group, group.from).next());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void refusesAPersonsName() {
    NameScan s = scan("said Orvel Tane later.");
    NameRun r = run(s, "Orvel", "Tane");
    assertFalse(rule.tryAt(r, r.from).matched());
  }
}
