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

class CommonPhraseRuleTest {
  private final CommonPhraseRule rule = new CommonPhraseRule();

  @Test
  void passesOverWordsTheArticleWritesInLowerCase() {
    NameScan s = scan("Cuts to Social Security loom, and social security matters.");
    NameRun r = run(s, "Social", "Security");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void passesOverAnEventsName() {
    NameScan s = scan("the Harbour Zorbly exercise began.");
    NameRun r = run(s, "Harbour", "Zorbly");
    assertTrue(rule.tryAt(r, r.from).matched());
  }

  @Test
  void refusesAName() {
    NameScan s = scan("the Zorbly Varden office opened.");
    NameRun r = run(s, "Zorbly", "Varden");
    assertFalse(rule.tryAt(r, r.from).matched());
  }
}
