package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.emitted;
import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.run;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleOfBodyRuleTest {
  private final TitleOfBodyRule rule = new TitleOfBodyRule();

  @Test
  void aTitleOfABodyIsNoOrganisationButTheBodyIs() {
    NameScan s = scan("said the President of the Varden Trade Council on Monday.");
    NameRun r = run(s, "President", "Council");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Varden Trade Council=ORGANIZATION@organisation-head"), emitted(s));
  }

  @Test
  void aTitleEndingInATitleWordNamesNoBodyAndTitlesTheNameAfterIt() {
    assertEquals(List.of(), recognized("The former Secretary of State spoke on Monday."));
    assertEquals(List.of("Tessop=PERSON@titled-single"), recognized("It was signed by Secretary of State Tessop."));
    assertEquals(List.of(), recognized("He was Secretary of State for Culture until May."));
    assertEquals(List.of("Velmoran Parliament=ORGANIZATION@organisation-head"),
        recognized("She was elected President of the Velmoran Parliament in July."));
  }

  @Test
  void refusesABodyWhoseFirstWordIsNoTitle() {
    NameScan s = scan("a vote in the House of Representatives on Monday.");
    NameRun r = run(s, "House", "Representatives");
    assertFalse(rule.tryAt(r, r.from).matched());
    NameScan office = scan("a letter from the Office of the Secretary of State on Monday.");
    NameRun o = run(office, "Office", "State");
    assertFalse(rule.tryAt(o, o.from).matched());
    NameScan known = scan("the first White House Chief of Staff to leave.");
    NameRun w = run(known, "White", "Staff");
    assertFalse(rule.tryAt(w, w.from).matched());
  }
}
