package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AccordingToInSentenceSieveTest {
  private final AccordingToInSentenceSieve sieve = new AccordingToInSentenceSieve();

  @Test
  void aFragmentAfterAnAccordingToSetOffInTheSentenceIsThatSourcesWords() {
    SieveFixture f = SieveFixture.of("Port",
        "The mayor, according to the Harbour Institute, went to the docks for a \u201cquick look at the cranes\u201d on Monday.");
    f.assertCredits(sieve, 0, "Harbour Institute", "according to");
  }

  @Test
  void aStatementSetOffSaysNothingOfWhoseWordsTheyAre() {
    SieveFixture f = SieveFixture.of("Port",
        "The mayor, according to a statement, went to the docks for a \u201cquick look at the cranes\u201d on Monday.");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void anAccordingToNotSetOffOrInAnotherSentenceCreditsNoOne() {
    SieveFixture f = SieveFixture.of("Port", "Ships left according to plan. The mayor went for a \u201cquick look at "
        + "the cranes\u201d on Monday.");
    assertNull(f.ask(sieve, 0));
    SieveFixture whole = SieveFixture.of("Port",
        "The mayor, according to the Harbour Institute, said: \u201cThe cranes are unsafe and must stop now.\u201d");
    assertNull(whole.ask(sieve, 0)); // a whole quote is not a fragment of the writer's sentence
  }
}
