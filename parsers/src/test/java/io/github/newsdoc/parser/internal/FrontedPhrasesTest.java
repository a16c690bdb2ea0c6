package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontedPhrasesTest {
  // The words of the sentence, as a sieve reads them, and the first word of its main clause.
  private static String mainClause(String sentence) {
    Tokens tokens = new Tokens(List.of(sentence));
    List<Words.Word> words = tokens.range(0, 0, sentence.length());
    int i = FrontedPhrases.mainClause(words, 0);
    return words.get(i).core();
  }

  @Test
  void aPrepositionalPhraseClosedByACommaIsSkipped() {
    assertEquals("Ana", mainClause("On Monday, Ana Ruiz knocked the plan for Vella."));
    assertEquals("the", mainClause("In three separate talks with the crew, the mayor sounded off on the port."));
  }

  @Test
  void aParticiplesPhraseAndATimeAreSkipped() {
    assertEquals("Tomas", mainClause("Informed of the vote, Tomas Brek described it as a surprise."));
    assertEquals("he", mainClause("Last year, he played down the port's losses."));
    assertEquals("Ruiz", mainClause("Monday, Ruiz named the new pilots."));
  }

  @Test
  void aSubjectWithoutAFrontedPhraseStays() {
    assertEquals("Ana", mainClause("Ana Ruiz, the port's lawyer, knocked the plan."));
    assertEquals("The", mainClause("The next pilot, Tomas Brek, knocked the plan."));
    // a name that ends like a participle, then its verb
    assertEquals("Fielding", mainClause("Fielding said the port would stay, and Ruiz agreed."));
    // a name that is also a month, then its verb; a perfect participle's phrase is one all the same
    assertEquals("May", mainClause("May said on Monday, after the vote, that the port would stay."));
    assertEquals("Ruiz", mainClause("Having had time to reflect, Ruiz said the port would stay."));
  }

  @Test
  void anAccordingToPhraseAndAPhraseThatNoCommaClosesAreNotFronted() {
    assertEquals("According", mainClause("According to the court papers, Vella Ferries will pay a sum."));
    assertEquals("On", mainClause("On Monday Ana Ruiz knocked the plan."));
    assertEquals("In", mainClause("In the port. Ruiz, the pilot, left."));
  }
}
