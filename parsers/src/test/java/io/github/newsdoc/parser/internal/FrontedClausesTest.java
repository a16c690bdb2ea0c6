package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontedClausesTest {
  // The credit FrontedClauses gives quote index from the words of its clause before it.
  private static Attributed credit(SieveFixture f, int index) {
    AttributionContext c = f.contextAt(index);
    QuoteFinder.Found q = c.quotes.get(index);
    int mark = q.first().start() - 1;
    int from = c.sentenceStart(q.first().block(), mark);
    List<Words.Word> words = c.words(q.first().block(), from, Math.max(from, mark));
    return FrontedClauses.credit(c, q, c.texts.get(q.first().block() + 1), words);
  }

  @Test
  void theMainClausesSubjectSpeaksNotTheOpeningClauses() {
    SieveFixture f = SieveFixture.of("Port", "After Tom Kell criticised the plan in a debate, Ana Ruiz shot back,"
        + " \u201cI could have stayed home.\u201d");
    Attributed a = credit(f, 0);
    assertNotNull(a);
    assertEquals("Ana Ruiz", a.attribution().speaker());
    assertEquals("shot", a.attribution().cue());
  }

  @Test
  void anOpeningClauseOfManyWordsStillEndsAtItsComma() {
    SieveFixture f = SieveFixture.of("Port", "When Tom Kell suggested that the city of Vella would sue the port for breaking"
        + " the old lease, Ana Ruiz fired back: \u201cThey will lose.\u201d");
    Attributed a = credit(f, 0);
    assertNotNull(a);
    assertEquals("Ana Ruiz", a.attribution().speaker());
  }

  @Test
  void aMainClauseWithACueOfItsOwnIsReadByIt() {
    SieveFixture f = SieveFixture.of("Port", "When Tom Kell asked about the lease, the mayor Ana Ruiz said: \u201cNo comment.\u201d");
    Attributed a = credit(f, 0);
    assertNotNull(a);
    assertEquals("said", a.attribution().cue());
  }

  @Test
  void aClauseTheQuoteFollowsAtOnceIsTheQuotes() {
    SieveFixture f = SieveFixture.of("Port", "When Tom Kell spoke on Monday, \u201cthe port is ours\u201d was his line.");
    assertNull(credit(f, 0));
  }

  @Test
  void asOpensNoSuchClause() {
    // "As X put it, …" credits what follows to X
    SieveFixture f = SieveFixture.of("Port", "As Tom Kell put it, Ana Ruiz is trying to make the board \u201can offer it"
        + " cannot refuse.\u201d");
    assertNull(credit(f, 0));
  }

  @Test
  void aSecondMainClauseWithItsOwnSubjectIsLeftToTheOtherRules() {
    SieveFixture f = SieveFixture.of("Port", "If you doubt the mayor, the Vella Post will call you a liar and Port News"
        + " will accuse you of a \u201cfreak out.\u201d");
    assertNull(credit(f, 0));
  }

  @Test
  void anOpeningClauseWithNoVerbOfSayingIsNoMatter() {
    SieveFixture f = SieveFixture.of("Port", "After the vote in Vella, Ana Ruiz shot back, \u201cWe won.\u201d");
    assertNull(credit(f, 0));
  }
}
