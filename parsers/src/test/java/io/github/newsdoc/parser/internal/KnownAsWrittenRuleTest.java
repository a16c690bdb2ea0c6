package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.emitted;
import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownAsWrittenRuleTest {
  private final KnownAsWrittenRule rule = new KnownAsWrittenRule();

  @Test
  void aKnownNameEndingInItsOwnPossessiveIsFoundWhole() {
    NameScan s = scan("Yesterday McDonald's opened a kiosk.");
    int i = at(s, "McDonald's");
    assertEquals(i + 1, rule.tryAt(s, i).next());
    assertEquals(List.of("McDonald's=ORGANIZATION@known-as-written"), emitted(s));
  }

  @Test
  void aKnownNameWithAPossessiveAndAConnectorInsideIsOneName() {
    assertEquals(List.of("Standard & Poor's=ORGANIZATION@known-as-written",
            "Moody's Investors Service=ORGANIZATION@known-as-written"),
        recognized("Both Standard & Poor's and, later, Moody's Investors Service's analysts agreed."));
  }

  @Test
  void thePlacesOpenedByTheAreFoundWithOrWithoutTheirArticle() {
    assertEquals(List.of("The Hague=LOCATION@known-as-written", "Hague=LOCATION@known-as-written"),
        recognized("The Hague hosted the talks, and judges in the Hague ruled."));
  }

  @Test
  void aPersonsPossessiveIsNoCompany() {
    // the article writes the surname after a first name: "Macy's" is that person's
    NameScan s = scan("Jo Macy retired. Later Macy's wife spoke.");
    assertFalse(rule.tryAt(s, at(s, "Macy's")).matched());
    assertTrue(recognized("Tom Ardent sold it to Macy's, the chain, in May.")
        .contains("Macy's=ORGANIZATION@known-as-written"));
  }

  @Test
  void lowerCaseWordsAndLongerNamesAreLeftToTheOtherRules() {
    NameScan s = scan("He phoned China's foreign ministry and The Hague Tribunal.");
    assertFalse(rule.tryAt(s, at(s, "China's")).matched());
    assertFalse(rule.tryAt(s, at(s, "The")).matched());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void unknownPossessivesAndAnArticleBeforeAnOrdinaryNameAreNone() {
    NameScan s = scan("Zorby's shop faced the Velora Works.");
    assertFalse(rule.tryAt(s, at(s, "Zorby's")).matched());
    assertFalse(rule.tryAt(s, at(s, "Velora")).matched());
  }
}
