package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SharedSentenceSieveTest {
  private final SharedSentenceSieve sieve = new SharedSentenceSieve();

  @Test
  void aSecondFragmentOfTheSentenceSharesTheFirstsCredit() {
    SieveFixture f = SieveFixture.of("Port", "Early on Monday, union chief Ana Ruiz called the plan \u201creckless\u201d"
        + " and a \u201cgift to the owners\u201d.");
    Attributed a = f.ask(sieve, 1);
    assertEquals("Ana Ruiz", a.attribution().speaker());
  }

  @Test
  void aCreditThatWasItselfTheSentencesSubjectIsNotShared() {
    // no cue credits the first fragment: the sentence's subject does, and the second may not borrow it
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz liked the \u201creckless\u201d plan and its \u201cgift\u201d.");
    assertNull(f.ask(sieve, 1));
  }

  @Test
  void aQuoteInTheNextSentenceSharesNothing() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz called the plan \u201creckless\u201d. Early on Monday the"
        + " board had a \u201cgift to the owners\u201d.");
    assertNull(f.ask(sieve, 1));
  }

  @Test
  void theFirstQuoteHasNoneToShare() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz called the plan \u201creckless\u201d.");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aThirdFragmentSharesTheCreditTheSecondShared() {
    SieveFixture f = SieveFixture.of("Port", "Early on Monday, union chief Ana Ruiz called the plan \u201creckless\u201d,"
        + " \u201ccruel\u201d and a \u201cgift to the owners\u201d.");
    assertEquals("Ana Ruiz", f.ask(sieve, 2).attribution().speaker());
  }
}
