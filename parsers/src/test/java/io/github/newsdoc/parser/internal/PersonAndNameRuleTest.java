package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.emitted;
import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonAndNameRuleTest {
  private final PersonAndNameRule rule = new PersonAndNameRule();

  @Test
  void aPersonAndABodyJoinedByAndAreTwoNames() {
    NameScan s = scan("The jury named Dana Velmont and Orvel Records on Monday.");
    NameRun r = new NameRun(s, s.words, at(s, "Dana"), at(s, "Records") + 1);
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Dana Velmont=PERSON@person-name", "Orvel Records=ORGANIZATION@organisation-head"),
        emitted(s));
    assertEquals(List.of("Ana J. Marrow=PERSON@person-name", "Quent Division=ORGANIZATION@organisation-head"),
        recognized("Fans chose Ana J. Marrow and Quent Division in the vote."));
  }

  @Test
  void refusesAFirstNameAloneOneWordAfterAndABodysHead() {
    assertEquals(List.of("Bill and Dana Velmont Foundation=ORGANIZATION@organisation-head"),
        recognized("Grants from the Bill and Dana Velmont Foundation rose."));
    assertEquals(List.of("Dana Velmont and Company=ORGANIZATION@organisation-head"),
        recognized("It was printed by Dana Velmont and Company in May."));
    // a firm's word after "and": one name
    NameScan f = scan("The shop of Dana Velmont and Sons Ltd closed.");
    NameRun fr = new NameRun(f, f.words, at(f, "Dana"), at(f, "Ltd") + 1);
    assertFalse(rule.tryAt(fr, fr.from).matched());
    NameScan s = scan("It came from Dana Records and Orvel Media today.");
    NameRun r = new NameRun(s, s.words, at(s, "Dana"), at(s, "Media") + 1);
    assertFalse(rule.tryAt(r, r.from).matched());
  }
}
