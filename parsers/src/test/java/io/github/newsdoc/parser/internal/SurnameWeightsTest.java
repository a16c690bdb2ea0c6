package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.internal.FoundNames.Found;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A one-word name that is a place and a person's surname, weighed across the article (invented people). */
class SurnameWeightsTest {
  private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION};

  // One mention of the form per weight, of the type given by the index
  private static List<Found> mentions(String form, List<Integer> types, List<Integer> weights) {
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      found.add(new Found(0, i * 20, i * 20 + form.length(), TYPES[types.get(i)], form, "gazetteer", 0,
          weights.get(i)));
    }
    return found;
  }

  // The type of the entity named form in an invented article of the paragraphs, or null
  private static EntityType typeOf(String form, String... paragraphs) {
    Article a = ArticleParser.standard().parse("Harbour plans move ahead\n\n" + String.join("\n\n", paragraphs) + "\n");
    for (Entity e : a.entities()) {
      if (e.name().equals(form) || e.aliases().contains(form)) {
        return e.type();
      }
    }
    return null;
  }

  @Test
  void aSurnameIsThePersonsUnlessThePlacesEvidenceOutweighsIt() {
    assertEquals(EntityType.PERSON, typeOf("Hamilton", "Senator Orla Hamilton opened the session.",
        "Later Hamilton said she would wait."));
    assertEquals(EntityType.LOCATION, typeOf("Hamilton", "Senator Orla Hamilton opened the session.",
        "The fans in Hamilton cheered all night."));
  }

  @Test
  void aOneWordNameLeftUnweighedWeighsAsTheWordsWhereItWasFound() {
    List<String> texts = List.of("Hamilton Votes Again", "Senator Orla Hamilton opened the session in Hamilton.",
        "Later Hamilton said she would wait, and Toronto, 45, agreed.",
        "The fans in Ottawa cheered; Hamilton told them.");
    Tokens tokens = new Tokens(texts);
    int unweighed = 0;
    for (Found f : FoundNames.of(texts, RuleBasedRecognizer.INSTANCE, tokens)) {
      if (f.person() != PersonEvidence.UNWEIGHED) {
        continue;
      }
      unweighed++;
      List<Words.Word> words = tokens.of(f.block() + 1);
      int p = 0;
      while (words.get(p).start() != f.start()) {
        p++;
      }
      assertEquals(PersonEvidence.of(words, p, p + 1), PersonEvidence.of(tokens, f), f.toString());
    }
    assertTrue(unweighed > 2, "unweighed names: " + unweighed);
  }

  @Test
  void theWeightsAddUpOverAllMentionsOfTheWord() {
    Set<String> surnames = Set.of("Hamilton");
    List<Found> placeWins = mentions("Hamilton", List.of(1, 1, 0), List.of(PersonEvidence.AGAINST,
        PersonEvidence.AGAINST, PersonEvidence.WEAK));
    assertEquals(Set.of("Hamilton"), SurnameWeights.otherThanPerson(placeWins, surnames));
    List<Found> personWins = mentions("Hamilton", List.of(1, 0), List.of(PersonEvidence.AGAINST,
        PersonEvidence.STRONG));
    assertEquals(Set.of(), SurnameWeights.otherThanPerson(personWins, surnames));
    // no evidence either way: the person's, as the article names one
    assertEquals(Set.of(), SurnameWeights.otherThanPerson(mentions("Hamilton", List.of(1), List.of(0)), surnames));
    // a name no gazetteer calls a place is not weighed here
    assertEquals(Set.of(), SurnameWeights.otherThanPerson(mentions("Torvane", List.of(1), List.of(-2)),
        Set.of("Torvane")));
  }

  @Test
  void aCountryStaysAPlaceUnlessThePersonsEvidenceOutweighsThePlaces() {
    Set<String> surnames = Set.of("Ireland");
    assertEquals(Set.of("Ireland"), SurnameWeights.otherThanPerson(mentions("Ireland", List.of(1), List.of(0)),
        surnames));
    assertEquals(Set.of(), SurnameWeights.otherThanPerson(mentions("Ireland", List.of(1, 0),
        List.of(0, PersonEvidence.WEAK)), surnames));
  }

  @Test
  void weighingDoesNotDependOnTheOrderOfTheMentionsAndKeepsCountriesWithoutEvidence() {
    qt().forAll(lists().of(integers().between(0, 2)).ofSizeBetween(1, 8),
        lists().of(integers().between(-2, 2)).ofSize(8), integers().all(), integers().between(0, 1))
        .checkAssert((types, weights, seed, country) -> {
          String form = country == 1 ? "Ireland" : "Hamilton";
          List<Integer> w = weights.subList(0, types.size());
          List<Found> found = mentions(form, types, w);
          Set<String> others = SurnameWeights.otherThanPerson(found, Set.of(form));
          List<Found> shuffled = new ArrayList<>(found);
          Collections.shuffle(shuffled, new Random(seed));
          assertEquals(others, SurnameWeights.otherThanPerson(shuffled, Set.of(form)));
          // a country with no mention that speaks for a person stays a place
          boolean placeFound = types.contains(1) || types.contains(2);
          if (country == 1 && placeFound && w.stream().allMatch(x -> x <= 0)) {
            assertTrue(others.contains(form), types + " " + w);
          }
        });
  }
}
