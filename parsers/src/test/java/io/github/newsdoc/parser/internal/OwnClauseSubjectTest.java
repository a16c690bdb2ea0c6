package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OwnClauseSubjectTest {
  private static Attributed own(SieveFixture f, int index) {
    AttributionContext c = f.contextAt(index);
    return OwnClauseSubject.of(c, index, c.quotes.get(index));
  }

  @Test
  void aFragmentInAWritersSentenceIsItsSubjects() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThe vote is close,\u201d said Dan Marsh. Lia Brandt last week invited voters"
        + " to \u201ccome and see\u201d the site. \u201cNobody came,\u201d Marsh said.");
    Attributed a = own(f, 1);
    assertNotNull(a);
    assertEquals("Lia Brandt", a.attribution().speaker());
    assertEquals("invited", a.attribution().cue());
    assertEquals("Lia Brandt", f.mention(a));
  }

  @Test
  void anAppositionBetweenTheSubjectAndItsVerbIsPassedOver() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe lost,\u201d said Dan Marsh. Lia Brandt, the head of the Vella ferry union,"
        + " mocked the \u201cgrand plan\u201d of the board. \u201cNobody came,\u201d Marsh said.");
    Attributed a = own(f, 1);
    assertNotNull(a);
    assertEquals("Lia Brandt", a.attribution().speaker());
    assertEquals("mocked", a.attribution().cue());
  }

  @Test
  void theVerbAnAuxiliaryHelpsIsTheCue() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe lost,\u201d said Dan Marsh. Lia Brandt will also call the plan \u201ca scam\u201d"
        + " on Monday. \u201cNobody came,\u201d Marsh said.");
    Attributed a = own(f, 1);
    assertNotNull(a);
    assertEquals("call", a.attribution().cue());
  }

  @Test
  void aThingAsTheSubjectNamesNoSpeaker() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThe plan is dead,\u201d Tom Kell said. The plan would have cost \u201cbillions\u201d"
        + " in the end. \u201cIt was too much,\u201d Kell said.");
    assertNull(own(f, 1));
  }

  @Test
  void aPronounKeepsTheNeighboursCredit() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThe plan is dead,\u201d Tom Kell said. He called it \u201ca scam\u201d in the end."
        + " \u201cIt was too much,\u201d Kell said.");
    assertNull(own(f, 1));
  }

  @Test
  void aSubjectThatIsToldOrDescribedDidNotSpeak() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe lost,\u201d said Ana Ruiz. Lia Brandt has been \u201creminded of her"
        + " duties\u201d by the board. \u201cShe knows it,\u201d Ruiz said.");
    assertNull(own(f, 1));
  }

  @Test
  void aSentenceThatHoldsTheQuoteBeforeHasNoSubjectOfItsOwn() {
    SieveFixture f = SieveFixture.of("Port", "Lia Brandt called it \u201ca scam\u201d and \u201ca waste\u201d on Monday.");
    assertNull(own(f, 1));
  }

  @Test
  void aSentenceThatOpensOnAQuoteHasNoSubjectOfItsOwn() {
    SieveFixture f = SieveFixture.of("Port", "\u201cWe will stay,\u201d Ana Ruiz said. \u201cAll of us, until the end.\u201d");
    assertNull(own(f, 1));
  }
}
