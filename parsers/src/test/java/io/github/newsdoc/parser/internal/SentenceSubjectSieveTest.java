package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SentenceSubjectSieveTest {
  private final SentenceSubjectSieve sieve = new SentenceSubjectSieve();

  @Test
  void theSubjectOfTheQuotesSentenceAndItsVerb() {
    SieveFixture f = SieveFixture.of("Rally", "Tom Moore thanked the crowd for its \u201cpatience and grit over many weeks\u201d on Sunday.");
    f.assertCredits(sieve, 0, "Tom Moore", "thanked");
  }

  @Test
  void aQuantifierOpensNoSubject() {
    SieveFixture f = SieveFixture.of("Rally", "There were \u201cmany reasons to doubt the count\u201d in the hall.");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void theSubjectAfterAPhraseFrontedBeforeIt() {
    // the phrase and its comma open the sentence; the subject of the main clause is the source
    SieveFixture f = SieveFixture.of("Rally", "On Monday, Tom Moore knocked a claim by the council that a \u201cfair sum\u201d was paid.",
        "Informed of the vote, Ana Ruiz described it as \u201cnews to me.\u201d");
    f.assertCredits(sieve, 0, "Tom Moore", "knocked");
    f.assertCredits(sieve, 1, "Ana Ruiz", "described");
  }

  @Test
  void aPassiveThatTheQuoteCompletesNamesATermNoOneSaid() {
    SieveFixture f = SieveFixture.of("Rally", "Among hay workers, TFV is called \u201cfarmer\u2019s fever.\u201d");
    assertNull(f.ask(sieve, 0));
    // a copula and its noun phrase are no passive: the subject's words stay credited
    SieveFixture g = SieveFixture.of("Rally", "Among the pilots, Ana Ruiz is the \u201cpreferred choice\u201d of the board.");
    g.assertCredits(sieve, 0, "Ana Ruiz", "is");
  }
}
