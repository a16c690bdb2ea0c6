package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The weight of what the words around a town's name say about it naming the town's club (invented people and
 * sentences; Tampere, a town the gazetteer knows).
 */
class TeamEvidenceTest {
  // The evidence around the first word "Tampere" (or "Tampere's")
  private static int weight(String text) {
    NameScan s = scan(text);
    int p = text.contains("Tampere's") ? at(s, "Tampere's") : at(s, "Tampere");
    return TeamEvidence.of(s.words, p, p + 1);
  }

  @Test
  void aNounForAClubsPeopleAfterTheNameIsStrongEvidence() {
    assertEquals(OrganisationEvidence.STRONG, weight("was fouled by Tampere midfielder Ilkka Vorn on Sunday."));
    assertEquals(OrganisationEvidence.STRONG, weight("said the Tampere boss, who was sent off."));
    assertEquals(OrganisationEvidence.STRONG, weight("and Tampere's supporters sang on."));
  }

  @Test
  void aMatchBeforeTheNameIsWeakEvidence() {
    assertEquals(OrganisationEvidence.WEAK, weight("he scored twice on his debut against Tampere."));
    assertEquals(OrganisationEvidence.WEAK, weight("after a 2-2 draw with Tampere on Sunday."));
    assertEquals(OrganisationEvidence.WEAK, weight("Marrow Rovers v Tampere"));
    assertEquals(OrganisationEvidence.WEAK, weight("a late win over Tampere kept them up."));
  }

  @Test
  void aPlacesContextIsEvidenceAgainst() {
    assertEquals(OrganisationEvidence.AGAINST, weight("the final will be played in Tampere next week."));
  }

  @Test
  void otherWordsAroundTheNameSayNothing() {
    assertEquals(0, weight("Tampere has a new mayor."));
    assertEquals(0, weight("the Tampere council met on Monday."));
    // a role after a comma is the next phrase's: "Tampere, boss of the firm"
    assertEquals(0, weight("she moved to Tampere, manager of a bank by then."));
  }
}
