package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SentenceEndSieveTest {
  private final SentenceEndSieve sieve = new SentenceEndSieve();

  @Test
  void theSpeakerClosesTheSentenceAfterAComma() {
    SieveFixture f = SieveFixture.of("Ruling",
        "\u201cWe\u2019re happy\u201d about the ruling, said Ana Ruiz, director of the union, which backed it.");
    f.assertCredits(sieve, 0, "Ana Ruiz", "said");
  }

  @Test
  void anotherClauseAfterASemicolonIsNotTheQuotes() {
    SieveFixture f = SieveFixture.of("Ruling", "\u201cWe\u2019re happy\u201d about the ruling; said Ana Ruiz, who backed it.");
    assertNull(f.ask(sieve, 0));
  }
}
