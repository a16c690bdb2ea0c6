package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OngoingSpeakerSieveTest {
  private final OngoingSpeakerSieve sieve = new OngoingSpeakerSieve();

  // Quote 0 is credited by its cue; quote 1 stands alone two sentences later.
  private static SieveFixture after(String between) {
    return SieveFixture.of("Port", "\u201cThe boats load at night,\u201d Ana Ruiz said. " + between
        + " \u201cEvery one of the berths is full until March.\u201d");
  }

  @Test
  void thePersonQuotedJustBeforeSpeaksAQuoteThatStandsAlone() {
    after("The port has three berths.").assertCredits(sieve, 1, "Ana Ruiz", "said");
    // a body named between does not take the floor
    after("The Harbour Board owns the quay.").assertCredits(sieve, 1, "Ana Ruiz", "said");
  }

  @Test
  void someoneElseNamedBetweenTakesTheFloor() {
    assertNull(after("Tom Cole disagreed.").ask(sieve, 1));
    assertNull(after("Cole looked away.").ask(sieve, 1));
    // a new voice described, not named: a person, a group or a document
    assertNull(after("Her deputy was more cautious.").ask(sieve, 1));
    assertNull(after("But union leaders were unimpressed.").ask(sieve, 1));
    assertNull(after("The inquiry's report, published on Tuesday, was damning.").ask(sieve, 1));
  }

  @Test
  void aQuoteThatOpensAParagraphOrIsATermIsNotRead() {
    // a new paragraph that opens with a quote may be another voice (a dialogue's turn)
    SieveFixture paragraph = SieveFixture.of("Port", "\u201cThe boats load at night,\u201d Ana Ruiz said.",
        "\u201cEvery one of the berths is full until March.\u201d");
    assertNull(paragraph.ask(sieve, 1));
    SieveFixture term = SieveFixture.of("Port", "\u201cThe boats load at night,\u201d Ana Ruiz said. The port"
        + " calls it \u201cthe graveyard shift.\u201d");
    assertNull(term.ask(sieve, 1));
  }

  @Test
  void aQuoteAfterABodysWordsIsNotRead() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThe boats load at night,\u201d the Harbour Board said. The port"
        + " has three berths. \u201cEvery one of the berths is full until March.\u201d");
    assertNull(f.ask(sieve, 1));
  }
}
