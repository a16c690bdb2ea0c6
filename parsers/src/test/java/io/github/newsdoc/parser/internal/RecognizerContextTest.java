package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecognizerContextTest {
  private static RecognizerContext of(String... texts) {
    return RecognizerContext.of(java.util.Arrays.stream(texts).map(t -> Words.of(t, 0, t.length())).toList());
  }

  @Test
  void knowsTheCapitalisedWordsTheArticleAlsoWritesInLowerCase() {
    RecognizerContext c = of("Shares fell in Zorbly.", "Its shares rose; oscars are given.");
    assertTrue(c.lowerWords.contains("shares"));
    assertFalse(c.lowerWords.contains("zorbly"));
    assertFalse(c.lowerWords.contains("rose")); // never capitalised: never asked
  }

  @Test
  void knowsTheNamesThatSpeakOrAreTitled() {
    RecognizerContext c = of("Officials say Varden said no.", "Mr Tane and Governor Orvel Quist left.");
    assertEquals(java.util.Set.of("Varden", "Tane", "Orvel", "Quist"), c.titledNames);
  }

  @Test
  void countsCapitalisedWordsInsideSentencesAndListsTheCapitals() {
    RecognizerContext c = of("Zorblex rose. Then Zorblex and Zorblex fell.");
    assertEquals(2, c.inside.count("Zorblex"));
    assertEquals(0, c.inside.count("Then"));
    assertArrayEquals(new int[] {0, 2, 3, 5}, c.capitals(0));
  }

  @Test
  void readsAPluralOnlyWhereTheArticleSaysSo() {
    RecognizerContext c = of("The Zorblas won. Then Zorbla and Yukos met.");
    assertTrue(c.readAsPlural("vardens"));
    assertTrue(c.readAsPlural("zorblas"));
    assertFalse(c.readAsPlural("yukos"));
  }
}
