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
  void aWorkNamedAfterItsNounIsNoEntityAnywhereInTheArticle() {
    NameScan s = scan("She starred in the show Varden Harbour last year.");
    NameRun r = run(s, "Varden", "Harbour");
    rule.tryAt(r, r.from);
    assertEquals(java.util.Set.of("Varden Harbour"), s.ctx.works);
    // through the whole parse: the title alone, before and after, is no entity either
    io.github.newsdoc.model.Article a = io.github.newsdoc.parser.ArticleParser.standard().parse(
        "Port\n\nVarden Harbour made Ana Ruiz famous.\n\nShe starred in the drama Varden Harbour for years.\n");
    assertEquals(List.of("Ana Ruiz"), a.entities().stream().map(io.github.newsdoc.model.Entity::name).toList());
  }

  @Test
  void aQuotedTitleIsNotKeptAsAWork() {
    // quotation marks also set off names and terms: the same words unquoted elsewhere stay a name
    NameScan s = scan("He hosted \u201cMeet the Zorblies\u201d for years.");
    rule.tryAt(run(s, "Meet", "Zorblies"), run(s, "Meet", "Zorblies").from);
    assertTrue(s.ctx.works.isEmpty());
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

  @Test
  void aWorksNounThenCalledOrSuchAsNamesAWork() {
    assertEquals(List.of("Jo Tessop=PERSON@person-name"),
        recognized("The book was called The Harbour Waiting, and Jo Tessop wrote it."));
    assertEquals(List.of(), recognized("His earlier films such as The Quiet Marrows won praise."));
    assertEquals(List.of("Ana Ruiz=PERSON@person-name"), recognized("A woman called Ana Ruiz spoke."));
    // a noun of works that names other things too: "games such as the Harbour Cup final"
    NameScan s = scan("He won big games such as the Velora Cup final with his club.");
    NameRun r = run(s, "Velora", "Cup");
    assertFalse(rule.tryAt(r, r.from).matched());
  }

  @Test
  void aCapitalisedArticleInsideASentenceOpensATitle() {
    assertEquals(List.of(), recognized("Critics loved The Marrow Quiet at the festival."));
    assertEquals(List.of(), recognized("Critics loved The Last Velora at the festival."));
    // a capitalised pronoun inside the run: "Do The Right Thing", "Call Me Velora"
    assertEquals(List.of(), recognized("Fans of Call Me Velora queued for hours."));
    // at a sentence's start the capital says nothing
    assertEquals(List.of("Marrow Quiet=ORGANIZATION@unknown-names"), recognized("The Marrow Quiet opened a shop."));
  }

  @Test
  void aTitleOpenedByACapitalisedArticleIsNoEntityAnywhereInTheArticle() {
    io.github.newsdoc.model.Article a = io.github.newsdoc.parser.ArticleParser.standard().parse(
        "Port\n\nThe Marrow Quiet is a film by Ana Ruiz.\n\nCritics loved The Marrow Quiet at the festival.\n");
    assertEquals(List.of("Ana Ruiz"), a.entities().stream().map(io.github.newsdoc.model.Entity::name).toList());
  }

  @Test
  void aCapitalisedArticleBeforeAKnownNameOrABodyIsNoTitle() {
    assertEquals(List.of("Economist=ORGANIZATION@gazetteer"), recognized("She reads The Economist every week."));
    NameScan s = scan("She joined The Velora Foundation last year.");
    assertFalse(TitleOfWorkRule.openedAsTitle(run(s, "Velora", "Foundation"), at(s, "Velora")));
    // a headline in title case capitalises every word
    NameScan h = scan("Tane Wins The Marrow Quiet Prize Vote");
    assertFalse(TitleOfWorkRule.openedAsTitle(run(h, "Marrow", "Quiet"), at(h, "Marrow")));
    NameScan t = scan("Critics loved The Marrow Quiet at the festival.");
    assertTrue(TitleOfWorkRule.openedAsTitle(run(t, "Marrow", "Quiet"), at(t, "Marrow")));
  }

  @Test
  void theNamesJoinedToATitleAreStillRead() {
    assertEquals(List.of("Ana Ruiz=PERSON@person-name"),
        recognized("She was praised alongside Ana Ruiz for The Marrow Quiet last year."));
    assertEquals(List.of("Ana Ruiz=PERSON@person-name"),
        recognized("The lists include Velora and The Marrow Quiet and Ana Ruiz this spring."));
  }

  @Test
  void aTitleDropsTheNameInItsOwnWordsOnlyAndNoAcronymIsATitle() {
    // "My Velora Search" is a product named after the company: the company alone stays a name
    io.github.newsdoc.model.Article a = io.github.newsdoc.parser.ArticleParser.standard().parse(
        "Port\n\nUsers of My Zorblex Quent like it. Zorblex Quent said sales rose.\n");
    assertEquals(List.of("Zorblex Quent"), a.entities().stream().map(io.github.newsdoc.model.Entity::name).toList());
    NameScan s = scan("Shares rose 5% to 1.35bn. The LSE fell.");
    assertFalse(TitleOfWorkRule.openedAsTitle(run(s, "LSE", "LSE"), at(s, "LSE")));
  }

  @Test
  void aFirstNameAloneAfterACapitalisedArticleStaysThePersonsElsewhere() {
    io.github.newsdoc.parser.ParseReport r = io.github.newsdoc.parser.ArticleParser.standard().analyze(
        "Port\n\nFans of Marco Tessop praise him. Nobody may criticize The Marco now, and Marco knows it.\n");
    // the mentions: "Marco Tessop", then "Marco" where it stands alone (not the one after "The")
    assertEquals(2, r.mentions().size());
  }
}

