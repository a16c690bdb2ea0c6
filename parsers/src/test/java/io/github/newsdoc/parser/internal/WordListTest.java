package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {
  @Test
  void readsOneEntryALineSkippingCommentsAndBlanks() throws Exception {
    var set = WordList.read("t.txt", new BufferedReader(new StringReader("# heading\nsaid\n\n  told  # past\nasked\n")));
    assertEquals(List.of("said", "told", "asked"), List.copyOf(set));
  }

  @Test
  void aRepeatedEntryNamesTheFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordList.read("speech.txt", new BufferedReader(new StringReader("said\ntold\nsaid\n"))));
    assertEquals("speech.txt:3: 'said' is listed twice", e.getMessage());
  }

  @Test
  void aMissingListSaysWhichPath() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.load("no-such-list"));
    assertTrue(e.getMessage().endsWith("/io/github/newsdoc/parser/words/no-such-list.txt"), e.getMessage());
  }
}
