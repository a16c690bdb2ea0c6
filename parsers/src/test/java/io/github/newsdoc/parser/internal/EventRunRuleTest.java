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

class EventRunRuleTest {
  private final EventRunRule rule = new EventRunRule();

  @Test
  void aRunEndingWithAnEventsNounIsNoEntity() {
    NameScan s = scan("They signed the Varden Agreement in May.");
    NameRun r = run(s, "Varden", "Agreement");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void aKnownPlaceBeforeAnEventsPluralIsNoEntityEither() {
    assertEquals(List.of(), recognized("She ran the 2010 and 2011 Paris Marathons."));
  }

  @Test
  void refusesAnOrganisationsHeadAndASingleWord() {
    NameScan s = scan("The Varden Agency said Agreement was near.");
    NameRun agency = run(s, "Varden", "Agency");
    assertFalse(rule.tryAt(agency, agency.from).matched());
    NameRun single = run(s, "Agreement", "Agreement");
    assertFalse(rule.tryAt(single, single.from).matched());
  }
}
