package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InterruptedQuoteSieveTest {
  private final InterruptedQuoteSieve sieve = new InterruptedQuoteSieve();

  @Test
  void aQuoteAfterACreditedOneInItsParagraphIsTheSameSpeakers() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay,\u201d Ana Ruiz said. \u201cAll of us, until the end.\u201d");
    f.assertCredits(sieve, 1, "Ana Ruiz", "said");
  }

  @Test
  void aQuoteBeforeACreditedOneTakesItsSpeaker() {
    SieveFixture f = SieveFixture.of("Port", "\u201cAll of us, until the end.\u201d Then: \u201cWe will stay,\u201d Ana Ruiz said.");
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
  }

  @Test
  void aQuoteOfAnotherParagraphIsNoNeighbour() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay,\u201d Ana Ruiz said.", "The mayor left. Later: \u201cAll of us, until the end.\u201d");
    assertNull(f.ask(sieve, 1));
  }
}
