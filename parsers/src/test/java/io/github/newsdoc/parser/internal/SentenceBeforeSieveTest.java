package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SentenceBeforeSieveTest {
  private final SentenceBeforeSieve sieve = new SentenceBeforeSieve();

  @Test
  void aReportingSentenceIntroducesTheQuoteAfterIt() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz praised the workers. \u201cThey never gave up, not once.\u201d");
    f.assertCredits(sieve, 0, "Ana Ruiz", "praised");
  }

  @Test
  void aSentenceWithoutAVerbOfItsSubjectIntroducesNothing() {
    SieveFixture f = SieveFixture.of("Port", "The sky was grey. \u201cThey never gave up, not once.\u201d");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void theFirstVerbOfSayingIsTheSentencesOwnNotOneInsideWhatWasSaid() {
    // "added" is the main clause's; "wants" is inside what she added
    SieveFixture f = SieveFixture.of("Port", "Lena Voss added that the council very much wants to act first."
        + " \u201cThey will not wait for the vote.\u201d");
    f.assertCredits(sieve, 0, "Lena Voss", "added");
  }
}
