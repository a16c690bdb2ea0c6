package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.run;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A lower-case particle inside a person's surname does not cut the name (NameRun.nameEnd, "person-name"). */
class SurnameParticlesTest {
  @Test
  void aParticleAfterAFirstNameGoesOnToTheSurname() {
    assertEquals(List.of("Karla da Venhorst=PERSON@person-name"),
        recognized("Yesterday Karla da Venhorst opened the bridge."));
  }

  @Test
  void twoParticlesStandTogether() {
    assertEquals(List.of("Helga von der Marwitz=PERSON@person-name"),
        recognized("The minister, Helga von der Marwitz, left early."));
  }

  @Test
  void aTitledNameTakesItsParticle() {
    assertEquals(List.of("Orvel de Tane=PERSON@person-name"), recognized("Mayor Orvel de Tane said so."));
  }

  @Test
  void aParticleNeedsANameAfterIt() {
    NameScan s = scan("Karla de la casa spoke.");
    NameRun r = run(s, "Karla", "Karla");
    assertEquals(-1, NameRun.afterParticles(s.words, 1, s.words.size()));
    assertEquals(r.from + 1, r.nameEnd(r.from));
  }

  @Test
  void aParticleAfterAStopOrAPossessiveJoinsNothing() {
    NameScan s = scan("Karla's de Venhorst; Karla. de Venhorst");
    assertEquals(-1, NameRun.afterParticles(s.words, 1, s.words.size()));
    assertEquals(-1, NameRun.afterParticles(s.words, 4, s.words.size()));
  }
}
