package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts kept a key ({@link KeyFacts}) come from one table built from all the gazetteer's and the word
 * lists' keys (with the form lists' answers, {@link FormFacts}); for every key any of them holds, and for keys none holds, they answer as asking each in turn.
 */
class KeyFactsTest {
  @Test
  void everyKnownKeyAnswersAsItsTablesDo() {
    List<String> keys = new ArrayList<>();
    Gazetteer.INSTANCE.keys((key, bits, longest) -> keys.add(key));
    keys.addAll(Names.ORG_HEADS.entries());
    keys.addAll(PersonIndex.placeLastWords());
    keys.addAll(EntityWords.GROUPS);
    keys.addAll(EntityWords.EVENT_NOUNS);
    keys.addAll(List.of("zzyzx", "the", "said", "week", "monday"));
    for (String key : keys) {
      Words.Word w = Words.of(key, 0, key.length()).get(0);
      if (!NameShapes.keyOf(w).equals(key)) {
        continue; // a key with a space or a possessive is never one word's
      }
      assertEquals(Gazetteer.INSTANCE.placeByKey(key) != null, KeyFacts.place(w), key);
      assertEquals(Gazetteer.INSTANCE.demonymByKey(key) != null, KeyFacts.demonym(w), key);
      assertEquals(Names.isOrgHead(key), KeyFacts.organisationHead(w), key);
      assertEquals(PersonIndex.isPlaceLast(key), KeyFacts.placeLast(w), key);
      assertEquals(EntityWords.GROUPS.contains(key), KeyFacts.group(w), key);
      assertEquals(EntityWords.EVENT_NOUNS.contains(key), KeyFacts.eventNoun(w), key);
      int facts = KeyFacts.of(w);
      assertEquals(Gazetteer.INSTANCE.organisationByKey(key) != null, (facts & KeyFacts.ORGANISATION) != 0, key);
      assertEquals(Gazetteer.INSTANCE.longestStartingWith(key), KeyFacts.longest(facts, w), key);
    }
  }

  @Test
  void aWordNoTableHoldsIsNothingAndStartsNoLongerName() {
    Words.Word w = Words.of("Zzyzx", 0, 5).get(0);
    int facts = KeyFacts.of(w);
    assertEquals(0, facts & (KeyFacts.PLACE | KeyFacts.ORGANISATION | KeyFacts.DEMONYM | KeyFacts.ORGANISATION_HEAD
        | KeyFacts.PLACE_LAST));
    assertEquals(1, KeyFacts.longest(facts, w));
  }

  @Test
  void aKeyInSeveralTablesKeepsEveryFact() {
    // "paris" is a place; "new" starts longer names ("New York City")
    Words.Word paris = Words.of("Paris", 0, 5).get(0);
    assertEquals(true, KeyFacts.place(paris));
    Words.Word nw = Words.of("New", 0, 3).get(0);
    assertEquals(Gazetteer.INSTANCE.longestStartingWith("new"), KeyFacts.longest(KeyFacts.of(nw), nw));
    assertEquals(true, KeyFacts.longest(KeyFacts.of(nw), nw) >= 2);
  }
}
