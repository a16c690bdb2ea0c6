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

class PersonOfBodyRuleTest {
  private final PersonOfBodyRule rule = new PersonOfBodyRule();

  @Test
  void readsAPersonAndTheBodyTheyBelongTo() {
    NameScan s = scan("said Jason Leopold of Varden News on Monday.");
    NameRun r = run(s, "Jason", "News");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Jason Leopold=PERSON@person-name", "Varden News=ORGANIZATION@organisation-head"),
        emitted(s));
  }

  @Test
  void twoNameWordsBeforeABodysNameAreAPersonsWithoutAKnownFirstName() {
    NameScan s = scan("said Zorbly Leopold of Varden News on Monday.");
    NameRun r = run(s, "Zorbly", "News");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Zorbly Leopold=PERSON@unknown-names", "Varden News=ORGANIZATION@organisation-head"),
        emitted(s));
    assertEquals(List.of("Darvo Kessel=PERSON@unknown-names", "Marlow Baptist Church=ORGANIZATION@organisation-head",
        "Tessop=LOCATION@single-name"), recognized("One pastor, Darvo Kessel of Marlow Baptist Church in Tessop, said so."));
  }

  @Test
  void anInitialBeforeAFirstNameOpensAPersonToo() {
    assertEquals(List.of("J. Bradford Lowell=PERSON@person-name", "Varden Institute=ORGANIZATION@organisation-head"),
        recognized("Both J. Bradford Lowell of the Varden Institute and others agreed."));
    // a single initial and a surname before "of" are no first name and more: not this rule's
    NameScan s = scan("said J. Lowell of Varden News on Monday.");
    NameRun r = run(s, "J", "News");
    assertEquals(false, rule.tryAt(r, r.from).matched());
  }

  @Test
  void refusesARunThatOpensWithNoFirstNameAndNoPersonsShape() {
    NameScan s = scan("said Zorbly Leopold Marr of Varden News on Monday.");
    NameRun r = run(s, "Zorbly", "News");
    assertFalse(rule.tryAt(r, r.from).matched());
    NameScan place = scan("flights from London Zorbly of Varden Airways on Monday.");
    NameRun p = run(place, "London", "Airways");
    assertFalse(rule.tryAt(p, p.from).matched());
    NameScan noBody = scan("said Zorbly Leopold of Varden Marr on Monday.");
    NameRun b = run(noBody, "Zorbly", "Marr");
    assertFalse(rule.tryAt(b, b.from).matched());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void refusesABodysNameBeforeOf() {
    NameScan s = scan("a professor at the Maxwell School of Varden University said.");
    NameRun r = run(s, "Maxwell", "University");
    assertFalse(rule.tryAt(r, r.from).matched());
    assertEquals(List.of("Maxwell School of Varden University=ORGANIZATION@organisation-head"),
        recognized("a professor at the Maxwell School of Varden University said."));
    NameScan journal = scan("in the journal Monthly Notices of the Varden Astronomical Society.");
    NameRun j = run(journal, "Monthly", "Society");
    assertFalse(rule.tryAt(j, j.from).matched());
  }
}
