package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HeadlineSpeakerSieveTest {
  private final HeadlineSpeakerSieve sieve = new HeadlineSpeakerSieve();

  @Test
  void aNameAndAColonOpeningTheHeadlineSpeakTheQuote() {
    SieveFixture f = SieveFixture.of("Ana Ruiz: Dockers \u2018Will Not Back Down\u2019", "The strike entered its third week.");
    f.assertCredits(sieve, 0, "Ana Ruiz", ":");
  }

  @Test
  void aLabelBeforeTheColonIsNoSpeaker() {
    SieveFixture f = SieveFixture.of("Fact Check: Claims of \u2018Record Turnout\u2019", "The count is not over.");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void readsOnlyTheHeadline() {
    SieveFixture f = SieveFixture.of("Port strike", "Ana Ruiz: \"We will not back down.\"");
    assertNull(f.ask(sieve, 0));
  }
}
