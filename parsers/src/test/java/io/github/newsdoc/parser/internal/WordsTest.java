package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
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

  // The shapes read in place (issue 13) answer as the strings did: the core and its trailing punctuation
  // compared without making them, an initial, a possessive's end, a compound adjective.
  @Test
  void shapesReadInPlaceAnswerAsTheStringsDo() {
    Gen<String> runs = strings().betweenCodePoints(0, 12).ofLengthBetween(1, 8)
        .map(s -> s.chars().mapToObj(c -> String.valueOf("AM.I'sS-a—,Jr".charAt(c))).reduce("", String::concat));
    qt().withExamples(10_000).forAll(runs).checkAssert(run -> {
      List<Words.Word> words = Words.of(run, 0, run.length());
      for (Words.Word w : words) {
        String core = w.core();
        for (String s : List.of("M.", "A", ".", "", core, w.trailing())) {
          assertEquals(core.equals(s), w.coreIs(s), () -> run + ": " + s);
          assertEquals(w.trailing().equals(s), w.trailingIs(s), () -> run + ": " + s);
        }
        boolean possessive = core.length() >= 2 && (core.endsWith("'s") || core.endsWith("'S"));
        assertEquals(possessive ? w.end() - 2 : w.end(), NameShapes.end(w), run);
        boolean initial = core.length() == 1 ? Character.isUpperCase(core.charAt(0)) && !core.equals("I")
            && (!core.equals("A") || w.trailing().equals("."))
            : core.length() <= 4 && core.length() % 2 == 0 && core.matches("([A-Z]\\.)*");
        assertEquals(initial, NameShapes.isInitial(w), run);
        int hyphen = core.lastIndexOf('-');
        boolean adjective = core.indexOf('—') >= 0 || hyphen >= 0 && hyphen < core.length() - 1
            && NameShapes.compoundAdjective(core);
        assertEquals(adjective, NameShapes.adjective(w), run);
      }
    });
  }

  // Whether a name may start at a word is worked out once and kept in the word's bits: asked again, and
  // through another view of the word, it answers the same, and the word's other answers are untouched.
  @Test
  void whetherANameStartsAtAWordIsKeptWithoutChangingTheWord() {
    Gen<String> runs = strings().betweenCodePoints(0, 12).ofLengthBetween(1, 10)
        .map(s -> s.chars().mapToObj(c -> String.valueOf("AThe US-led, Ana's.(\"".charAt(c))).reduce("", String::concat));
    qt().withExamples(5_000).forAll(runs).checkAssert(run -> {
      String text = run + " " + run.toUpperCase(Locale.ROOT);
      List<Words.Word> words = new Tokens(List.of(text)).of(0);
      for (int i = 0; i < words.size(); i++) {
        Words.Word w = words.get(i);
        String before = w.core() + "|" + w.trailing() + "|" + w.runStart() + "|" + w.runEnd() + "|" + w.quoted()
            + "|" + w.parenthesised() + "|" + w.lower();
        boolean direct = NameShapes.capitalisedWord(w) && !EntityWords.NOT_NAMES.contains(w.lower())
            && !NameShapes.adjective(w) && !NameShapes.pluralAcronym(w) && !lowerAfterHyphen(w.core());
        assertEquals(direct, NameShapes.startsName(w), text);
        assertEquals(direct, NameShapes.startsName(words.get(i)), text);
        Names.isNameWord(w);
        assertEquals(before, w.core() + "|" + w.trailing() + "|" + w.runStart() + "|" + w.runEnd() + "|" + w.quoted()
            + "|" + w.parenthesised() + "|" + w.lower(), text);
      }
    });
  }

  @Test
  void sharedLowerCaseFormsAreEachWordsOwn() {
    Gen<String> texts = strings().betweenCodePoints(0, 8).ofLengthBetween(0, 50)
        .map(s -> s.chars().mapToObj(c -> String.valueOf("aAbB \u0130.,\u00c9".charAt(c))).reduce("", String::concat));
    qt().withExamples(2_000).forAll(texts, integers().between(0, 1)).checkAssert((text, unused) -> {
      List<Words.Word> words = Words.of(text, 0, text.length());
      Words.shareLowerCase(words, new LowerForms());
      for (Words.Word w : words) {
        assertEquals(w.core().toLowerCase(Locale.ROOT), w.lower());
      }
    });
  }

  // Issue 19: past the shared forms' limit a word makes its form when asked, and the table stops growing.
  @Test
  void formsPastTheSharedLimitAreMadeWhenAskedFor() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Words.MAX_SHARED_FORMS + 10; i++) {
      text.append("W").append(i).append(' ');
    }
    List<Words.Word> words = Words.of(text.toString(), 0, text.length());
    LowerForms forms = new LowerForms();
    Words.shareLowerCase(words, forms);
    assertEquals(Words.MAX_SHARED_FORMS, forms.size());
    Words.Word last = words.get(words.size() - 1);
    assertEquals("w" + (Words.MAX_SHARED_FORMS + 9), last.lower());
    org.junit.jupiter.api.Assertions.assertNotSame(last.lower(), last.lower());
    org.junit.jupiter.api.Assertions.assertSame(words.get(0).lower(), forms.form(forms.idOf("w0")));
  }

  // A word is small because its punctuation lengths are a few bits in its store; more than that still reads right.
  @Test
  void aWordWithMoreThan255PunctuationCharactersKeepsItsRun() {
    String text = "x " + "(".repeat(300) + "Word" + ",".repeat(300) + " y";
    List<Words.Word> words = Words.of(text, 0, text.length());
    assertEquals(3, words.size());
    Words.Word w = words.get(1);
    assertEquals("Word", w.core());
    assertEquals(2, w.runStart());
    assertEquals(2 + 300 + 4 + 300, w.runEnd());
    assertEquals(",".repeat(300), w.trailing());
    assertEquals(300, w.trailingLength());
    assertEquals(true, w.parenthesised());
    Words.Word[] parts = Words.of("(A/B" + ",".repeat(256), 0, 260).get(0).splitAt(1);
    assertEquals("A", parts[0].core());
    assertEquals(0, parts[0].runStart());
    assertEquals("B", parts[1].core());
    assertEquals(",".repeat(256), parts[1].trailing());
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

  @Test
  void aSentenceGluedToTheNextIsTwoWords() {
    String text = "on Thursday.Anthony Wallace said.The end";
    List<String> cores = Words.of(text, 0, text.length()).stream().map(Words.Word::core).toList();
    assertEquals(List.of("on", "Thursday", "Anthony", "Wallace", "said", "The", "end"), cores);
    assertEquals(".", Words.of(text, 0, text.length()).get(1).trailing());
  }

  @Test
  void addressesAbbreviationsAndNamesWithDotsStayOneWord() {
    for (String run : List.of("bbc.co.uk", "U.S.", "ASP.NET", "3.5", "Node.js", "e.g.", "a.Be", "St.Louis")) {
      assertEquals(1, Words.of(run, 0, run.length()).size(), run);
    }
  }

  // "Moscow-based", "Jae-in": a lower-case letter after the last hyphen
  private static boolean lowerAfterHyphen(String core) {
    int hyphen = core.lastIndexOf('-');
    return hyphen > 0 && hyphen + 1 < core.length() && Character.isLowerCase(core.charAt(hyphen + 1));
  }
}
