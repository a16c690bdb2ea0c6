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

class TitleJoinRuleTest {
  private final TitleJoinRule rule = new TitleJoinRule();

  @Test
  void aWordJoinedBeforeARoleIsPartOfTheTitle() {
    NameScan s = scan("the Trade and Industry Secretary said.");
    NameRun r = run(s, "Trade", "Secretary");
    int p = at(s, "Industry");
    assertEquals(p + 1, rule.tryAt(r, p).next());
  }

  @Test
  void refusesAWordBeforeNoRole() {
    NameScan s = scan("the Trade and Industry Zorbly said.");
    NameRun r = run(s, "Trade", "Zorbly");
    assertFalse(rule.tryAt(r, at(s, "Industry")).matched());
  }
}
