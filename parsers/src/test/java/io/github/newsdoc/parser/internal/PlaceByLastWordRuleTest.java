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

class PlaceByLastWordRuleTest {
  private final PlaceByLastWordRule rule = new PlaceByLastWordRule();

  @Test
  void nameWordsEndingWithAPlacesWordAreAPlace() {
    NameScan s = scan("crowds in Zorbly Square cheered.");
    NameRun r = run(s, "Zorbly", "Square");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Zorbly Square=LOCATION@place-by-last-word"), emitted(s));
  }

  @Test
  void anAirportIsAPlaceNotABody() {
    // "airport" ends places' names only: the facility, not the company that runs it
    assertEquals(List.of("Zorbly International Airport=LOCATION@place-by-last-word"),
        recognized("Flights left Zorbly International Airport on time."));
  }

  @Test
  void refusesOneWordAndADay() {
    NameScan s = scan("in Square and Zorbly Monday.");
    assertFalse(rule.tryAt(run(s, "Square", "Square"), at(s, "Square")).matched());
    assertFalse(rule.tryAt(run(s, "Zorbly", "Monday"), at(s, "Zorbly")).matched());
  }
}
