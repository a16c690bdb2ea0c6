package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.emitted;
import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RuleBasedRecognizerTest {
  private static final List<String> OPENERS = List.of("The", "But", "He", "It", "In", "A", "And", "When", "This");

  @Test
  void aWordThatIsNeverANamesOpeningASentenceAloneIsNotReadAsARun() {
    assertEquals(List.of("Orvel Tane=PERSON@unknown-names"),
        recognized("The vote ended. But it was close, Orvel Tane said. He left."));
    // an initial of the same letters opens the name after it
    assertEquals(List.of("A. Orvel Tane Institute=ORGANIZATION@organisation-head"),
        recognized("The chapter of the A. Orvel Tane Institute met."));
  }

  @Test
  void aLoneWordOfGrammarIsPassedOverAsReadingItsRunWouldPassItOver() {
    // the shortcut gives what reading the one-word run gives: no name
    qt().forAll(SourceDSL.integers().between(0, OPENERS.size() - 1))
        .checkAssert(k -> {
          NameScan s = scan(OPENERS.get(k) + " vote ended early.");
          NameRun.read(s, s.words, 0, 1);
          assertEquals(List.of(), emitted(s), OPENERS.get(k));
          assertEquals(List.of(), recognized(OPENERS.get(k) + " vote ended early."), OPENERS.get(k));
        });
  }
}
