package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The marks of a text, indexed once, are exactly those a scan of every character finds, in order. */
class MarksTest {
  private static final String ALPHABET = "ab .!?,\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u2014";
  private static final Gen<String> TEXTS = strings().betweenCodePoints(0, ALPHABET.length() - 1)
      .ofLengthBetween(0, 80)
      .map(s -> s.chars().mapToObj(c -> String.valueOf(ALPHABET.charAt(c))).reduce("", String::concat));

  @Test
  void theIndexHoldsEveryMarkInOrder() {
    qt().withExamples(5_000).forAll(TEXTS).checkAssert(text -> {
      Marks marks = new Marks(text);
      assertArrayEquals(scan(text, "\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019"), marks.quotation(), text);
      assertArrayEquals(scan(text, ".!?"), marks.stops(), text);
    });
  }

  @Test
  void aTextWithoutMarksHasNone() {
    Marks marks = new Marks("Ana Ruiz spoke at length, and then left");
    assertArrayEquals(new int[0], marks.quotation());
    assertArrayEquals(new int[0], marks.stops());
  }

  @Test
  void marksOfEveryKindAreMergedInTextOrder() {
    String text = "\u201cWe\u2019ll stay,\u201d said Ana. \u2018Go!\u2019 \"Now?\"";
    Marks marks = new Marks(text);
    assertArrayEquals(new int[] {0, 3, 12, 24, 28, 30, 35}, marks.quotation());
    assertArrayEquals(new int[] {22, 27, 34}, marks.stops());
  }

  private static int[] scan(String text, String chars) {
    return IntStream.range(0, text.length()).filter(i -> chars.indexOf(text.charAt(i)) >= 0).toArray();
  }
}
