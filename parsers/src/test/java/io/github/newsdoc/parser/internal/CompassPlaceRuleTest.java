package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.emitted;
import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.run;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A word of a part of a place before a place the gazetteer knows (invented sentences; Tampere, Ohio). */
class CompassPlaceRuleTest {
  private final CompassPlaceRule rule = new CompassPlaceRule();

  @Test
  void aPositionWordAndAKnownPlaceAreOnePlace() {
    NameScan s = scan("the farms of Northern Ohio flooded.");
    NameRun r = run(s, "Northern", "Ohio");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Northern Ohio=LOCATION@compass-place"), emitted(s));
  }

  @Test
  void inATextThePlaceKeepsItsPositionWord() {
    assertEquals(List.of("South Tampere=LOCATION@compass-place"),
        recognized("She grew up in South Tampere, he said."));
    assertEquals(List.of("Lower Tampere=LOCATION@compass-place"), recognized("a flat in Lower Tampere."));
  }

  @Test
  void refusesMoreNameWordsAfterThePlaceAFirstNameBeforeOrAnotherWord() {
    NameScan s = scan("read the South Tampere Courier and Ana West Ohio or Old Ohio.");
    NameRun more = run(s, "South", "Courier");
    assertFalse(rule.tryAt(more, more.from).matched());
    NameRun person = run(s, "Ana", "Ohio");
    assertFalse(rule.tryAt(person, person.from + 1).matched());
    NameRun other = run(s, "Old", "Ohio");
    assertFalse(rule.tryAt(other, other.from).matched());
  }
}
