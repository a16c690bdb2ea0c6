package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Words read in place give what reading them through strings gave. */
class WordsTest {
  // short runs of the letters and marks abbreviations are made of
  private static final Gen<String> RUNS = strings().betweenCodePoints(0, 10).ofLengthBetween(1, 7)
      .map(s -> s.chars().mapToObj(c -> String.valueOf("MrsDtU.S.eN".charAt(c))).reduce("", String::concat));

  @Test
  void anAbbreviationsDotIsTheOneTheStringReadingFinds() {
    qt().withExamples(10_000).forAll(RUNS).checkAssert(run -> {
      for (int a = 0; a < run.length(); a++) {
        int from = a;
        assertEquals(throughStrings(run, a, run.length()), Words.isAbbreviationDot(run, a, run.length()),
            () -> run + " from " + from);
      }
    });
    for (String known : List.of("Mr.", "Mrs.", "Dr.", "U.S.", "Sen.", "Gov.", "end.", "St.")) {
      assertEquals(throughStrings(known, 0, known.length()), Words.isAbbreviationDot(known, 0, known.length()), known);
    }
  }

  @Test
  void sharedLowerCaseFormsAreEachWordsOwn() {
    Gen<String> texts = strings().betweenCodePoints(0, 8).ofLengthBetween(0, 50)
        .map(s -> s.chars().mapToObj(c -> String.valueOf("aAbB \u0130.,\u00c9".charAt(c))).reduce("", String::concat));
    qt().withExamples(2_000).forAll(texts, integers().between(0, 1)).checkAssert((text, unused) -> {
      List<Words.Word> words = Words.of(text, 0, text.length());
      Map<String, String> forms = new HashMap<>();
      Words.shareLowerCase(words, forms);
      for (Words.Word w : words) {
        assertEquals(w.core().toLowerCase(Locale.ROOT), w.lower());
      }
    });
  }

  // The reading before: the core made into a string, its letters streamed.
  private static boolean throughStrings(String text, int a, int b) {
    if (text.charAt(b - 1) != '.') {
      return false;
    }
    String core = text.substring(a, b - 1);
    return core.indexOf('.') >= 0 || core.length() <= 3 && !core.isEmpty() && Character.isUpperCase(core.charAt(0))
        && core.chars().skip(1).allMatch(Character::isLowerCase) && Names.isHonorific(core + ".");
  }
}
