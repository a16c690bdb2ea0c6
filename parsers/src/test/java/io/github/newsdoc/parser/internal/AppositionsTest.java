package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The subject of a cue past the words about it ({@link Appositions}), as {@link Phrases#subjectBefore} reads it. */
class AppositionsTest {
  private static String subject(String sentence, String cue) {
    return CueSubjects.subject(sentence, cue);
  }

  @Test
  void aDescriptionBeforeAParticiplesPhraseBetweenCommasSpeaks() {
    assertEquals("An official", subject("An official, speaking on condition of anonymity to discuss the talks, said"
        + " Wednesday that", "said"));
  }

  @Test
  void anAdverbBetweenCommasBeforeARelativeClauseIsSkipped() {
    assertEquals("Ivo Marek", subject("Ivo Marek, meanwhile, who runs the harbour, said that the plan was", "said"));
  }

  @Test
  void aRelativeClauseWithoutCommasBelongsToTheNounBeforeIt() {
    assertEquals("A harbour official", subject("A harbour official who spoke anonymously to discuss the talks said"
        + " Wednesday,", "said"));
    // "who" with a subject of its own opens no such clause
    assertEquals("Ana Ruiz", subject("The plan is one who Ana Ruiz said", "said"));
  }

  @Test
  void aMonthBeforeTheCueIsNoAuxiliaryToSkip() {
    assertEquals("Ana Ruiz", subject("The union leader, Ana Ruiz, who has led the strike since May, told reporters:",
        "told"));
    // a headline in title case still reads its words as before
    assertEquals("Donald Trump", subject("Donald Trump Is Now Calling Obama", "calling"));
  }

  @Test
  void aNameWithHonorificsAfterARoleHoldsTheRole() {
    assertEquals("Peter Crane", subject("The Mayor of Lonsdale, the Rt Hon Peter Crane, said", "said"));
    assertEquals("Alan Marsh", subject("The Bishop of Hexford, the Rev Dr Alan Marsh, described", "described"));
    // a role in apposition is still the role's, and no name is made of it
    assertEquals("Greta Lind", subject("Greta Lind, the Finance Minister, said", "said"));
    assertEquals("The head of the union", subject("The head of the union, the Harbour Board's oldest member, said",
        "said"));
    // the role named inside a description of someone else is not the speaker's
    assertEquals("A spokesman for the Mayor of Lonsdale", subject("A spokesman for the Mayor of Lonsdale, the Rt Hon"
        + " Peter Crane, said", "said"));
    assertEquals("Lawyers for the Mayor of Lonsdale", subject("Lawyers for the Mayor of Lonsdale, the Rt Hon Peter"
        + " Crane, said", "said"));
  }

  @Test
  void theHeadOfABodyIsAPersonsDescriptionNotTheBody() {
    // words/attribution/person-heads.txt: "head" stands for one person, as "director" does
    SieveFixture f = SieveFixture.of("Port", "The head of the union, who declined to be named, said the plan was"
        + " \u201creckless.\u201d");
    assertEquals("head of the union", f.attributeAll().get(0).orElseThrow().attribution().speaker());
  }

  @Test
  void whoBeforeTheCuesOwnSubjectOpensNoRelativeClause() {
    // "A harbour worker who officials said was hurt": officials said it, not the worker
    assertEquals("", subject("A harbour worker who officials said was badly hurt", "said"));
  }
}
