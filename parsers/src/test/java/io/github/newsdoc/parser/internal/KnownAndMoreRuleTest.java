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

class KnownAndMoreRuleTest {
  private final KnownAndMoreRule rule = new KnownAndMoreRule();

  @Test
  void aKnownBodyAndOneMoreNameAreItsChannel() {
    NameScan s = scan("BBC Sport reported it.");
    NameRun r = run(s, "BBC", "Sport");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("BBC Sport=ORGANIZATION@known-and-more"), emitted(s));
  }

  @Test
  void aKnownPlaceAndAPluralAreATeam() {
    NameScan s = scan("the Tampa Zorblies won.");
    NameRun r = run(s, "Tampa", "Zorblies");
    assertTrue(rule.tryAt(r, r.from).matched());
    assertEquals(List.of("Tampa Zorblies=ORGANIZATION@known-and-more"), emitted(s));
  }

  @Test
  void aKnownPlaceAndAPlacesWordInThePluralAreAPlace() {
    // "roads" is "road" in the plural: a place's last word, not a team's name
    NameScan s = scan("Ships waited in Tampa Roads overnight.");
    NameRun r = run(s, "Tampa", "Roads");
    assertTrue(rule.tryAt(r, r.from).matched());
    assertEquals(List.of("Tampa Roads=LOCATION@known-and-more"), emitted(s));
  }

  @Test
  void refusesAFirstNameAfterABodyAndAKnownNameAlone() {
    NameScan s = scan("BBC Hillary and BBC said.");
    NameRun name = run(s, "BBC", "Hillary");
    assertFalse(rule.tryAt(name, name.from).matched());
    NameRun alone = new NameRun(s, s.words, 3, 4);
    assertFalse(rule.tryAt(alone, 3).matched());
    assertEquals(List.of(), emitted(s));
  }
}
