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

class RomanceArticleRuleTest {
  private final RomanceArticleRule rule = new RomanceArticleRule();

  @Test
  void aNameOpenedByARomanceArticleIsAnOrganisation() {
    NameScan s = scan("She sang at La Zorbla last night.");
    NameRun r = run(s, "La", "Zorbla");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("La Zorbla=ORGANIZATION@romance-article"), emitted(s));
  }

  @Test
  void afterAPossessiveItIsAWork() {
    NameScan s = scan("She sang Varden's La Zorbla last night.");
    NameRun r = run(s, "La", "Zorbla");
    assertTrue(rule.tryAt(r, r.from).matched());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void refusesCapitalsAndALoneArticle() {
    NameScan s = scan("In LA Zorbla and La. Then more.");
    assertFalse(rule.tryAt(run(s, "LA", "Zorbla"), at(s, "LA")).matched());
    assertFalse(rule.tryAt(run(s, "La", "La"), at(s, "La")).matched());
  }
}
