package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The compact store of a text's words answers as the word objects it replaced did (issue 19): every
 * accessor of every word, read from a store that grew past its first guess and holds words whose core or
 * punctuation is too long for its bits, equals what a word holding its own fields gives.
 */
class WordStoreTest {
  // words, spaces, the punctuation around words, and runs of punctuation longer than a byte can count
  private static final String[] PIECES = {"a", "B", "Mr", "U.S.", " ", "  ", "\u00a0", ",", ".", "(", ")", "\"",
      "\u201c", "'", "\u2019s", "\u00c9t\u00e9", "(".repeat(300), ",".repeat(15), ".".repeat(14), "\u201d".repeat(400), "x".repeat(65_534)};
  private static final Gen<String> TEXTS = strings().betweenCodePoints(0, PIECES.length - 1).ofLengthBetween(0, 60)
      .map(s -> s.chars().mapToObj(c -> PIECES[c]).reduce("", String::concat));

  /** A word as the store's predecessor kept it: its own fields, worked out without the store. */
  private record Expected(int runStart, int start, int end, int runEnd, boolean opened, boolean quoted) {}

  @Test
  void theStoreAnswersAsWordObjectsDid() {
    qt().withExamples(3_000).forAll(TEXTS).checkAssert(text -> {
      List<Expected> expected = expected(text);
      List<Words.Word> words = Words.of(text, 0, text.length());
      assertEquals(expected.size(), words.size(), text);
      for (int i = 0; i < words.size(); i++) {
        Expected e = expected.get(i);
        Words.Word w = words.get(i);
        String where = text + " word " + i;
        assertEquals(e.start(), w.start(), where);
        assertEquals(e.end(), w.end(), where);
        assertEquals(e.runStart(), w.runStart(), where);
        assertEquals(e.runEnd(), w.runEnd(), where);
        assertEquals(text.substring(e.start(), e.end()), w.core(), where);
        assertEquals(text.substring(e.end(), e.runEnd()), w.trailing(), where);
        assertEquals(e.runEnd() - e.end(), w.trailingLength(), where);
        assertEquals(e.opened(), w.parenthesised(), where);
        assertEquals(e.quoted(), w.quoted(), where);
        assertEquals(w.core().toLowerCase(Locale.ROOT), w.lower(), where);
        assertEquals(!w.core().isEmpty() && Character.isLowerCase(w.core().charAt(0)), w.lowerCase(), where);
        assertEquals(text.substring(e.start(), e.runEnd()), w.toString(), where);
        // a word read alone is the same word
        Words.Word alone = Words.word(text, e.runStart(), e.runEnd());
        assertEquals(List.of(w.start(), w.end(), w.runStart(), w.runEnd(), w.parenthesised(), w.quoted()),
            List.of(alone.start(), alone.end(), alone.runStart(), alone.runEnd(), alone.parenthesised(), alone.quoted()),
            where);
      }
    });
  }

  @Test
  void viewsOfOneWordAreEqualAndShareWhatTheyWorkOut() {
    List<Words.Word> words = Words.of("Ana Ruiz said", 0, 13);
    Words.Word a = words.get(1);
    Words.Word b = words.get(1);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, words.get(0));
    assertEquals(1, words.indexOf(b));
    assertNotEquals(a, Words.of("Ana Ruiz said", 0, 13).get(1)); // another store's word
    assertEquals(0, a.nameWord());
    a.nameWord(true);
    assertEquals(2, b.nameWord());
    words.get(2).nameWord(false);
    assertEquals(1, words.get(2).nameWord());
    assertEquals(2, a.nameWord());
    assertThrows(IndexOutOfBoundsException.class, () -> words.get(3));
    assertThrows(UnsupportedOperationException.class, () -> words.set(0, a));
  }

  @Test
  void sharedAndUnsharedFormsKeepTheirFlags() {
    String text = "(Shklov, \"Ana\"";
    List<Words.Word> words = Words.of(text, 0, text.length());
    Words.shareLowerCase(words, new LowerForms());
    assertEquals("shklov", words.get(0).lower());
    assertEquals(true, words.get(0).parenthesised());
    assertEquals(true, words.get(1).quoted());
    assertEquals(",", words.get(0).trailing());
  }

  // A form found from a stretch of text, without making a string, is the form of the stretch lower-cased by
  // the string's own rules: the same number, the same string, for any characters (the dotted capital I
  // lower-cases to two characters).
  @Test
  void aStretchIsNumberedAsItsLowerCaseString() {
    qt().withExamples(2_000)
        .forAll(strings().betweenCodePoints(0x20, 0x17F).ofLengthBetween(0, 12),
            strings().betweenCodePoints('A', 'z').ofLengthBetween(0, 6))
        .checkAssert((a, b) -> {
          LowerForms byString = new LowerForms();
          LowerForms byStretch = new LowerForms();
          String text = a + " " + b + " " + a.toUpperCase(Locale.ROOT) + "\u0130" + b;
          int[][] stretches = {{0, a.length()}, {a.length() + 1, a.length() + 1 + b.length()},
              {a.length() + b.length() + 2, text.length()}, {0, text.length()}, {0, a.length()}};
          for (int[] s : stretches) {
            String form = text.substring(s[0], s[1]).toLowerCase(Locale.ROOT);
            int id = byStretch.idOfLowerCase(text, s[0], s[1]);
            assertEquals(byString.idOf(form), id, form);
            assertEquals(form, byStretch.form(id));
          }
          assertEquals(byString.size(), byStretch.size());
        });
  }

  @Test
  void aFormIsNumberedOnceAndTheTableStopsAtItsLimit() {
    LowerForms forms = new LowerForms();
    assertEquals(1, forms.idOf("the"));
    assertEquals(2, forms.idOf("a"));
    assertEquals(1, forms.idOf("the"));
    assertEquals("a", forms.form(2));
    for (int i = forms.size(); i < LowerForms.MAX; i++) {
      forms.idOf("f" + i);
    }
    assertEquals(LowerForms.MAX, forms.size());
    assertEquals(0, forms.idOf("new"));
    assertEquals(LowerForms.MAX, forms.idOf("f" + (LowerForms.MAX - 1)));
    // a word read alone keeps its form in a table of its own
    Words.Word alone = Words.word("(Ana,", 0, 5);
    assertSame(alone.lower(), alone.lower());
    assertEquals("ana", alone.lower());
  }

  // The words of text as the word objects before the store read them, worked out here from the definition.
  // Whether the run from runStart has, at i, the dot of a sentence glued to the next: two lower-case letters of
  // the run before it, a capital after it.
  private static boolean glued(String text, int runStart, int i) {
    return text.charAt(i) == '.' && i - 2 >= runStart && i + 1 < text.length()
        && Character.isLowerCase(text.charAt(i - 2)) && Character.isLowerCase(text.charAt(i - 1))
        && Character.isUpperCase(text.charAt(i + 1));
  }

  private static List<Expected> expected(String text) {
    List<Expected> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Text.isSpace(text.charAt(i))) {
        i++;
      }
      int runStart = i;
      while (i < text.length() && !Text.isSpace(text.charAt(i)) && !glued(text, runStart, i)) {
        i++;
      }
      if (i < text.length() && !Text.isSpace(text.charAt(i))) {
        i++; // the dot of a sentence glued to the next ("Thursday.Anthony") ends this word
      }
      if (i == runStart) {
        continue;
      }
      int a = runStart;
      int b = i;
      while (a < b && ",.;:!?()[]{}\"“”‘’'—–…".indexOf(text.charAt(a)) >= 0) {
        a++;
      }
      while (b > a && ",.;:!?()[]{}\"“”‘’'—–…".indexOf(text.charAt(b - 1)) >= 0 && !Words.isAbbreviationDot(text, a, b)) {
        b--;
      }
      String lead = text.substring(runStart, a);
      out.add(new Expected(runStart, a, b, i, lead.indexOf('(') >= 0,
          lead.chars().anyMatch(c -> c == '"' || c == '\u201c' || c == '\u2018' || c == '\'')));
    }
    return out;
  }
}
