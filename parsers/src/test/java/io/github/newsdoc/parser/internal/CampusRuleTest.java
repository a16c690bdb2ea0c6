package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.emitted;
import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class CampusRuleTest {
  private final CampusRule rule = new CampusRule();

  @Test
  void aUniversityOfAPlaceAndItsCampusAreOneBody() {
    NameScan s = scan("Economists at the University of Oregon, Portland, agreed.");
    assertEquals(at(s, "Portland") + 1, rule.tryAt(s, at(s, "University")).next());
    assertEquals(List.of("University of Oregon, Portland=ORGANIZATION@campus"), emitted(s));
    // a campus town the gazetteer lacks names no person or place of its own there
    assertEquals(List.of("University of Oregon at Velmont=ORGANIZATION@campus", "Dana Cole=PERSON@person-name"),
        recognized("A chemist at the University of Oregon at Velmont, Dana Cole, said so."));
  }

  @Test
  void refusesWhatDoesNotEndTheClauseAWordOfGrammarAndAnotherHead() {
    NameScan s = scan("He taught at the University of Oregon, Dana said.");
    assertFalse(rule.tryAt(s, at(s, "University")).matched());
    NameScan t = scan("He taught at the University of Oregon, No.");
    assertFalse(rule.tryAt(t, at(t, "University")).matched());
    NameScan u = scan("He taught at the University of Oregon, Velmont School, for years.");
    assertFalse(rule.tryAt(u, at(u, "University")).matched());
  }
}
