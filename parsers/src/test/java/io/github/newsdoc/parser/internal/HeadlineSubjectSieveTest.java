package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HeadlineSubjectSieveTest {
  private final HeadlineSubjectSieve sieve = new HeadlineSubjectSieve();

  @Test
  void aTitleCaseSubjectAndVerbBeforeTheQuote() {
    SieveFixture f = SieveFixture.of("Dock Workers Rip Port Plan As \u2018A Disgrace\u2019", "The plan was published on Monday.");
    f.assertCredits(sieve, 0, "Dock Workers", "Rip");
  }

  @Test
  void aQuestionNamesNoSpeaker() {
    SieveFixture f = SieveFixture.of("Why Reyes Calls the Vote \u2018Rigged\u2019", "Reyes spoke on Monday.");
    assertNull(f.ask(sieve, 0));
  }
}
