package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FamilyNames.Placed}: the words an article uses alone in a person's place, each looked for once and
 * shared by the article's readings of its family names.
 */
class PlacedWordsTest {
  private static FamilyNames.Placed placed(String... texts) {
    return new FamilyNames.Placed(Arrays.asList(texts));
  }

  @Test
  void aWordBeforeASpeechVerbStandsInAPersonsPlace() {
    FamilyNames.Placed p = placed(null, "Talks went on. Tzao said the port would open.");
    assertTrue(p.contains("Tzao"));
    assertFalse(p.contains("Talks"));
  }

  @Test
  void aWordAfterACapitalisedTitleStandsInAPersonsPlaceUnlessANameGoesOn() {
    assertTrue(placed("It was President Tzao who spoke.").contains("Tzao"));
    assertFalse(placed("It was President Tzao Minglun who spoke.").contains("Tzao"));
  }

  @Test
  void aDeterminerOrACapitalisedWordBeforeTheVerbMakesNoPerson() {
    assertFalse(placed("Then the Lions said no.").contains("Lions"));
    assertFalse(placed("Then Minglun Tzao said no.").contains("Tzao"));
  }

  @Test
  void aWordInsideALongerRunIsNotTheWord() {
    assertFalse(placed("The Tzao-led group said no.").contains("Tzao"));
  }

  @Test
  void aWordOpeningInLowerCaseIsLookedForAlone() {
    assertTrue(placed("And then tzao said no.").contains("tzao"));
    assertFalse(placed("And then tzao left.").contains("tzao"));
  }

  @Test
  void anAnswerIsKeptAndTheSameWhenAskedAgain() {
    FamilyNames.Placed p = placed("Kwon said so.", "President Tzao spoke.");
    assertTrue(p.contains("Tzao"));
    assertTrue(p.contains("Tzao"));
    assertFalse(p.contains("Minglun"));
    assertFalse(p.contains("Minglun"));
    assertTrue(p.contains("Kwon"));
  }
}
