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
  void aWordNamedOnceIsAnOrganisationWhenStrongEvidenceStandsAroundIt() {
    NameScan s = scan("they heard a spokesman for Zorblex, and so did analysts at Quandrel.");
    rule.tryAt(run(s, "Zorblex", "Zorblex"), at(s, "Zorblex"));
    rule.tryAt(run(s, "Quandrel", "Quandrel"), at(s, "Quandrel"));
    assertEquals(List.of("Zorblex=ORGANIZATION@single-name", "Quandrel=ORGANIZATION@single-name"), emitted(s));
    // a word before a noun may be an adjective: "the Zorblex spokesman" names nothing on its own
    NameScan t = scan("then the Zorblex spokesman left.");
    rule.tryAt(run(t, "Zorblex", "Zorblex"), at(t, "Zorblex"));
    assertEquals(List.of(), emitted(t));
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
    assertEquals(List.of(), recognized("They left no mark on it; the Mark magazine cover ran anyway."));
  }

  @Test
  void aDemonymCapitalisedTwiceIsNoOrganisation() {
    assertEquals(List.of(), recognized("The son of Dominican migrants ran a Dominican bakery in town."));
    assertEquals(List.of(), recognized("A Sikh man spoke at the Sikh temple, and a Mormon choir sang."));
  }

  @Test
  void aProductsNounOrAVersionsNumberAfterANameMakesItAProduct() {
    assertEquals(List.of(), recognized("The Zorblex technology will block copying, and the Zorblex software too."));
    assertEquals(List.of(), recognized("Players bought Zorblex 3 today, and Zorblex 4 later."));
    // a year, or a score between two names, is no version
    assertEquals(List.of("Zorblex=ORGANIZATION@single-name", "Zorblex=ORGANIZATION@single-name"),
        recognized("Sales at Zorblex 2019 were up, and Zorblex grew."));
    NameScan s = scan("Velora 2 Orvel 1");
    assertFalse(NameContexts.productAfter(s.words, at(s, "Velora") + 1, true));
    // two digits: a player's minute or shirt number in a team sheet
    NameScan t = scan("Subs: Zorblex 73, Quent.");
    assertFalse(NameContexts.productAfter(t.words, at(t, "Zorblex") + 1, true));
    NameScan u = scan("He plays Zorblex 360 daily.");
    assertTrue(NameContexts.productAfter(u.words, at(u, "Zorblex") + 1, true));
  }

  @Test
  void aProductNameIsNoOrganisationAnywhereInTheArticleUnlessItSpeaks() {
    io.github.newsdoc.model.Article a = io.github.newsdoc.parser.ArticleParser.standard().parse(
        "Port\n\nFans say Zorblex was a hit for Ana Ruiz.\n\nThe Zorblex technology stops copying. Many like Zorblex.\n");
    assertEquals(List.of("Ana Ruiz"), a.entities().stream().map(io.github.newsdoc.model.Entity::name).toList());
    io.github.newsdoc.model.Article b = io.github.newsdoc.parser.ArticleParser.standard().parse(
        "Port\n\nZorblex said its sales rose for Ana Ruiz.\n\nThe Zorblex technology stops copying. Many like Zorblex.\n");
    assertEquals(List.of("Ana Ruiz", "Zorblex"),
        b.entities().stream().map(io.github.newsdoc.model.Entity::name).toList());
  }

  @Test
  void aHolidayOrAnAwardIsNoOrganisation() {
    assertEquals(List.of(), recognized("Sales rose before Christmas, and Christmas trade was strong."));
    assertEquals(List.of(), recognized("The Zorblex winner spoke first, and a Zorblex nominee later."));
  }
}

