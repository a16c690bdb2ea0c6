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

class GazetteerRuleTest {
  private final GazetteerRule rule = new GazetteerRule();

  @Test
  void readsTheLongestKnownName() {
    NameScan s = scan("from Moscow to the White House and NATO.");
    rule.tryAt(run(s, "Moscow", "Moscow"), at(s, "Moscow"));
    assertEquals(at(s, "House") + 1, rule.tryAt(run(s, "White", "House"), at(s, "White")).next());
    rule.tryAt(run(s, "NATO", "NATO"), at(s, "NATO"));
    assertEquals(List.of("Moscow=LOCATION@gazetteer", "White House=ORGANIZATION@gazetteer",
        "NATO=ORGANIZATION@gazetteer"), emitted(s));
  }

  @Test
  void keepsTheDotOfAnAbbreviatedPlace() {
    NameScan s = scan("in Zorbly, Calif. on Monday.");
    rule.tryAt(run(s, "Calif", "Calif"), at(s, "Calif"));
    assertEquals(List.of("Calif.=LOCATION@gazetteer"), emitted(s));
  }

  @Test
  void refusesUnknownNamesAndAFirstNameBeforeASurname() {
    NameScan s = scan("Zorbly and Kent Varden met.");
    assertFalse(rule.tryAt(run(s, "Zorbly", "Zorbly"), 0).matched());
    assertFalse(rule.tryAt(run(s, "Kent", "Varden"), at(s, "Kent")).matched());
  }
}
