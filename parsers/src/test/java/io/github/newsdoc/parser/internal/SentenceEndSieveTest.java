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

  @Test
  void aQuoteClosedByItsOwnPeriodEndsTheSentence() {
    // the next sentence's "says the project's main goal" is no cue with its speaker after it
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will reopen the dock in May.\u201d Ivo Marek, who designed the"
        + " cranes, says the project's main goal is safer work.");
    assertNull(f.ask(sieve, 0));
    // an ellipsis is no period of the quote's own
    SieveFixture g = SieveFixture.of("Port", "\u201cWe will reopen the dock...\u201d in May, said Ivo Marek.");
    g.assertCredits(sieve, 0, "Ivo Marek", "said");
  }
}
