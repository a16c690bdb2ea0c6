package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {
  private static LowerCaseWords of(String... texts) {
    Tokens tokens = new Tokens(List.of(texts));
    LowerCaseWords set = new LowerCaseWords(tokens.lowerForms(), 3);
    for (int t = 0; t < texts.length; t++) {
      set.addAll(tokens.of(t));
    }
    return set;
  }

  @Test
  void aFormIsInTheSetOnlyWhenAWordLongEnoughIsWrittenInLowerCase() {
    LowerCaseWords set = of("Tensions rose at the port.", "The tensions, officials said, eased. Harbour staff left.");
    assertTrue(set.contains("tensions"));
    assertTrue(set.contains("officials"));
    assertFalse(set.contains("harbour"), "written only with a capital");
    assertTrue(set.contains("rose"), "four letters: longer than three");
    assertFalse(set.contains("at"));
    assertFalse(set.contains("the"), "too short");
    assertFalse(set.contains("eased."), "the form is the core, without punctuation");
    assertTrue(set.contains("eased"));
  }

  @Test
  void aWordReadAloneIsKeptByItsForm() {
    LowerCaseWords set = new LowerCaseWords(new LowerForms(), 3);
    set.addAll(List.of(Words.word("minister,", 0, 9), Words.word("Envoy", 0, 5)));
    assertTrue(set.contains("minister"));
    assertFalse(set.contains("envoy"));
  }
}
