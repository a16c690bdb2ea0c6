package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A lower-case place noun after a single unknown name makes it a place (NameContexts.placeContext). */
class PlaceNounAfterTest {
  @Test
  void aPlaceNounAfterTheNameMakesItAPlace() {
    assertEquals(List.of("Zorvan=LOCATION@single-name"),
        recognized("Troops moved into the Zorvan region on Monday."));
  }

  @Test
  void onlyRightAfterTheNameAndInLowerCase() {
    NameScan s = scan("the Zorvan region, the Zorvan, region and the Zorvan Region");
    assertTrue(NameContexts.placeContext(s.words, 1));
    assertFalse(NameContexts.placeContext(s.words, 4));
    assertFalse(NameContexts.placeContext(s.words, 8));
  }

  @Test
  void aPersonBeforeAPlaceNounStaysAPerson() {
    assertEquals(List.of("Zorvan=PERSON@single-name"),
        recognized("Zorvan said so. Aides of Zorvan states otherwise."));
  }
}
