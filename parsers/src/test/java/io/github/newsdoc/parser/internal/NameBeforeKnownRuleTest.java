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

class NameBeforeKnownRuleTest {
  private final NameBeforeKnownRule rule = new NameBeforeKnownRule();

  @Test
  void cutsAPersonsNameBeforeAKnownOne() {
    NameScan s = scan("inside the Zorbly White House today, Mr Zorbly said.");
    NameRun r = run(s, "Zorbly", "House");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Zorbly=PERSON@single-name", "White House=ORGANIZATION@gazetteer"), emitted(s));
  }

  @Test
  void namesNoOneIsKnownByBeforeABodyOfAKindAreItsOwn() {
    NameScan s = scan("a fellow of the Varden-Tolk Tax Policy Center wrote.");
    NameRun r = run(s, "Varden-Tolk", "Center");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Varden-Tolk Tax Policy Center=ORGANIZATION@name-before-known"), emitted(s));
  }

  @Test
  void aKnownPlaceBeforeAPartyIsItsBranch() {
    NameScan s = scan("members of the Dorset Labour Party met.");
    NameRun r = run(s, "Dorset", "Party");
    assertTrue(rule.tryAt(r, r.from).matched());
    assertEquals(List.of("Dorset Labour Party=ORGANIZATION@name-before-known"), emitted(s));
  }

  @Test
  void aDemonymBeforeAMinistryIsItsCountrysMinistry() {
    NameScan s = scan("a note from the Lithuanian Interior Ministry arrived.");
    NameRun r = run(s, "Lithuanian", "Ministry");
    assertTrue(rule.tryAt(r, r.from).matched());
    assertEquals(List.of("Lithuanian Interior Ministry=ORGANIZATION@name-before-known"), emitted(s));
  }

  @Test
  void aPlaceBeforeABodyWhoseFullNameHasAHeadIsItsBranch() {
    NameScan s = scan("lawyers of the Dorset Department of Justice said.");
    NameRun r = run(s, "Dorset", "Justice");
    assertTrue(rule.tryAt(r, r.from).matched());
    assertEquals(List.of("Dorset Department of Justice=ORGANIZATION@name-before-known"), emitted(s));
  }

  @Test
  void aDemonymBeforeAOneWordBodyIsItsBranchButNotBeforeACompany() {
    NameScan s = scan("the Lithuanian FA fined him; in Dorset Microsoft staff left.");
    NameRun fa = run(s, "Lithuanian", "FA");
    assertTrue(rule.tryAt(fa, fa.from).matched());
    assertEquals(List.of("Lithuanian FA=ORGANIZATION@name-before-known"), emitted(s));
    NameRun company = run(s, "Dorset", "Microsoft");
    assertFalse(rule.tryAt(company, company.from).matched());
  }

  @Test
  void refusesAWholeKnownNameAndUnknownNames() {
    NameScan s = scan("the White House and Zorbly Varden Tane met.");
    NameRun known = run(s, "White", "House");
    assertFalse(rule.tryAt(known, known.from).matched());
    NameRun unknown = run(s, "Zorbly", "Tane");
    assertFalse(rule.tryAt(unknown, unknown.from).matched());
  }
}
