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

class PartyTagRuleTest {
  private final PartyTagRule rule = new PartyTagRule();

  @Test
  void readsTheStateOfAPartyTag() {
    NameScan s = scan("Sen. Dana Whitlow (R-Texas) said the bill would pass.");
    int i = at(s, "R-Texas");
    assertEquals(i + 1, rule.tryAt(s, i).next());
    assertEquals(List.of("Texas=LOCATION@party-tag"), emitted(s));
  }

  @Test
  void keepsTheDotOfAnAbbreviatedState() {
    NameScan s = scan("Rep. Ana Pell, D-Calif., voted no.");
    rule.tryAt(s, at(s, "D-Calif"));
    assertEquals(List.of("Calif.=LOCATION@party-tag"), emitted(s));
  }

  @Test
  void refusesAHyphenatedWordThatNamesNoState() {
    NameScan s = scan("The R-Rated cut of Zorbly opens today.");
    assertFalse(rule.tryAt(s, at(s, "R-Rated")).matched());
    assertFalse(rule.tryAt(s, at(s, "Zorbly")).matched());
    assertEquals(List.of(), emitted(s));
  }
}
