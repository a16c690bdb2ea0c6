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

  @Test
  void aSentenceAfterTheLastQuoteThatCreditsSomeoneElseHandsTheParagraphOn() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz spoke at the gate. \u201cWe will stay,\u201d she said.",
        "\u201cThe owners must pay,\u201d Tom Cole replied. The dispute had gone on for weeks, Ana Ruiz said.",
        "\u201cAnd we will win, whatever the owners do.\u201d");
    assertEquals("Ana Ruiz", f.ask(sieve, 2).attribution().speaker());
    // a last sentence that credits no one leaves the quote with the speaker before it
    SieveFixture g = SieveFixture.of("Port", "Ana Ruiz spoke at the gate.",
        "\u201cThe owners must pay,\u201d Tom Cole replied. The dispute had gone on for weeks.",
        "\u201cAnd we will win, whatever the owners do.\u201d");
    assertEquals("Tom Cole", g.ask(sieve, 1).attribution().speaker());
  }
}
