package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SignatureSieveTest {
  private final SignatureSieve sieve = new SignatureSieve();

  @Test
  void aDashAndANameInTheNextParagraphSignTheQuote() {
    SieveFixture f = SieveFixture.of("Letters", "\u201cThe port belongs to all of us, and always will.\u201d", "\u2014 Ana Ruiz, Tucson");
    f.assertCredits(sieve, 0, "Ana Ruiz", "\u2014");
  }

  @Test
  void aLineOfProseIsNoSignature() {
    SieveFixture f = SieveFixture.of("Letters", "\u201cThe port belongs to all of us, and always will.\u201d",
        "Ana Ruiz wrote the letter on a Sunday, at the kitchen table, after the third week of the strike had ended without a deal.");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aHyphenAndTheSurnameOfAPersonTheArticleNamedSignTheQuote() {
    SieveFixture f = SieveFixture.of("Debate", "Peter Oduya and Lena Marlowe clashed over the port budget.",
        "\"The port has never cost the city a penny. . . . I wrote that budget.\"", "- Oduya.",
        "Marlowe disagreed.");
    f.assertCredits(sieve, 0, "Peter Oduya", "\u2014");
  }
}
