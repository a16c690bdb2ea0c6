package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A line measured once answers as measuring its text again would, in any order it is asked. */
class LineMeasuresTest {
  // pieces of lines: words, a chrome word, a sentence end, a digit, wide (CJK) characters
  private static final Gen<String> LINES = strings().betweenCodePoints(0, 4).ofLengthBetween(1, 40)
      .map(s -> s.chars().mapToObj(c -> new String[] {"word ", "Share", ". ", "7", "記者 "}[c] + "x ")
          .reduce("", String::concat).strip());

  private static List<Line> lines(List<String> texts) {
    List<Line> lines = new ArrayList<>();
    for (String t : texts) {
      lines.add(new Line(lines.size() + 1, t, t, false));
    }
    return lines;
  }

  @Test
  void everyMeasureIsTheTextsOwn() {
    qt().withExamples(2_000).forAll(lists().of(LINES).ofSizeBetween(1, 12), integers().between(0, 11))
        .checkAssert((texts, start) -> {
          LineMeasures m = new LineMeasures(lines(texts));
          // asked from a line in the middle first, then all of them, twice
          for (int round = 0; round < 2; round++) {
            for (int k = 0; k < texts.size(); k++) {
              int i = (start + k) % texts.size();
              String t = texts.get(i);
              assertEquals(LineMeasures.width(t), m.width(i), t);
              assertEquals(LineMeasures.isProse(t), m.prose(i), t);
              assertEquals(LineMeasures.isLinkLike(t), m.linkLike(i), t);
              assertEquals(t, m.text(i));
            }
          }
        });
  }

  @Test
  void aSentenceALinkAndAWideLine() {
    String prose = "The ferry left the quay at dawn on Monday with every seat taken by commuters.";
    LineMeasures m = new LineMeasures(lines(List.of(prose, "Share on Facebook", "記者".repeat(20))));
    assertTrue(m.prose(0));
    assertFalse(m.linkLike(0));
    assertTrue(m.linkLike(1));
    assertFalse(m.prose(1));
    assertEquals(80, m.width(2)); // a CJK character counts as two Latin letters
  }

  // A sentence closed by the quotation marks of German or French ends a sentence as one closed by '"' does.
  @Test
  void aSentenceClosedByOtherLanguagesQuotationMarksEndsASentence() {
    assertTrue(LineMeasures.endsSentence("Sie sagt: \u00bbIn zwei Jahren f\u00e4hrt hier wieder ein Zug.\u00ab"));
    assertTrue(LineMeasures.endsSentence("Er sagt: \u201eDas wird teuer.\u201c"));
    assertFalse(LineMeasures.endsSentence("Die \u00bbneue Mitte\u00ab"));
  }
}
