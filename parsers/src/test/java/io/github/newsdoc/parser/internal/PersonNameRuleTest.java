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

class PersonNameRuleTest {
  private final PersonNameRule rule = new PersonNameRule();

  @Test
  void aFirstNameMakesAPerson() {
    NameScan s = scan("economists such as Ken Varden agreed.");
    NameRun r = run(s, "Ken", "Varden");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Ken Varden=PERSON@person-name"), emitted(s));
  }

  @Test
  void aKindOfOrganisationInAppositionMakesNoPerson() {
    // "Ken Varden, the investment bank,": a noun of a body's kind closes the apposition
    NameScan s = scan("Ken Varden, the investment bank, advised the buyers.");
    assertFalse(rule.tryAt(run(s, "Ken", "Varden"), 0).matched());
    NameScan t = scan("Ken Varden, a carmaker that grew fast, advised them.");
    assertFalse(rule.tryAt(run(t, "Ken", "Varden"), 0).matched());
    // a person's role with a kind of body in it, or the body's possessive, leaves the person
    for (String text : List.of("Ken Varden, a bank manager, advised them.",
        "Ken Varden, the firm's founder, advised them.", "Ken Varden, a broker of deals, advised them.")) {
      NameScan u = scan(text);
      assertTrue(rule.tryAt(run(u, "Ken", "Varden"), 0).matched(), text);
    }
  }

  @Test
  void aFirstNameBeforeAPlacesNameMakesAPerson() {
    // many surnames name a town too: the first name decides
    NameScan s = scan("critics such as Nadia Richardson agreed.");
    NameRun r = run(s, "Nadia", "Richardson");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Nadia Richardson=PERSON@person-name"), emitted(s));
    assertEquals(List.of("Nadia Richardson=PERSON@person-name"), recognized("Critics such as Nadia Richardson agreed."));
  }

  @Test
  void aPlacesNameAfterAnUnknownNameWordIsASurnameWhenTheWordsAroundSaySo() {
    // "Torvin" is no first name: an age after the name, or a pronoun after its speech, makes it a person's
    assertEquals(List.of("Torvin Hamilton=PERSON@person-name"),
        recognized("Last week Torvin Hamilton, 52, left the club."));
    assertEquals(List.of("Torvin Hamilton=PERSON@person-name"),
        recognized("Last week Torvin Hamilton said she left the club."));
    // without them, the place is read as before
    assertFalse(recognized("Last week Torvin Hamilton left the club.").contains("Torvin Hamilton=PERSON@person-name"));
  }

  @Test
  void aTitleMakesAPerson() {
    NameScan s = scan("the President Orvel Tane spoke.");
    NameRun r = run(s, "Orvel", "Tane");
    r.titled = true;
    assertTrue(rule.tryAt(r, r.from).matched());
    assertEquals(List.of("Orvel Tane=PERSON@person-name"), emitted(s));
  }

  @Test
  void wordsTheArticleWritesInLowerCaseMakeNoPersonEvenTitled() {
    NameScan s = scan("She met the Secretary for Harbour Development; harbour development is her field.");
    NameRun r = run(s, "Harbour", "Development");
    r.titled = true;
    assertFalse(rule.tryAt(r, r.from).matched());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void wordsBeforeATitleAndANameQualifyTheTitle() {
    NameScan s = scan("Shadow Harbour Secretary Ivo Marek spoke.");
    NameRun r = run(s, "Shadow", "Harbour");
    r.titled = true;
    assertEquals(r.from + 2, rule.tryAt(r, r.from).next());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void aSurnameThatSpeaksElsewhereMakesAPerson() {
    NameScan s = scan("Orvel Tane arrived. Officials say Tane said no.");
    NameRun r = run(s, "Orvel", "Tane");
    assertTrue(rule.tryAt(r, r.from).matched());
  }

  @Test
  void refusesUnknownNamesAndANameAfterThe() {
    NameScan s = scan("the Orvel Tane and Zorbly Varden met.");
    NameRun unknown = run(s, "Zorbly", "Varden");
    assertFalse(rule.tryAt(unknown, unknown.from).matched());
    NameScan the = scan("The view from the Ken Varden was fine.");
    NameRun afterThe = new NameRun(the, the.words, at(the, "Ken"), at(the, "Varden") + 1);
    assertFalse(rule.tryAt(afterThe, afterThe.from).matched());
  }
}
