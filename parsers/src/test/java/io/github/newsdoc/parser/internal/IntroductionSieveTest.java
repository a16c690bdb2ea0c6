package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IntroductionSieveTest {
  private final IntroductionSieve sieve = new IntroductionSieve();

  @Test
  void theLastSentenceOfTheParagraphBeforeIntroducesTheQuote() {
    SieveFixture f = SieveFixture.of("Night", "The shift ended at dawn. Hanna Zaruba described the night in a message to staff.",
        "\u201cIt was the longest night of my life.\u201d");
    f.assertCredits(sieve, 0, "Hanna Zaruba", "described");
  }

  @Test
  void aSentenceWithNoCueIntroducesNothing() {
    SieveFixture f = SieveFixture.of("Night", "The night was long and cold.", "\u201cIt was the longest night of my life.\u201d");
    assertNull(f.ask(sieve, 0));
  }
}
