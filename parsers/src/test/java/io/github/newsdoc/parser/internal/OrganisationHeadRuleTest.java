package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.emitted;
import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.run;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationHeadRuleTest {
  private final OrganisationHeadRule rule = new OrganisationHeadRule();

  @Test
  void aRunEndingWithAHeadWordIsAnOrganisation() {
    NameScan s = scan("the Zorbly Telegraph Agency reported.");
    NameRun r = run(s, "Zorbly", "Agency");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Zorbly Telegraph Agency=ORGANIZATION@organisation-head"), emitted(s));
  }

  @Test
  void aLibraryUtilitiesFerriesOrACinemaHeadsABody() {
    assertEquals(List.of("Varden Central Library=ORGANIZATION@organisation-head",
            "Orvel Utilities=ORGANIZATION@organisation-head"),
        recognized("the Varden Central Library and Orvel Utilities reopened."));
    assertEquals(List.of("Tamsey Sound Ferries=ORGANIZATION@organisation-head"),
        recognized("they sailed with Tamsey Sound Ferries last year."));
  }

  @Test
  void aTitledPersonOfABodyIsNoOneBody() {
    // the person and the body they work at, not "Professor Ana Ruiz of Dunmore University" as one body
    List<String> found = recognized("Professor Ana Ruiz of Dunmore University said it.");
    assertFalse(found.contains("Professor Ana Ruiz of Dunmore University=ORGANIZATION@organisation-head"), found.toString());
    assertTrue(found.contains("Dunmore University=ORGANIZATION@organisation-head"), found.toString());
    // a body whose name holds a title word after its connector stays whole
    assertEquals(List.of("Office of the Secretary of Harbours=ORGANIZATION@organisation-head"),
        recognized("the Office of the Secretary of Harbours said it."));
  }

  @Test
  void aHeadWordBeforeAConnectorOpensOne() {
    NameScan s = scan("the Institute for Varden Studies said.");
    NameRun r = run(s, "Institute", "Studies");
    assertTrue(rule.tryAt(r, r.from).matched());
    assertEquals(List.of("Institute for Varden Studies=ORGANIZATION@organisation-head"), emitted(s));
  }

  @Test
  void refusesAPersonsNameAndAKnownName() {
    NameScan s = scan("Orvel Tane left the Labour Party.");
    NameRun person = run(s, "Orvel", "Tane");
    assertFalse(rule.tryAt(person, person.from).matched());
    NameRun known = run(s, "Labour", "Party");
    assertFalse(rule.tryAt(known, known.from).matched());
  }

  @Test
  void anUnknownPlaceAfterInIsNoPartOfTheBodysName() {
    assertEquals(List.of("Quellmoor University=ORGANIZATION@organisation-head", "Dunvarra=LOCATION@single-name"),
        recognized("She spoke at Quellmoor University in Dunvarra on Monday."));
  }

  @Test
  void inGoesOnToAnotherHeadWord() {
    assertEquals(List.of("Tarvel Media in Retail Group=ORGANIZATION@organisation-head"),
        recognized("A study by the Tarvel Media in Retail Group found it."));
  }

  @Test
  void aForumAndABroadcastingCompanyHaveHeadWords() {
    assertEquals(List.of("Orvane Policy Forum=ORGANIZATION@organisation-head",
        "Kessler Broadcasting=ORGANIZATION@organisation-head"),
        recognized("The head of the Orvane Policy Forum joined the board of Kessler Broadcasting last week."));
  }

  @Test
  void aPlacesWholeNameTakesNoForAfterIt() {
    assertEquals(List.of("Lisbon=LOCATION@gazetteer", "Varden Social Forum=ORGANIZATION@organisation-head"),
        recognized("Thousands travelled to Lisbon for the Varden Social Forum this week."));
  }

  @Test
  void aBroadcastersNumberIsPartOfItsName() {
    assertEquals(List.of("Varden Radio 4=ORGANIZATION@organisation-head"),
        recognized("She told Varden Radio 4's morning programme she would stay."));
    assertEquals(List.of("Channel 7 News=ORGANIZATION@organisation-head"),
        recognized("It was first reported by Channel 7 News on Monday."));
    assertEquals(List.of(), recognized("The Varden team won 4 games."));
  }

  @Test
  void aTextInCapitalsShowsOnlyKnownNames() {
    assertEquals(List.of(), recognized("7. HOW VARDEN POLICE RULES ARE CHANGING THE DEBATE."));
    assertEquals(List.of("NATO=ORGANIZATION@gazetteer"), recognized("2. NATO PANEL RULES FOR VARDEN FOUNDER."));
  }
}
