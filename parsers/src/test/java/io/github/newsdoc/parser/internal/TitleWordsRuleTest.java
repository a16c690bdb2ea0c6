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

class TitleWordsRuleTest {
  private final TitleWordsRule rule = new TitleWordsRule();

  @Test
  void passesOverATitleAndRemembersIt() {
    NameScan s = scan("Defence Minister Orvel Tane said.");
    NameRun r = run(s, "Defence", "Tane");
    NameRule.Match m = rule.tryAt(r, 0);
    assertEquals(1, m.next());
    assertTrue(m.keepsTitle());
    assertTrue(r.titled);
  }

  @Test
  void passesOverADemonymWithoutATitle() {
    NameScan s = scan("Belarusian Orvel Tane said.");
    NameRun r = run(s, "Belarusian", "Tane");
    assertTrue(rule.tryAt(r, 0).matched());
    assertFalse(r.titled);
  }

  @Test
  void refusesAName() {
    NameScan s = scan("Defence Minister Orvel Tane said.");
    NameRun r = run(s, "Defence", "Tane");
    assertFalse(rule.tryAt(r, at(s, "Orvel")).matched());
  }
}
