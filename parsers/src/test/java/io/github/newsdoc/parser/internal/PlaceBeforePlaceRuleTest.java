package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.emitted;
import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.run;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceBeforePlaceRuleTest {
  private final PlaceBeforePlaceRule rule = new PlaceBeforePlaceRule();

  @Test
  void unknownNamesBeforeACommaAndAKnownPlaceAreOnePlace() {
    NameScan s = scan("Drills were held near Zorby Wolka, Poland, on Monday.");
    NameRun r = run(s, "Zorby", "Wolka");
    assertEquals(r.to, rule.tryAt(r, r.from).next());
    assertEquals(List.of("Zorby Wolka=LOCATION@place-before-place"), emitted(s));
  }

  @Test
  void aFirstNameAloneBeforeAStateIsAPlace() {
    assertEquals(List.of("Charlotte=LOCATION@place-before-place", "N.C.=LOCATION@gazetteer"),
        recognized("Protests in Charlotte, N.C., went on."));
  }

  @Test
  void aPersonBeforeAPlaceStaysAPerson() {
    NameScan s = scan("He met Ken Varden, Texas and more.");
    NameRun r = run(s, "Ken", "Varden");
    assertFalse(rule.tryAt(r, r.from).matched());
  }

  @Test
  void aBodyOrAPlaceWithMoreNamesAfterItIsNoPlace() {
    NameScan s = scan("They sued Zorby Institute, Ohio, and Zorby, Ohio State University.");
    NameRun body = run(s, "Zorby", "Institute");
    assertFalse(rule.tryAt(body, body.from).matched());
    NameRun more = new NameRun(s, s.words, RuleFixture.at(s, "Zorby") + 4, RuleFixture.at(s, "Zorby") + 5);
    assertFalse(rule.tryAt(more, more.from).matched());
    assertEquals(List.of(), emitted(s));
  }

  @Test
  void aPlaceBeforeARoleOrAWordOpeningASentenceMakeNoPlace() {
    NameScan s = scan("\"No,\" said Adro Schout, Europe coordinator there. Nevertheless, France, too, agreed.");
    NameRun person = run(s, "Adro", "Schout");
    assertFalse(rule.tryAt(person, person.from).matched());
    NameRun adverb = run(s, "Nevertheless", "Nevertheless");
    assertFalse(rule.tryAt(adverb, adverb.from).matched());
  }

  @Test
  void aTextThatIsOnlyATownAndItsStateIsASignatureLine() {
    NameScan s = scan("Zorbyville, Nev.");
    NameRun r = new NameRun(s, s.words, 0, 1);
    assertFalse(rule.tryAt(r, 0).matched());
  }
}
