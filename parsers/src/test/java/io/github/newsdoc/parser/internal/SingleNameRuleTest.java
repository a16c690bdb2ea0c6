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

class SingleNameRuleTest {
  private final SingleNameRule rule = new SingleNameRule();

  @Test
  void aWordAfterInIsAPlace() {
    NameScan s = scan("sales in Dingolfing rose.");
    NameRun r = run(s, "Dingolfing", "Dingolfing");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Dingolfing=LOCATION@single-name"), emitted(s));
  }

  @Test
  void aFirstNameIsAPersonAndAWordCapitalisedTwiceAnOrganisation() {
    NameScan s = scan("they met Hillary there; shares of Zorblex rose as Zorblex grew.");
    rule.tryAt(run(s, "Hillary", "Hillary"), at(s, "Hillary"));
    rule.tryAt(run(s, "Zorblex", "Zorblex"), at(s, "Zorblex"));
    assertEquals(List.of("Hillary=PERSON@single-name", "Zorblex=ORGANIZATION@single-name"), emitted(s));
  }

  @Test
  void namesNothingTheArticleWritesInLowerCaseOrOpensASentenceWith() {
    NameScan s = scan("Shares fell. the Shares of the firm and its shares rose.");
    NameRun r = new NameRun(s, s.words, 3, 4);
    assertTrue(rule.tryAt(r, 3).matched());
    assertTrue(rule.tryAt(run(s, "Shares", "Shares"), 0).matched());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void refusesMoreThanOneWord() {
    NameScan s = scan("met Orvel Tane there.");
    assertFalse(rule.tryAt(run(s, "Orvel", "Tane"), at(s, "Orvel")).matched());
  }

  @Test
  void aNounOfAnOrganisationsKindBesideANameMakesItAnOrganisation() {
    assertEquals(List.of("Velorix=ORGANIZATION@single-name"),
        recognized("The ad will run on the Spanish-language network Velorix during the final."));
    assertEquals(List.of("Marrowby=ORGANIZATION@single-name"),
        recognized("His first report was cut by the powerful Marrowby network years ago."));
    assertEquals(List.of("Tessaly=ORGANIZATION@single-name"),
        recognized("Shares in carmaker Tessaly fell on Monday."));
  }

  @Test
  void aKindNounDoesNotOutweighAWordTheArticleWritesInLowerCase() {
    assertEquals(List.of(), recognized("They had no time to lose; the Time magazine cover ran anyway."));
  }

  @Test
  void aDemonymCapitalisedTwiceIsNoOrganisation() {
    assertEquals(List.of(), recognized("The son of Dominican migrants ran a Dominican bakery in town."));
    assertEquals(List.of(), recognized("A Sikh man spoke at the Sikh temple, and a Mormon choir sang."));
  }
}
