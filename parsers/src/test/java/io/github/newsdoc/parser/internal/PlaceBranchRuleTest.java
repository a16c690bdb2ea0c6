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

class PlaceBranchRuleTest {
  private final PlaceBranchRule rule = new PlaceBranchRule();

  @Test
  void aKnownPlaceAndAKnownPartyAreItsBranch() {
    NameScan s = scan("the Ohio Democratic Party Chairman said.");
    NameRun r = run(s, "Ohio", "Party");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Ohio Democratic Party=ORGANIZATION@place-branch"), emitted(s));
  }

  @Test
  void aDemonymAndABodyWhoseFullNameHasAHeadAreItsBranch() {
    NameScan s = scan("fined by the Lithuanian FA on Monday.");
    NameRun r = run(s, "Lithuanian", "FA");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Lithuanian FA=ORGANIZATION@place-branch"), emitted(s));
  }

  @Test
  void refusesAPlaceBeforeUnknownNamesOrAStop() {
    NameScan s = scan("in Ohio Zorbly. Ohio, Democratic Party.");
    NameRun unknown = run(s, "Ohio", "Zorbly");
    assertFalse(rule.tryAt(unknown, unknown.from).matched());
    NameRun stopped = new NameRun(s, s.words, 3, 6);
    assertFalse(rule.tryAt(stopped, 3).matched());
  }
}
