package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IssuersTest {
  private final AfterQuoteSieve after = new AfterQuoteSieve();

  @Test
  void theStatementIsItsIssuers() {
    SieveFixture f = SieveFixture.of("Port", "On Monday, the Harbour Trust issued a statement about the pier.",
        "The crowd was large.", "\u201cThe pier stays shut,\u201d the statement read.");
    f.assertCredits(after, 0, "Harbour Trust", "read");
  }

  @Test
  void aDocumentFromABodyIsTheBodys() {
    SieveFixture f = SieveFixture.of("Port", "\u201cThe pier stays shut,\u201d said a report from Harbour Capital Partners.");
    f.assertCredits(after, 0, "Harbour Capital Partners", "said");
    SieveFixture g = SieveFixture.of("Port", "\u201cThe pier stays shut,\u201d said a report from the start of the year.");
    assertEquals("report", g.ask(after, 0).attribution().speaker(), "no body named after it");
  }

  @Test
  void aWordBetweenTheArticleAndTheNounStillIntroducesIt() {
    SieveFixture f = SieveFixture.of("Port", "Ana Ruiz sent a written statement to the board on Monday.",
        "\u201cThe pier stays shut,\u201d the statement said.");
    f.assertCredits(after, 0, "Ana Ruiz", "said");
  }

  @Test
  void theNearestIntroductionDecidesEvenWhenItNamesNoOne() {
    // the last introduction names no issuer: the earlier one does not take over
    SieveFixture f = SieveFixture.of("Port", "The Harbour Trust issued a statement on Monday.",
        "Later a statement was pinned to the gate.", "\u201cThe pier stays shut,\u201d the statement read.");
    assertEquals(-1, Issuers.introduction("The statement read.", "statement", 19));
    String speaker = f.ask(after, 0) == null ? "-" : f.ask(after, 0).attribution().speaker();
    assertEquals(false, speaker.equals("Harbour Trust"), speaker);
  }

  @Test
  void introductionsAreFoundByTheirArticle() {
    assertEquals(4, Issuers.introduction("She a statement", "statement", 15));
    assertEquals(8, Issuers.introduction("It sent an official statement", "statement", 29));
    assertEquals(-1, Issuers.introduction("It read the statement", "statement", 21));
    assertEquals(-1, Issuers.introduction("It sent a statements", "statement", 20));
  }

  @Test
  void aBodyTheArticleDescribesIssuesTheDocumentItIntroduces() {
    // no name the recognizer knows: the sentence's subject, a body's noun after a determiner, is the issuer
    SieveFixture f = SieveFixture.of("Port", "The Polish transport ministry published a strategy document on Monday.",
        "\u201cThe pier stays shut,\u201d the document said.");
    f.assertCredits(after, 0, "Polish transport ministry", "said");
    SieveFixture g = SieveFixture.of("Port", "The port union issued a statement after the vote.",
        "\u201cWe will strike,\u201d the statement read.");
    g.assertCredits(after, 0, "port union", "read");
    // a subject that is no body ("The vote produced a statement") issues nothing
    SieveFixture h = SieveFixture.of("Port", "The long vote produced a statement at last.",
        "\u201cWe will strike,\u201d the statement read.");
    assertEquals("statement", h.ask(after, 0).attribution().speaker());
  }

  @Test
  void aBodyThatReceivesOrRejectsAStatementIsNotItsIssuer() {
    // review3: the subject of any verb in -ed was taken as the issuer
    SieveFixture f = SieveFixture.of("Port", "The committee received a statement from the dockers on Monday.",
        "\u201cWe will not go back to work,\u201d the statement said.");
    assertEquals("statement", f.ask(after, 0).attribution().speaker());
    SieveFixture g = SieveFixture.of("Port", "The port union rejected a statement on Monday.",
        "\u201cThe wage offer stands,\u201d the statement read.");
    assertEquals("statement", g.ask(after, 0).attribution().speaker());
  }
}
