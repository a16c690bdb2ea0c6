package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer asked about words: the facts kept once a form ({@link KeyFacts}) give what asking the
 * gazetteer with each word's key gives, for words that share forms through an article's table and for words
 * read alone.
 */
class KnownNamesTest {
  private static final List<String> WORDS = List.of("New", "York", "Times", "Ohio", "Democratic", "Party",
      "NATO", "Calif.", "Paris", "Paris's", "United", "Nations", "Bank", "of", "England", "the", "Anna", "said",
      "U.S.", "European", "Union", "Commission", "Toyota", "Minsk", "Kyiv's", "Belarusian", "Ministry", "County",
      "Street", "Institute's", "French", "Week");

  @Test
  void theFactsKeptAFormAnswerAsTheGazetteerDoes() {
    qt().withExamples(3_000).forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 8))
        .checkAssert(picks -> {
          String text = String.join(" ", picks.stream().map(WORDS::get).toList());
          List<Words.Word> shared = new Tokens(List.of(text)).of(0);
          List<Words.Word> alone = Words.of(text, 0, text.length());
          for (List<Words.Word> words : List.of(shared, alone)) {
            for (int p = 0; p < words.size(); p++) {
              for (int to = p; to <= words.size(); to++) {
                assertEquals(byKeys(words, p, to), KnownNames.longest(words, p, to), text + " " + p + " " + to);
                assertEquals(wholeByKeys(words, p, to), KnownNames.whole(words, p, to), text);
              }
              Words.Word w = words.get(p);
              assertEquals(Gazetteer.INSTANCE.longestStartingWith(keyOf(w)), KeyFacts.longest(KeyFacts.of(w), w), text);
              assertEquals(Gazetteer.INSTANCE.placeByKey(keyOf(w)) != null, KeyFacts.place(w), text);
              assertEquals(Gazetteer.INSTANCE.demonymByKey(keyOf(w)) != null, KeyFacts.demonym(w), text);
              assertEquals(Names.isOrgHead(keyOf(w)), KeyFacts.organisationHead(w), text);
              assertEquals(PersonIndex.isPlaceLast(keyOf(w)), KeyFacts.placeLast(w), text);
            }
          }
        });
  }

  @Test
  void aDemonymAHeadWordAndAPlacesLastWordAreKeptAsFacts() {
    List<Words.Word> words = new Tokens(List.of("Belarusian Ministry County Paris's anna")).of(0);
    assertEquals(List.of(true, false, false, false, false), words.stream().map(KeyFacts::demonym).toList());
    assertEquals(List.of(false, true, false, false, false), words.stream().map(KeyFacts::organisationHead).toList());
    assertEquals(List.of(false, false, true, false, false), words.stream().map(KeyFacts::placeLast).toList());
    assertEquals(List.of(false, false, false, true, false), words.stream().map(KeyFacts::place).toList());
  }

  @Test
  void aPlaceAnOrganisationAndADottedPlaceAreFound() {
    List<Words.Word> words = new Tokens(List.of("Paris NATO Calif. Anna")).of(0);
    assertEquals(KnownNames.PLACE, KnownNames.kind(KnownNames.longest(words, 0, 4)));
    assertEquals(KnownNames.ORGANISATION, KnownNames.kind(KnownNames.longest(words, 1, 4)));
    assertEquals(KnownNames.DOTTED, KnownNames.kind(KnownNames.longest(words, 2, 4)));
    assertEquals(0, KnownNames.longest(words, 3, 4));
  }

  // The reading by keys alone, as it was before the facts were kept.
  private static long byKeys(List<Words.Word> words, int p, int to) {
    Gazetteer g = Gazetteer.INSTANCE;
    if (p >= to) {
      return 0;
    }
    int longest = Math.min(to - p, g.longestStartingWith(keyOf(words.get(p))));
    for (int n = longest; n >= 1; n--) {
      String key = KnownNames.key(words, p, p + n);
      if (g.organisationByKey(key) != null) {
        return (long) n << 2 | KnownNames.ORGANISATION;
      }
      if (g.placeByKey(key) != null) {
        return (long) n << 2 | KnownNames.PLACE;
      }
      if (n == 1 && words.get(p).trailing().startsWith(".") && g.placeByKey(key + ".") != null) {
        return 1L << 2 | KnownNames.DOTTED;
      }
    }
    return 0;
  }

  private static int wholeByKeys(List<Words.Word> words, int p, int to) {
    if (p >= to) {
      return 0;
    }
    String key = KnownNames.key(words, p, to);
    return Gazetteer.INSTANCE.placeByKey(key) != null || Gazetteer.INSTANCE.organisationByKey(key) != null
        ? to - p : 0;
  }
}
