package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.run;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventShortNameRuleTest {
  private final EventShortNameRule rule = new EventShortNameRule();

  @Test
  void theNameBeforeATreatysAcronymAndTheAcronymAreNoEntities() {
    NameScan s = scan("They quit the Varden Harbour Forces (VHF) Treaty last year.");
    NameRun before = run(s, "Varden", "Forces");
    assertTrue(rule.tryAt(before, before.from).matched());
    NameRun acronym = run(s, "VHF", "VHF");
    assertTrue(rule.tryAt(acronym, acronym.from).matched());
    assertEquals(List.of(), recognized("They quit the Varden Harbour Forces (VHF) Treaty last year."));
  }

  @Test
  void parenthesesRightAfterAnEventsNounHoldItsShortName() {
    assertEquals(List.of(), recognized("They renewed the Varden Arms Treaty (New VART) in May."));
  }

  @Test
  void aBodysAcronymIsKept() {
    NameScan s = scan("The Varden Harbour Agency (VHA) said so.");
    NameRun acronym = run(s, "VHA", "VHA");
    assertFalse(rule.tryAt(acronym, acronym.from).matched());
    NameRun body = run(s, "Varden", "Agency");
    assertFalse(rule.tryAt(body, body.from).matched());
  }
}
