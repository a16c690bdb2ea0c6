package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SentenceSubjectSieveTest {
  private final SentenceSubjectSieve sieve = new SentenceSubjectSieve();

  @Test
  void theSubjectOfTheQuotesSentenceAndItsVerb() {
    SieveFixture f = SieveFixture.of("Rally", "Tom Moore thanked the crowd for its \u201cpatience and grit over many weeks\u201d on Sunday.");
    f.assertCredits(sieve, 0, "Tom Moore", "thanked");
  }

  @Test
  void aQuantifierOpensNoSubject() {
    SieveFixture f = SieveFixture.of("Rally", "There were \u201cmany reasons to doubt the count\u201d in the hall.");
    assertNull(f.ask(sieve, 0));
  }
}
