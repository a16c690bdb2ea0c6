package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClubEvidenceTest {
  private static final String REPORT = " The referee booked the striker and the goalkeeper at half-time.";

  @Test
  void aContestBeforeOrAClubsRoleAfterIsAClubsInAMatchReport() {
    NameScan s = scan("After the draw with Varden, the Orvel manager said Marrow fans beat Dorran." + REPORT);
    assertTrue(s.ctx.sport());
    assertEquals(OrganisationEvidence.STRONG, ClubEvidence.of(s.words, at(s, "Varden"), s.ctx));
    assertEquals(OrganisationEvidence.STRONG, ClubEvidence.of(s.words, at(s, "Orvel"), s.ctx));
    assertEquals(OrganisationEvidence.STRONG, ClubEvidence.of(s.words, at(s, "Marrow"), s.ctx));
    assertEquals(OrganisationEvidence.STRONG, ClubEvidence.of(s.words, at(s, "Dorran"), s.ctx));
  }

  @Test
  void noEvidenceOutsideAMatchReportOrForADemonym() {
    NameScan s = scan("Sanctions against Varden were the final goal of the season.");
    assertFalse(s.ctx.sport());
    assertEquals(0, ClubEvidence.of(s.words, at(s, "Varden"), s.ctx));
    NameScan d = scan("They fought against Kurdish fighters." + REPORT);
    assertEquals(0, ClubEvidence.of(d.words, at(d, "Kurdish"), d.ctx));
  }
}
