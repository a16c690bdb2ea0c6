package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The counted set of word forms, which holds where its words are rather than strings (issue 19). */
class WordFormsTest {
  @Test
  void formsAreFoundThroughTheWordsTheyWereMadeFrom() {
    StringBuilder text = new StringBuilder("Brown's Oscars ");
    for (int i = 0; i < 5_000; i++) {
      text.append("W").append(i).append(' ');
    }
    List<Words.Word> words = Words.of(text.toString(), 0, text.length());
    WordForms forms = new WordForms(true);
    forms.add(words.get(0), WordForms.Form.BARE);
    forms.add(words.get(1), WordForms.Form.LOWER_STEM);
    for (int i = 2; i < words.size(); i++) {
      forms.add(words.get(i), WordForms.Form.LOWER);
    }
    assertTrue(forms.contains("Brown"));
    assertTrue(forms.contains("oscar"));
    assertTrue(forms.contains("w4999")); // after the table grew many times
    assertFalse(forms.contains("W4999"));
    assertEquals(1, forms.count("w17"));
    assertEquals(0, forms.count("w5000"));
  }

  @Test
  void aCountStopsAtItsMaximum() {
    List<Words.Word> words = Words.of("Kell", 0, 4);
    WordForms forms = new WordForms(true);
    for (int i = 0; i < 1_000; i++) {
      forms.add(words.get(0), WordForms.Form.BARE);
    }
    assertEquals(WordForms.MAX_COUNT, forms.count("Kell"));
    forms = new WordForms(true);
    forms.add(words.get(0), WordForms.Form.BARE);
    forms.add(Words.of("Kell", 0, 4).get(0), WordForms.Form.BARE);
    assertEquals(2, forms.count("Kell"));
  }
}
