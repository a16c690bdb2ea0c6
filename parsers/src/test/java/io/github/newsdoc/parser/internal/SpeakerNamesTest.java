package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
  // The words of block 0 of the fixture within [from, to), as a sieve hands a subject phrase over.
  private static List<Words.Word> phrase(PeopleFixture f, String text, String from, String to) {
    int start = text.indexOf(from);
    return f.tokens.range(1, start, text.indexOf(to, start) + to.length());
  }

  private static String joined(List<Words.Word> words, String text) {
    return Names.join(words, text);
  }

  @Test
  void thePersonAtThePhrasesEndWithoutTheWordsBeforeIt() {
    String text = "The former head of Harbour Army Europe Ben Hollis spoke on Monday.";
    PeopleFixture f = PeopleFixture.of("Border talks", text);
    List<Words.Word> p = phrase(f, text, "former", "Hollis");
    assertEquals("Ben Hollis", joined(SpeakerNames.nameAtEnd(f.people, 0, p), text));
  }

  @Test
  void thePersonBeforeTheWordsThatOnlyLocateThem() {
    String text = "Ana Varden of Chisinau spoke on Monday.";
    PeopleFixture f = PeopleFixture.of("Border talks", text);
    List<Words.Word> p = phrase(f, text, "Ana", "Chisinau");
    assertEquals("Ana Varden", joined(SpeakerNames.nameAtEnd(f.people, 0, p), text));
  }

  @Test
  void aNoteInParenthesesIsNoPartOfTheSource() {
    String text = "Rep. Ana Varden (R-Idaho) spoke.";
    PeopleFixture f = PeopleFixture.of("Border talks", text);
    List<Words.Word> p = SpeakerNames.beforeParenthesis(phrase(f, text, "Rep.", "Idaho)"));
    assertEquals("Rep. Ana Varden", joined(p, text));
  }

  @Test
  void aBodysNameThatHoldsAPersonsIsNoBodyToCredit() {
    PeopleFixture f = PeopleFixture.of("Border talks", "Ana Varden met the envoys.");
    assertTrue(SpeakerNames.namesPerson(f.people, "Varden Institute"), "a known surname");
    assertTrue(SpeakerNames.namesPerson(f.people, "CEO of the Harbour Association"), "a title first");
    assertFalse(SpeakerNames.namesPerson(f.people, "Institute for the Study of Harbours"));
  }
}
