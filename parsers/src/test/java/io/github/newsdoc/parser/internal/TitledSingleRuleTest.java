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

class TitledSingleRuleTest {
  private final TitledSingleRule rule = new TitledSingleRule();

  @Test
  void oneWordAfterATitleIsAPerson() {
    NameScan s = scan("President Tane spoke.");
    NameRun r = run(s, "President", "Tane");
    r.titled = true;
    assertEquals(2, rule.tryAt(r, 1).next());
    assertEquals(List.of("Tane=PERSON@titled-single"), emitted(s));
  }

  @Test
  void refusesAWordAfterATitleThatEndsInThe() {
    // a person's name takes no article: "Lord of the Zorblies" is a work's title
    assertEquals(List.of(), recognized("Fans queued to see Lord of the Zorblies again."));
  }

  @Test
  void refusesAWordWithoutATitleOrBeforeMoreTitleWords() {
    NameScan s = scan("Foreign Affairs High Commissioner Tane spoke.");
    NameRun r = run(s, "Foreign", "Tane");
    assertFalse(rule.tryAt(r, at(s, "Tane")).matched());
    r.titled = true;
    assertFalse(rule.tryAt(r, at(s, "Affairs")).matched());
  }
}
