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

  @Test
  void aSentenceBetweenThatIntroducesAnotherSpeakerLeavesTheQuoteToIt() {
    String text = "Ana Ruiz says the port will stay open. \u201cWe will stay.\u201d Tomas Brek, who runs the ferry, says the"
        + " crossings will go on. \u201cWhy would we stop now?\u201d";
    SieveFixture f = SieveFixture.of("Port", text);
    assertNull(f.ask(sieve, 1));
    f.assertCredits(new SentenceBeforeSieve(), 1, "Tomas Brek", "says");
  }

  @Test
  void aQuestionThatEndsTheQuoteBeforeOpensNoSentence() {
    // "… stay?" asked X: the verb after the question goes on with its sentence
    SieveFixture f = SieveFixture.of("Port", "\u201cWhy would we stay?\u201d asked Ana Ruiz of Vella, who runs the port."
        + " \u201cAll of us, until the end.\u201d");
    f.assertCredits(sieve, 1, "Ana Ruiz", "asked");
  }
}
