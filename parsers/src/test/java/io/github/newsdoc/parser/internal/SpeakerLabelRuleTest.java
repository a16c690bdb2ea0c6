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

class SpeakerLabelRuleTest {
  private final SpeakerLabelRule rule = new SpeakerLabelRule();

  @Test
  void readsTheLabelOpeningATranscriptTurn() {
    NameScan s = scan("VARDEN: Welcome back to the programme.");
    assertEquals(1, rule.tryAt(s, 0).next());
    assertEquals(List.of("VARDEN=PERSON@speaker-label"), emitted(s));
  }

  @Test
  void refusesKnownNamesAbbreviationsAndLabelsInsideAText() {
    NameScan known = scan("NATO: allies meet in spring.");
    assertFalse(rule.tryAt(known, 0).matched());
    NameScan abbreviation = scan("CEO: the role is open.");
    assertFalse(rule.tryAt(abbreviation, 0).matched());
    NameScan later = scan("Then VARDEN: welcome back.");
    assertFalse(rule.tryAt(later, at(later, "VARDEN")).matched());
    NameScan mixed = scan("Varden: welcome back.");
    assertFalse(rule.tryAt(mixed, 0).matched());
  }
}
