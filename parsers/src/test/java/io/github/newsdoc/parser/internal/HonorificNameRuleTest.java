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

class HonorificNameRuleTest {
  private final HonorificNameRule rule = new HonorificNameRule();

  @Test
  void aPlacesNameRightAfterAnHonorificIsAPersons() {
    NameScan s = scan("Mr Washington said no.");
    NameRun r = run(s, "Mr", "Washington");
    assertEquals(2, rule.tryAt(r, 1).next());
    assertEquals(List.of("Washington=PERSON@honorific-name"), emitted(s));
  }

  @Test
  void refusesANameThatGoesOn() {
    NameScan s = scan("Mr Washington Varden said no.");
    NameRun r = run(s, "Mr", "Varden");
    assertFalse(rule.tryAt(r, 1).matched());
    assertFalse(rule.tryAt(r, 0).matched());
  }

  @Test
  void aSaintsHonorificOpensThePlaceOrBodyNamedAfterTheSaint() {
    assertEquals(List.of("St. Louis=LOCATION@gazetteer"), recognized("The team flew to St. Louis on Monday."));
    assertEquals(List.of("St. Tessop City Council=ORGANIZATION@organisation-head"),
        recognized("The St. Tessop City Council voted on Monday."));
    assertEquals(List.of("St. Orvel's Hospital=ORGANIZATION@organisation-head"),
        recognized("Doctors at St. Orvel's Hospital said so."));
    // after a name and before no name it is a street: "115 Tessop St. in Dunmore"
    assertEquals(List.of("Dunmore=LOCATION@single-name"), recognized("The gallery at 115 Tessop St. in Dunmore closed."));
  }
}
