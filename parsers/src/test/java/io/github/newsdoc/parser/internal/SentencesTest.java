package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void aMonthAbbreviatedBeforeItsDayEndsNoSentence() {
    String text = "The port was to reopen on Oct. 31. It did not.";
    assertTrue(Sentences.abbreviation(text, text.indexOf("Oct.") + 3));
    assertFalse(Sentences.abbreviation(text, text.indexOf("31.") + 2));
    // a month that no day follows ends its sentence
    String word = "Ships came in Dec. They left.";
    assertFalse(Sentences.abbreviation(word, word.indexOf("Dec.") + 3));
  }

  @Test
  void theTailRunsToTheSentencesEndWithItsCommas() {
    String text = "\u201cWe stay\u201d for now, said Ana Ruiz, the director.";
    Sentences.Tail tail = Sentences.tail(text, text.indexOf('\u201d'));
    assertNotNull(tail);
    assertEquals(text.length() - 1, tail.end());
    assertEquals(text.lastIndexOf(','), tail.lastComma());
  }

  @Test
  void aQuoteClosedByItsOwnPeriodHasNoTail() {
    String text = "\u201cWe will reopen.\u201d Ivo Marek, who built it, says the plan holds.";
    assertNull(Sentences.tail(text, text.indexOf('\u201d')));
    // an ellipsis or an abbreviation's period ends no sentence
    String ellipsis = "\u201cWe will reopen...\u201d in May, said Ivo Marek.";
    assertNotNull(Sentences.tail(ellipsis, ellipsis.indexOf('\u201d')));
    String abbreviation = "Goods labeled \u201cMade in the U.S.\u201d sell, according to a poll.";
    assertNotNull(Sentences.tail(abbreviation, abbreviation.indexOf('\u201d')));
  }

  @Test
  void anotherQuoteFirstEndsTheTail() {
    String text = "\u201cWe stay\u201d for now; \u201cnot for long,\u201d said Ana Ruiz.";
    assertNull(Sentences.tail(text, text.indexOf('\u201d')));
  }
}
