package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The noun phrase after "according to" or a cue: where it ends. */
class PhrasesTest {
  // The words of a clause, as a sieve hands them over.
  private static List<Words.Word> words(String text) {
    List<Words.Word> w = Words.of(text, 0, text.length());
    Words.shareLowerCase(w, new LowerForms());
    return w;
  }

  private static String after(String text, int from) {
    return Phrases.phraseAfter(words(text), from).stream().map(Words.Word::core).collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a participle that opens a clause of its own (a time, a preposition or a name after it) ends the phrase
      "according to a poll released Thursday|a poll",
      "according to a Harbour Institute poll conducted last month|a Harbour Institute poll",
      "according to a source involved in the talks|a source",
      // not when its agent follows, nor an adjective
      "according to a letter signed by seven physicians|a letter signed by seven physicians",
      "according to a senior retired general|a senior retired general",
      "according to an unnamed official|an unnamed official",
      "according to a recently released report|a recently released report"})
  void aParticiplesClauseIsNoPartOfThePhrase(String text, String phrase) {
    assertEquals(phrase, after(text, 2));
  }

  @Test
  void aDescriptionsHeadIsFoundHoweverManyWordsWereReadSinceThePhrase() {
    // "experts at the Harbour Institute": the phrase read back from a cue is the body; the source is the whole
    // description. The words a sieve reads between taking the phrase and asking for its head must not matter.
    StringBuilder text = new StringBuilder("Experts at the Harbour Institute");
    for (int i = 0; i < 40; i++) {
      text.append(" and more");
    }
    List<Words.Word> words = words(text.toString());
    List<Words.Word> phrase = words.subList(2, 5);
    String expected = "Experts at the Harbour Institute";
    assertEquals(expected, join(Phrases.withHead(words, phrase)));
    for (int i = 5; i < words.size(); i++) {
      words.get(i); // a long read further on, as a sieve's scan of the sentence does
    }
    assertEquals(expected, join(Phrases.withHead(words, phrase)));
  }

  private static String join(List<Words.Word> words) {
    return words.stream().map(Words.Word::core).collect(Collectors.joining(" "));
  }
}
