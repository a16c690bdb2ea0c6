package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one title-case test of a text's words, shared by the recognizer, its found names and the person index. */
class NameShapesTest {
  private static List<Words.Word> words(String text) {
    return Words.of(text, 0, text.length());
  }

  @Test
  void aHeadlineWithSevenInTenWordsCapitalisedIsInTitleCase() {
    assertTrue(NameShapes.titleCase(words("Harbour Board Rejects Plan for New Ferry Port")));
    assertTrue(NameShapes.titleCase(words("Harbour Board Rejects the Plan for a New Ferry Port"))); // 7 of 10
  }

  @Test
  void aSentenceOrAShortTextIsNot() {
    assertFalse(NameShapes.titleCase(words("The harbour board rejected the plan on Monday")));
    assertFalse(NameShapes.titleCase(words("Harbour Board Rejects the Plan for a New ferry port"))); // 6 of 10
    assertFalse(NameShapes.titleCase(words("Ferry Port Plan"))); // too few words to tell
  }
}
