package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void theWordBeforeAnOffsetIsFoundPastTheSpaces() {
    String text = "Chairman Lord  Pellow argued";
    int pellow = text.indexOf("Pellow");
    int end = Text.spaceStartBefore(text, pellow);
    assertEquals(text.indexOf("  Pellow"), end);
    assertEquals("Lord", text.substring(Text.wordStartBefore(text, end), end));
    // at the start of the text there is no word before
    assertEquals(0, Text.wordStartBefore(text, Text.spaceStartBefore(text, 0)));
  }

  @Test
  void aSentenceEndsWithItsMarkOrAQuoteClosedAfterIt() {
    assertTrue(Text.endsSentence("The port is shut."));
    assertTrue(Text.endsSentence("She said \"no.\""));
    assertFalse(Text.endsSentence("The port is shut,"));
    // closed by the quotation marks of other languages too
    assertTrue(Text.endsSentence("Er sagte: \u00bbDer Hafen ist zu.\u00ab"));
    assertTrue(Text.endsSentence("Er sagte: \u201eDer Hafen ist zu.\u201c"));
    assertFalse(Text.endsSentence("Er sagte: \u201eDer Hafen\u201c"));
  }
}
