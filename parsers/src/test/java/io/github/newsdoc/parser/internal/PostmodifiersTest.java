package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The head a name read back from a cue only qualifies ({@link Postmodifiers}), through {@link Phrases#subjectBefore}. */
class PostmodifiersTest {
  private static String subject(String sentence, String cue) {
    return CueSubjects.subject(sentence, cue);
  }

  // The speaker the attributor credits the first quote of a one-paragraph article with.
  private static String speaker(String paragraph) {
    return SieveFixture.of("Ferry talks", paragraph).attributeAll().get(0).orElseThrow().attribution().speaker();
  }

  @Test
  void aPlaceAfterTheHeadOnlyLocatesTheSpeakers() {
    assertEquals("Officials in Dunmore", subject("Officials in Dunmore said the talks were", "said"));
    assertEquals("Officials in Dunmore", speaker("Officials in Dunmore said the talks were \u201cstuck.\u201d"));
  }

  @Test
  void aPersonNamedAfterTheHeadIsNotTheOneWhoSpeaks() {
    assertEquals("The son of Tom Cole", subject("The son of Tom Cole said the plan was", "said"));
    assertEquals("son of Tom Cole", speaker("The son of Tom Cole said the plan was \u201ca mess.\u201d"));
  }

  @Test
  void aBodyNamedAfterTheHeadIsWhereTheSpeakersWork() {
    assertEquals("Senior nurses at Dunmore General",
        speaker("Senior nurses at Dunmore General have warned that the ward is \u201cfull every night.\u201d"));
  }

  @Test
  void theHeadIsReadBackOverSeveralPhrases() {
    assertEquals("One member of the panel of the Harbour Trust",
        subject("One member of the panel of the Harbour Trust said the plan was", "said"));
    assertEquals("One user on Quayside", subject("One user on Quayside posted:", "posted"));
  }

  @Test
  void aParticiplesPhraseEndsTheDescription() {
    // what follows the participle tells where the head's noun came from, not who speaks
    assertEquals("The authors of the study",
        subject("The authors of the study published in the journal Harbour Medicine argued that", "argued"));
    assertEquals("One member of the panel",
        subject("One member of the panel set up by the Dunmore Council said", "said"));
    assertEquals("A textbook", subject("A textbook just published for pupils in Dunmore explains", "explains"));
  }

  @Test
  void aNameDocumentPlaceOrTimeBeforeThePhraseKeepsItsReading() {
    // a person's name before the phrase: SpeakerNames.withPersonBefore credits the person
    assertEquals("Ana Ruiz", speaker("Ana Ruiz of the Dunmore Council said the plan was \u201cfinal.\u201d"));
    // a document's issuer (Issuers), a place's name, a time
    assertEquals("Dunmore Council", speaker("A statement from the Dunmore Council said the plan was \u201cfinal.\u201d"));
    assertEquals("town of Dunmore", speaker("The town of Dunmore said it was \u201cready.\u201d"));
    assertEquals("Harbour Group", speaker("The first weeks of this year were \u201cgood,\u201d the Harbour Group said."));
  }

  @Test
  void aClauseOrAProgressiveCueIsNoDescription() {
    // a pronoun or a verb before the head: a clause, not a noun phrase
    assertTrue(!subject("We spent the rest of the term at Dunmore asking", "asking").startsWith("We"));
    // "an account of X telling": X is the subject of the "-ing"
    assertEquals("Ana Ruiz", speaker("Tom Cole gives an account of Ana Ruiz telling a guard to \u201cgo home.\u201d"));
    // the person before "who" is the relative clause's, and the clause's cue is the person's
    assertEquals("Tom Cole", speaker("The ban came, as bad ideas often do, from the mouth of Tom Cole, who claimed"
        + " in July that workers \u201ccannot stay here.\u201d"));
  }
}
