package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContinuedQuoteSieveTest {
  private final ContinuedQuoteSieve sieve = new ContinuedQuoteSieve();

  @Test
  void aParagraphOpeningWithAQuoteContinuesTheLastSpeaker() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz spoke at the gate. \u201cWe will stay,\u201d she said.",
        "\u201cAnd we will win, whatever the owners do.\u201d");
    Attributed a = f.ask(sieve, 1);
    assertEquals("Ana Ruiz", a.attribution().speaker());
  }

  @Test
  void aParagraphThatDoesNotOpenWithTheQuoteIsNotAContinuation() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay,\u201d Ana Ruiz said.",
        "Later the owners replied that \u201cnothing will change at all.\u201d");
    assertNull(f.ask(sieve, 1));
  }
}
