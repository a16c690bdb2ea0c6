package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SubjectsTest {
  // The words of the subject the sentence opens with, joined by spaces.
  private static String subject(String sentence) {
    List<Words.Word> words = Words.of(sentence, 0, sentence.length());
    return Subjects.leadingSubject(words).stream().map(Words.Word::core).collect(Collectors.joining(" "));
  }

  @Test
  void aNameBeforeASourcesHeadNounOnlyModifiesIt() {
    assertEquals("Dunmore council officials", subject("Dunmore council officials said they were not told."));
    assertEquals("Quay Line spokesperson", subject("Quay Line spokesperson confirmed the closure on Monday."));
  }

  @Test
  void aChannelOrAHeadBeforeANameIsNoPartOfTheSubject() {
    assertEquals("Harbour Gazette", subject("Harbour Gazette editorial urged the council to act."));
    // a head before a name: not "Shipping analysts" with the name cut off, and no subject read here at all
    assertEquals("", subject("Shipping analysts Portwise welcomed the move."));
  }
}
