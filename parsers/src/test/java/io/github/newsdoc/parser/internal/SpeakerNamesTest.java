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
  void wordsThatEndWithAPrepositionOrOpenWithAVerbOfSayingAreNoPhrase() {
    String text = "It ended Dunmore unrest amid protests, the chief of staff said, as announced in May by Al From."
        + " A comic about literally, the family said.";
    PeopleFixture f = PeopleFixture.of("Port", text);
    assertTrue(SpeakerNames.noPhrase(phrase(f, text, "Dunmore", "amid")));
    assertTrue(SpeakerNames.noPhrase(phrase(f, text, "the chief", "of")));
    assertTrue(SpeakerNames.noPhrase(phrase(f, text, "announced", "May")));
    assertFalse(SpeakerNames.noPhrase(phrase(f, text, "the chief", "staff")));
    assertFalse(SpeakerNames.noPhrase(phrase(f, text, "Al", "From"))); // a name's last word
    assertTrue(SpeakerNames.noPhrase(phrase(f, text, "A comic", "literally")));
    assertFalse(SpeakerNames.noPhrase(phrase(f, text, "the family", "family")));
  }

  @Test
  void aRoleThatOpensTheSentenceIsNoPartOfTheName() {
    // capitalised as the sentence's first word, the role reads like the name's first word
    String text = "Actor Christian Quell said he was happy.";
    PeopleFixture f = PeopleFixture.of("Film news", text);
    List<Words.Word> p = phrase(f, text, "Actor", "Quell");
    assertEquals("Christian Quell", joined(SpeakerNames.nameAtEnd(f.people, 0, p), text));
    String band = "Singer Tomas Brek Band said no.";
    PeopleFixture g = PeopleFixture.of("Film news", band);
    assertEquals("Tomas Brek Band", joined(SpeakerNames.afterRole(phrase(g, band, "Singer", "Band")), band));
  }

  @Test
  void theNameAfterARoleInLowerCase() {
    String text = "Civil rights group Harbourwatch said on Monday it would appeal.";
    PeopleFixture f = PeopleFixture.of("Border talks", text);
    assertEquals("Harbourwatch", joined(SpeakerNames.afterRole(phrase(f, text, "Civil", "Harbourwatch")), text));
    // a connector or a particle of the name, a verb, a possessive or an acronym alone keep the whole phrase
    for (String kept : List.of("Department of Harbours", "Jurgen den Hollis", "Varden has denied Cole's",
        "Cole's potential VP")) {
      String t = kept + " said on Monday.";
      PeopleFixture g = PeopleFixture.of("Border talks", t);
      String[] w = kept.split(" ");
      assertEquals(kept, joined(SpeakerNames.afterRole(phrase(g, t, w[0], w[w.length - 1])), t));
    }
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

  @Test
  void theSourceEndsBeforeAVerbAndTheAdverbsBeforeIt() {
    String text = "Former dock worker Ana Varden has already accused the board of delay.";
    PeopleFixture f = PeopleFixture.of("Border talks", text);
    List<Words.Word> p = phrase(f, text, "Former", "already");
    assertEquals("Former dock worker Ana Varden", joined(SpeakerNames.beforeVerb(p, false), text));
  }

  @Test
  void aVerbOfSayingEndsTheSourceToo() {
    String text = "Varden said Cole's plan would fail.";
    PeopleFixture f = PeopleFixture.of("Border talks", text);
    List<Words.Word> p = phrase(f, text, "Varden", "Cole's");
    assertEquals("Varden", joined(SpeakerNames.beforeVerb(p, false), text));
  }

  @Test
  void aPhraseANameClosesIsKeptWhole() {
    String text = "When asked if Cole would play Varden replied.";
    PeopleFixture f = PeopleFixture.of("Border talks", text);
    List<Words.Word> p = phrase(f, text, "Cole", "Varden");
    assertEquals("Cole would play Varden", joined(SpeakerNames.beforeVerb(p, true), text));
  }

  @Test
  void aWordAfterADeterminerIsANounNotAVerb() {
    String text = "The note says it all.";
    PeopleFixture f = PeopleFixture.of("Border talks", text);
    List<Words.Word> p = phrase(f, text, "The", "note");
    assertEquals("The note", joined(SpeakerNames.beforeVerb(p, false), text));
  }

  @Test
  void nothingIsLeftWhenOnlyARelativePronounPrecedesTheVerb() {
    String text = "The files that were taken suggested a motive.";
    PeopleFixture f = PeopleFixture.of("Border talks", text);
    List<Words.Word> p = phrase(f, text, "that", "taken");
    assertTrue(SpeakerNames.beforeVerb(p, false).isEmpty());
  }

  @Test
  void aNumberAloneIsNoSourceButAShareOfThoseAskedIs() {
    String text = "King, 30, spoke; 34% said no; in 1942 it closed.";
    PeopleFixture f = PeopleFixture.of("Border talks", text);
    assertTrue(SpeakerNames.numberAlone(phrase(f, text, "30", "30")));
    assertTrue(SpeakerNames.numberAlone(phrase(f, text, "1942", "1942")));
    assertFalse(SpeakerNames.numberAlone(phrase(f, text, "34%", "34%")));
    assertFalse(SpeakerNames.numberAlone(phrase(f, text, "King", "King")));
  }
}
