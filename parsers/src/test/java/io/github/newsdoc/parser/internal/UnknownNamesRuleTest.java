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

class UnknownNamesRuleTest {
  private final UnknownNamesRule rule = new UnknownNamesRule();

  @Test
  void twoUnknownWordsAreAPerson() {
    NameScan s = scan("Zorbly Varden won.");
    NameRun r = run(s, "Zorbly", "Varden");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Zorbly Varden=PERSON@unknown-names"), emitted(s));
  }

  @Test
  void aPluralOrMoreWordsMakeAnOrganisationAndLakeAPlace() {
    NameScan s = scan("Zorbly Vardens and Zorbly Varden Tane near Lake Zorbly.");
    rule.tryAt(run(s, "Zorbly", "Vardens"), 0);
    rule.tryAt(new NameRun(s, s.words, 3, 6), 3);
    rule.tryAt(new NameRun(s, s.words, 7, 9), at(s, "Lake"));
    assertEquals(List.of("Zorbly Vardens=ORGANIZATION@unknown-names",
        "Zorbly Varden Tane=ORGANIZATION@unknown-names", "Lake Zorbly=LOCATION@unknown-names"), emitted(s));
  }

  @Test
  void refusesOneWord() {
    NameScan s = scan("Zorbly won.");
    assertFalse(rule.tryAt(run(s, "Zorbly", "Zorbly"), 0).matched());
  }

  @Test
  void aContractionOfIIsNoPartOfAName() {
    // "I'm" opens the sentence in capitals; the name after it is the speaker's own
    assertEquals(List.of("Haoyu Zelner=PERSON@unknown-names"), recognized("I\u2019m Haoyu Zelner, and I lead the team."));
    assertEquals(List.of(), recognized("Look I've been there before."));
  }

  @Test
  void twoNameWordsBesideANounOfAnOrganisationsKindAreAnOrganisation() {
    assertEquals(List.of("Dorvel Courant=ORGANIZATION@unknown-names"),
        recognized("She told the Dorvel Courant newspaper that she would run."));
  }

  @Test
  void aDemonymsPluralLastNamesPeopleOfAKindAndNoEntity() {
    assertEquals(List.of(), recognized("The rally drew Sikh Americans and Tessop Canadians on Monday."));
  }

  @Test
  void namesBeforeAWorksNounAreNoEntity() {
    assertEquals(List.of(), recognized("Critics praised her Velora Marrows album this week."));
    assertEquals(List.of("Lake Velora=LOCATION@unknown-names"), recognized("They filmed at Lake Velora series of shots."));
    // a person's name takes a number: a goal, a shirt
    assertEquals(List.of("Haoyu Zelner=PERSON@unknown-names"), recognized("He saw Haoyu Zelner 1 goal ahead."));
  }

  @Test
  void aNumberOpensOrEndsNoPersonsName() {
    // a station or a group, the most common kind of such a name: an organisation
    assertEquals(List.of("Five Velora=ORGANIZATION@unknown-names"), recognized("She told Five Velora on Monday."));
    assertEquals(List.of("Orvel Four=ORGANIZATION@unknown-names"), recognized("Freed members of the Orvel Four spoke."));
  }
}
