package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AfterQuoteSieveTest {
  private final AfterQuoteSieve sieve = new AfterQuoteSieve();

  @Test
  void aVerbWithBackSaysAReply() {
    // words/attribution/back-verbs.txt: "shot back" ends the clause; "shot" alone says nothing
    SieveFixture f = SieveFixture.of("Port", "\u201cThat is false,\u201d Ana Ruiz shot back.");
    f.assertCredits(sieve, 0, "Ana Ruiz", "shot back");
  }

  @Test
  void theCueThenTheName() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay,\u201d said Ana Ruiz.");
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
  }

  @Test
  void aNameEndingWithASuffixAndItsDotThenTheCue() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay,\u201d Tom Okafor Jr. said.");
    Attributed a = f.ask(sieve, 0);
    assertEquals("said", a.attribution().cue());
    assertTrue(f.mention(a).startsWith("Tom Okafor Jr"), f.mention(a));
  }

  @Test
  void aRoleInLowerCaseThenANameWithALongDescriptionThenTheCue() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThe ice holds more salt than we thought,\u201d study lead author"
        + " Ana Ruiz, a geologist at the Harbour Institute in Dunmore, Kerry, and at the University of Port in"
        + " Cork, Ireland, said in a statement.");
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
    SieveFixture article = SieveFixture.of("Port", "\u201cThe ice holds more salt than we thought,\u201d the lead"
        + " author Ana Ruiz, a geologist at the Harbour Institute in Dunmore, Kerry, and at the University of Port"
        + " in Cork, Ireland, said in a statement.");
    article.assertCredits(sieve, 0, "Ana Ruiz", "said");
    // a role no name ends names no one here
    SieveFixture none = SieveFixture.of("Port", "\u201cThe ice holds more salt than we thought,\u201d the lead"
        + " author of the study, a geologist at the Harbour Institute in Dunmore, Kerry, and at the University of"
        + " Port in Cork, Ireland, said in a statement.");
    assertNull(none.ask(sieve, 0));
  }

  @Test
  void aDescriptionThenTheCueWithTheOneTold() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay,\u201d the harbour master told reporters.");
    Attributed a = f.ask(sieve, 0);
    assertEquals("harbour master", a.attribution().speaker());
    assertEquals("told", a.attribution().cue());
    assertEquals("reporters", a.attribution().channel().orElseThrow());
    assertEquals("the harbour master", f.mention(a));
  }

  @Test
  void aNewSentenceThatIsNoAttributionCreditsNoOne() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay.\u201d The crowd cheered for an hour.");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aPeriodAfterTheClosingMarkEndsTheSentenceBeforeTheNextSpeaker() {
    // British punctuation: the next sentence names the next quote's speaker, not this fragment's
    SieveFixture f = SieveFixture.of("Port", "The mayor called the closure a \u201cdisgrace\u201d. However, Ana Ruiz said:"
        + " \u201cWe will stay.\u201d");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aPeriodAfterTheClosingMarkStillLetsAShortAttributionSentenceCredit() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay\u201d. Ana Ruiz said.");
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
  }

  @Test
  void theSourceIsTheNounPhraseNotTheVerbsAfterIt() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay,\u201d Ana Ruiz is quoted as saying.");
    f.assertCredits(sieve, 0, "Ana Ruiz", "quoted");
  }

  @Test
  void aPersonsStatementIsThePersonsWithoutThePossessive() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz chairs the board.",
        "\u201cWe will stay,\u201d Ms Ruiz's statement said.");
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
  }

  @Test
  void aReflexiveAfterTheNameIsNoPartOfTheSource() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay,\u201d Ana Ruiz herself said.");
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
  }

  @Test
  void anAdverbAfterTheNameIsNoPartOfTheSource() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay,\u201d said Ana Ruiz afterwards.");
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
  }

  @Test
  void aDescriptionAfterTheCueKeepsWhatItIsFor() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe are looking into it,\u201d said a lawyer for the dockers.");
    f.assertCredits(sieve, 0, "lawyer for the dockers", "said");
    SieveFixture g = SieveFixture.of("Port", "\u201cWe are looking into it,\u201d said Tom Reyes from the harbour board.");
    g.assertCredits(sieve, 0, "Tom Reyes", "said");
  }

  @Test
  void aNewsMediumReportingAfterTheQuoteRelaysTheSpeakerTheSentenceNames() {
    SieveFixture f = SieveFixture.of("Port",
        "Police said the suspect \u201chad no weapon\u201d, the state news agency reported.");
    Attributed a = f.ask(new AfterQuoteSieve(), 0);
    assertEquals("Police", a.attribution().speaker());
    assertEquals(java.util.Optional.of("the state news agency"), a.attribution().channel());
    // with no speaker named before the quote, the medium is the source
    SieveFixture alone = SieveFixture.of("Port", "The suspect \u201chad no weapon\u201d, the state news agency reported.");
    assertEquals("state news agency", alone.ask(new AfterQuoteSieve(), 0).attribution().speaker());
  }

  @Test
  void anAccordingToPhraseAfterTheCueIsTheChannel() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThe border stays open,\u201d the ministry said, according to local media.");
    Attributed a = f.ask(new AfterQuoteSieve(), 0);
    assertEquals("ministry", a.attribution().speaker());
    assertEquals(java.util.Optional.of("according to local media"), a.attribution().channel());
    SieveFixture g = SieveFixture.of("Port", "\u201cWe will stay,\u201d Ana Ruiz said, according to a transcript of the call.");
    assertEquals(java.util.Optional.of("according to a transcript of the call"),
        g.ask(new AfterQuoteSieve(), 0).attribution().channel());
  }

  @Test
  void anAnonymousSourceIsNotThePersonNamedWithTheRoleBefore() {
    SieveFixture f = SieveFixture.of("Talks", "Varnian Foreign Minister Ivo Marek arrived in Tarrant on Monday.",
        "\u201cNobody expects a deal this week,\u201d a top diplomat said on condition of anonymity.",
        "\u201cThey are far apart,\u201d said a Varnian diplomat who asked not to be named.");
    assertEquals("top diplomat", f.ask(new AfterQuoteSieve(), 0).attribution().speaker());
    assertEquals("Varnian diplomat", f.ask(new AfterQuoteSieve(), 1).attribution().speaker());
  }

  @Test
  void accordingToPlanOrTheRulesIsNoChannel() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThe port will reopen,\u201d Ivo Marek said, according to plan.");
    assertEquals(java.util.Optional.empty(), f.ask(new AfterQuoteSieve(), 0).attribution().channel());
    SieveFixture g = SieveFixture.of("Port",
        "\u201cWe keep order,\u201d the minister said, according to the rules of the house.");
    assertEquals(java.util.Optional.empty(), g.ask(new AfterQuoteSieve(), 0).attribution().channel());
  }

  @Test
  void theAgentOfAPassiveCueIsTheSource() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThis is the end of an era,\u201d I\u2019m told by Daniel Okafor, the branch secretary.");
    f.assertCredits(sieve, 0, "Daniel Okafor", "told");
    SieveFixture g = SieveFixture.of("Port", "\u201cWe were told nothing,\u201d we're told by Ana Ruiz.");
    g.assertCredits(sieve, 0, "Ana Ruiz", "told");
    SieveFixture h = SieveFixture.of("Port", "\u201cWe will stay,\u201d she was told by Ana Ruiz.");
    h.assertCredits(sieve, 0, "Ana Ruiz", "told");
  }

  @Test
  void aNameInAppositionAfterADescriptionSpeaks() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz sued the harbour board.",
        "\u201cWe will win,\u201d Ruiz's lawyer, Tom Cole, said.");
    f.assertCredits(sieve, 0, "Tom Cole", "said");
    SieveFixture chief = SieveFixture.of("Port", "\u201cWe will win,\u201d the port's chief executive, Ivo Marek, told"
        + " reporters.");
    chief.assertCredits(sieve, 0, "Ivo Marek", "told");
  }

  @Test
  void aNameAfterADescriptionThatTiesItsHeadToSomethingElseIsThatThingsName() {
    // "the mayor of the capital, Dunmore,": Dunmore is the capital; the mayor speaks
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will win,\u201d the mayor of the capital, Dunmore, said.");
    f.assertCredits(sieve, 0, "mayor of the capital", "said");
    SieveFixture g = SieveFixture.of("Port", "\u201cWe will win,\u201d a spokesman for the largest union, Unite, said.");
    g.assertCredits(sieve, 0, "spokesman for the largest union", "said");
  }
}
