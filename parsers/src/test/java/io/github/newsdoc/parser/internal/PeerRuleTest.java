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

class PeerRuleTest {
  private final PeerRule rule = new PeerRule();

  @Test
  void aPeersNameGoesOnWithThePlace() {
    NameScan s = scan("said Lord Nicholls of Birkenhead yesterday.");
    NameRun r = run(s, "Lord", "Birkenhead");
    int p = at(s, "Nicholls");
    assertEquals(p + 3, rule.tryAt(r, p).next());
    assertEquals(List.of("Nicholls of Birkenhead=PERSON@peer"), emitted(s));
  }

  @Test
  void refusesANameAfterAnotherHonorific() {
    NameScan s = scan("said Sir Nicholls of Birkenhead yesterday.");
    NameRun r = run(s, "Sir", "Birkenhead");
    assertFalse(rule.tryAt(r, at(s, "Nicholls")).matched());
    assertEquals(List.of(), emitted(s));
  }
}
