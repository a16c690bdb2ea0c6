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

class TitleOfWorkRuleTest {
  private final TitleOfWorkRule rule = new TitleOfWorkRule();

  @Test
  void aRunAfterTheNounOfAWorkIsNoEntity() {
    NameScan s = scan("She starred in the show Varden Harbour last year.");
    NameRun r = run(s, "Varden", "Harbour");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void aRunAloneInQuotationMarksIsATitle() {
    NameScan s = scan("He hosted \u201cMeet the Zorblies\u201d for years.");
    NameRun r = run(s, "Meet", "Zorblies");
    assertTrue(rule.tryAt(r, r.from).matched());
  }

  @Test
  void refusesAVerbLookingLikeTheNoun() {
    NameScan s = scan("Polls show Orvel Tane ahead.");
    NameRun r = run(s, "Orvel", "Tane");
    assertFalse(rule.tryAt(r, r.from).matched());
  }

  @Test
  void refusesAKnownOrganisationInQuotationMarks() {
    NameScan s = scan("He called it \u201cNATO\u201d again.");
    NameRun r = run(s, "NATO", "NATO");
    assertFalse(rule.tryAt(r, r.from).matched());
  }
}
