package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The text layer: a stretch of a text read as a view of its words gives what splitting the stretch gives. */
class TokensTest {
  // texts of words, spaces and the punctuation words carry, so that stretches cut words and their marks
  private static final Gen<String> TEXTS = strings().betweenCodePoints(0, 13).ofLengthBetween(0, 60)
      .map(s -> s.chars().mapToObj(c -> String.valueOf("ab Mr.U,\u201c\u201d(\". ".charAt(c))).reduce("", String::concat));

  @Test
  void aRangeIsWhatSplittingTheStretchAloneGives() {
    qt().withExamples(5_000).forAll(TEXTS, integers().between(0, 60), integers().between(0, 60))
        .checkAssert((text, a, b) -> {
          int from = Math.min(Math.min(a, b), text.length());
          int to = Math.min(Math.max(a, b), text.length());
          assertSameWords(Words.of(text, from, to), new Tokens(List.of(text)).range(0, from, to), text, from, to);
        });
  }

  @Test
  void wordsInsideTheStretchAreTheTextsOwn() {
    Tokens tokens = new Tokens(List.of("Ana Ruiz said, \u201cWe stay.\u201d"));
    List<Words.Word> all = tokens.of(0);
    List<Words.Word> part = tokens.range(0, 4, 14);
    assertEquals("Ruiz said,", part.get(0) + " " + part.get(1));
    assertEquals(all.get(1), part.get(0)); // views of the same word of the store
  }

  @Test
  void aCutWordIsCutToTheStretch() {
    Tokens tokens = new Tokens(List.of("McCain: Anger grows"));
    List<Words.Word> part = tokens.range(0, 0, 6);
    assertEquals(1, part.size());
    assertEquals("McCain", part.get(0).core());
    assertEquals("", part.get(0).trailing());
  }

  // Issue 19: the words are let go once the names are found; asked for again, they are split again alike.
  @Test
  void releasedWordsAreSplitAgainWhenAskedFor() {
    String text = "Ana Ruiz said, \u201cWe stay.\u201d";
    Tokens tokens = new Tokens(List.of(text));
    List<Words.Word> before = tokens.of(0);
    tokens.releaseWords();
    List<Words.Word> after = tokens.of(0);
    assertNotSame(before, after);
    assertSameWords(before, after, text, 0, text.length());
    assertEquals(before.get(1).lower(), after.get(1).lower());
  }

  private static void assertSameWords(List<Words.Word> expected, List<Words.Word> actual, String text, int from, int to) {
    String where = "'" + text + "' [" + from + ", " + to + ")";
    assertEquals(expected.size(), actual.size(), where);
    for (int i = 0; i < expected.size(); i++) {
      Words.Word e = expected.get(i);
      Words.Word g = actual.get(i);
      assertEquals(e.start(), g.start(), where);
      assertEquals(e.end(), g.end(), where);
      assertEquals(e.trailing(), g.trailing(), where);
      assertEquals(e.parenthesised(), g.parenthesised(), where);
      assertEquals(e.quoted(), g.quoted(), where);
    }
  }
}
