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

class WordsBeforeFirstNameRuleTest {
  private final WordsBeforeFirstNameRule rule = new WordsBeforeFirstNameRule();

  @Test
  void goesOnAtTheFirstName() {
    NameScan s = scan("said Zorbly Hillary Varden today.");
    NameRun r = run(s, "Zorbly", "Varden");
    NameRule.Match m = rule.tryAt(r, r.from);
    assertEquals(at(s, "Hillary"), m.next());
    assertTrue(m.keepsTitle());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void refusesNamesWithoutAFirstNameInside() {
    NameScan s = scan("said Zorbly Orvel Varden today.");
    NameRun r = run(s, "Zorbly", "Varden");
    assertFalse(rule.tryAt(r, r.from).matched());
  }
}
