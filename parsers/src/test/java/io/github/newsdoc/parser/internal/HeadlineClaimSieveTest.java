package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HeadlineClaimSieveTest {
  private final HeadlineClaimSieve sieve = new HeadlineClaimSieve();
  // a body whose one quote is credited from its own sentence
  private static final String BODY = "\u201cThis plan puts every family on the quay at risk,\u201d said Mara Quint.";

  @Test
  void aClaimAfterAShortSubjectTakesTheBodysFirstCreditedSource() {
    SieveFixture f = SieveFixture.of("Harbour plan 'will cost local jobs'",
        "The new harbour plan could cost hundreds of jobs, a union has warned.",
        "\u201cThis plan puts every family on the quay at risk,\u201d said Mara Quint of the dockers' union.",
        "\u201cWe have seen no figures at all,\u201d said Tomas Weir, a councillor.");
    Attributed a = f.ask(sieve, 0);
    assertNotNull(a);
    assertEquals("Mara Quint", a.attribution().speaker());
    assertEquals("Harbour plan 'will cost local jobs'".length() - 1, f.quotes.get(0).last().end());
  }

  @Test
  void theClaimMayEndWithAFullStop() {
    SieveFixture f = SieveFixture.of("Harbour plan 'will cost local jobs'.",
        BODY);
    assertEquals("Mara Quint", f.ask(sieve, 0).attribution().speaker());
  }

  @Test
  void aQuoteOpeningTheHeadlineIsNotAClaimAfterASubject() {
    SieveFixture f = SieveFixture.of("'Golden age of shipping' is ending at the port",
        BODY);
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aQuestionOrMoreWordsAfterTheQuoteAreLeftAlone() {
    SieveFixture question = SieveFixture.of("What price for 'a safer harbour'?",
        BODY);
    SieveFixture more = SieveFixture.of("Harbour plan 'will cost local jobs' as talks fail",
        BODY);
    assertNull(question.ask(sieve, 0));
    assertNull(more.ask(sieve, 0));
  }

  @Test
  void aLongSubjectOrASpeakersLabelIsNotAClaimsSubject() {
    SieveFixture longSubject = SieveFixture.of("The harbour board of the northern coast towns now says it 'will wait'",
        BODY);
    SieveFixture label = SieveFixture.of("Quint: 'we will not move'",
        BODY);
    assertNull(longSubject.ask(sieve, 0));
    assertNull(label.ask(sieve, 0));
  }

  @Test
  void aOneWordTermStaysATerm() {
    SieveFixture f = SieveFixture.of("Harbour plan 'toxic'",
        BODY);
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void noCreditedQuoteInTheBodyLeavesTheClaimUncredited() {
    SieveFixture f = SieveFixture.of("Harbour plan 'will cost local jobs'",
        "The plan was published on Monday and \u201cwill be debated in spring.\u201d");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void theAttributorCreditsTheClaimWhenNoOtherSieveDoes() {
    SieveFixture f = SieveFixture.of("Harbour plan 'will cost local jobs'",
        BODY);
    Attributed a = f.attributeAll().get(0).orElseThrow();
    assertEquals("headline-claim", a.sieve());
    assertEquals("Mara Quint", a.attribution().speaker());
  }
}
