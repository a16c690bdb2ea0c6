package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The titles before a name, read from the words of the text already split. */
class EntityClustersTest {
  private static final String[] PIECES = {"Defense", "Minister", "Major", "General", "Viktor", "Khrenin", "the",
      "said", "Belarusian", "President", "Mr.", "U.S.", "Secretary", "of", "State", "(", "\u201c", ",", ".", " ",
      "  ", "deputy", "Prime", "Foreign"};
  private static final Gen<String> TEXTS = lists().of(integers().between(0, PIECES.length - 1))
      .ofSizeBetween(0, 40).map(ks -> {
        StringBuilder b = new StringBuilder();
        for (int k : ks) {
          b.append(PIECES[k]);
          if (k % 3 != 0) {
            b.append(' ');
          }
        }
        return b.toString();
      });

  @Test
  void titlesBeforeANameAreThoseOfTheWindowSplitAlone() {
    qt().withExamples(5_000).forAll(TEXTS, integers().between(0, 400)).checkAssert((text, at) -> {
      int start = Math.min(at, text.length());
      assertEquals(splittingTheWindow(text, start), EntityClusters.titlesBefore(new Tokens(List.of(text)), 0, start),
          () -> text + " @" + start);
    });
  }

  @Test
  void titleGroupsEndWithAHeadWord() {
    String text = "Belarusian Defense Minister Major General Viktor Khrenin said";
    assertEquals(List.of("Defense Minister", "Major General"),
        EntityClusters.titlesBefore(new Tokens(List.of(text)), 0, text.indexOf("Viktor")));
  }

  // The reading before the words were shared: the window before the name split on its own.
  private static List<String> splittingTheWindow(String text, int start) {
    int b = start;
    while (b > 0 && Text.isSpace(text.charAt(b - 1))) {
      b--;
    }
    int a = b;
    while (a > 0 && !Text.isSpace(text.charAt(a - 1))) {
      a--;
    }
    while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
      a++;
    }
    if (a == b || !Character.isUpperCase(text.charAt(a))) {
      return List.of();
    }
    List<Words.Word> words = Words.of(text, Math.max(0, start - 120), start);
    int i = words.size();
    while (i > 0 && !words.get(i - 1).stops() && words.get(i - 1).capitalised()
        && Names.isTitleWord(words.get(i - 1).lower()) && words.size() - i < 6) {
      i--;
    }
    List<String> titles = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int k = i; k < words.size(); k++) {
      Words.Word w = words.get(k);
      if (Gazetteer.INSTANCE.demonym(w.core()) != null || Names.DEMONYMS.contains(w.lower())) {
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(w.core());
      if (EntityClusters.TITLE_HEADS.contains(w.lower())) {
        titles.add(current.toString());
        current.setLength(0);
      }
    }
    return titles;
  }
}
