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

class CompassRegionRuleTest {
  private final CompassRegionRule rule = new CompassRegionRule();

  @Test
  void aCompassWordAfterTheIsARegion() {
    NameScan s = scan("across the West, winds rose in the west.");
    NameRun r = run(s, "West", "West");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("West=LOCATION@compass-region"), emitted(s));
  }

  @Test
  void refusesACompassWordWithoutThe() {
    NameScan s = scan("Winds from West Zorbly rose.");
    assertFalse(rule.tryAt(run(s, "West", "West"), at(s, "West")).matched());
  }
}
