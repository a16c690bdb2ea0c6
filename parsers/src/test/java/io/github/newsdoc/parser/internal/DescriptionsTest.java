package io.github.newsdoc.parser.internal;

import org.junit.jupiter.api.Test;

/** How a source given by description is worded ({@link Descriptions}), read through the sieve after a quote. */
class DescriptionsTest {
  private final AfterQuoteSieve sieve = new AfterQuoteSieve();

  @Test
  void aDescriptionIsNamedWithoutItsArticle() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThe crossing is safe,\u201d the harbour official said.");
    f.assertCredits(sieve, 0, "harbour official", "said");
  }

  @Test
  void aCountingDeterminerIsKeptInLowerCase() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThe crossing is safe,\u201d one ferry worker said.",
        "\u201cNothing is safe,\u201d said another ferry worker. \u201cNot here,\u201d Both pilots said.");
    f.assertCredits(sieve, 0, "one ferry worker", "said");
    f.assertCredits(sieve, 1, "another ferry worker", "said");
    f.assertCredits(sieve, 2, "both pilots", "said");
  }

  @Test
  void aCountedDescriptionInAppositionToANameIsThePerson() {
    SieveFixture f = SieveFixture.of("Port",
        "\u201cThe crossing is safe,\u201d said Tomas Brek, another ferry worker, on Monday.");
    f.assertCredits(sieve, 0, "Tomas Brek", "said");
  }
}
