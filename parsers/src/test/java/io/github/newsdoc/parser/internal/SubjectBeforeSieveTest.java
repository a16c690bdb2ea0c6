package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SubjectBeforeSieveTest {
  private final SubjectBeforeSieve sieve = new SubjectBeforeSieve();

  @Test
  void aPersonTheSentenceBeforeIsAboutSpeaksAQuoteThatIsASentenceOfItsOwn() {
    SieveFixture f = SieveFixture.of("Mill moves",
        "Tomas Varga has moved the mill to the coast. \u201cWe needed the river, and the river is here.\u201d");
    f.assertCredits(sieve, 0, "Tomas Varga", "has");
  }

  @Test
  void aPronounSubjectIsResolvedToItsPerson() {
    SieveFixture f = SieveFixture.of("Mill moves", "Tomas Varga runs the mill.",
        "The town is small. He is now in talks with the council. \u201cWe will stay here for many years.\u201d");
    f.assertCredits(sieve, 0, "Tomas Varga", "is");
  }

  @Test
  void aSurnameAfterAnHonorificIsTheFullNameTheArticleGave() {
    SieveFixture f = SieveFixture.of("Mill moves", "Tomas Varga runs the mill.",
        "The town is small. However, Mr Varga has plans for it. \u201cWe will build a school by the water.\u201d");
    assertEquals("Tomas Varga", f.ask(sieve, 0).attribution().speaker());
  }

  @Test
  void aSubjectThatIsNoPersonCreditsNothing() {
    SieveFixture f = SieveFixture.of("Mill moves",
        "The plan was shelved in May. \u201cNobody asked the workers about any of it.\u201d");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aQuoteThatSharesItsSentenceWithNarrationIsNotASentenceOfItsOwn() {
    SieveFixture f = SieveFixture.of("Mill moves",
        "Tomas Varga runs the mill. \u201cWe will stay here for years\u201d was painted on its wall.");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aTermOfAFewWordsIsNoSpeech() {
    SieveFixture f = SieveFixture.of("Mill moves", "Tomas Varga runs the mill. \u201cGreen jobs.\u201d");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void aQuoteOpeningItsParagraphIsLeftToTheParagraphBefore() {
    SieveFixture f = SieveFixture.of("Mill moves", "Tomas Varga runs the mill.",
        "\u201cWe will stay here for many years.\u201d");
    assertNull(f.ask(sieve, 0));
  }

  @Test
  void anAbbreviationsDotEndsNoSentence() {
    assertEquals(-1, Sentences.endBeforeQuote("He met Mr. \u201cNo one came to the meeting.\u201d", 12, ".?!"));
    assertEquals(10, Sentences.endBeforeQuote("He met me. \u201cNo one came to the meeting.\u201d", 12, ".?!"));
  }
}
