package io.github.newsdoc.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Quote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A name written family name first, and its family name used alone for the person ("Kwon" of "Kwon Dae-hyuk"). */
class FamilyNamesTest {
  private static Article parse(String... paragraphs) {
    return Newsdoc.parse("Talks resume in the capital\n\n" + String.join("\n\n", paragraphs) + "\n");
  }

  private static Optional<Entity> find(Article a, String name) {
    return a.entities().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static List<String> speakers(Article a) {
    return a.quotes().stream().map(Quote::attribution).map(o -> o.map(x -> x.speaker()).orElse("-")).toList();
  }

  @Test
  void aFamilyNameBeforeAHyphenatedGivenNameNamesThePersonAlone() {
    Article a = parse("Opposition leader Kwon Dae-hyuk said on Monday that he would stay.",
        "\u201cWe will not leave,\u201d Kwon said.");
    Entity e = find(a, "Kwon Dae-hyuk").orElseThrow(() -> new AssertionError(a.entities().toString()));
    assertEquals(EntityType.PERSON, e.type());
    assertEquals(List.of("Kwon"), e.aliases());
    assertEquals(2, e.mentions().size());
    assertEquals(List.of("Kwon Dae-hyuk"), speakers(a));
  }

  @Test
  void aFamilyNameUsedAloneInAPersonsPlaceNamesThePerson() {
    Article a = parse("Premier Tzao Minglun met envoys from the north on Monday.",
        "\u201cOur ties are strong,\u201d Tzao said. \u201cThey will grow,\u201d he added.");
    Entity e = find(a, "Tzao Minglun").orElseThrow(() -> new AssertionError(a.entities().toString()));
    assertEquals(List.of("Tzao"), e.aliases());
    assertEquals(List.of("Tzao Minglun", "Tzao Minglun"), speakers(a));
  }

  @Test
  void aCommonFirstNameWithAnHonorificIsNoFamilyNameOfTheNameItOpens() {
    // "Mr Mark" is a family name; it is not Mark Zorblen's, whose first name is the common first name "Mark".
    // (A lone "Mark" joins "Mark Zorblen" by its first name, even beside "Zorblen met Mark": a known limit.)
    Article a = parse("Investor Mark Zorblen spoke on Monday.", "Later Zorblen met Mr Mark, a waiter, and Mr Mark said no.",
        "\u201cIt was late,\u201d Mr Mark said.");
    assertEquals(List.of("Mr Mark"), speakers(a));
  }

  @Test
  void aFamilyNameTwoPeopleShareNamesTheOneIntroducedLast() {
    Article a = parse("Kwon Dae-hyuk spoke first on Monday.", "\u201cWe will see,\u201d Kwon said.",
        "Then Kwon Seo-yun spoke.", "\u201cWe will not wait,\u201d Kwon said.");
    assertEquals(List.of("Kwon Dae-hyuk", "Kwon Seo-yun"), speakers(a));
    Entity first = find(a, "Kwon Dae-hyuk").orElseThrow(() -> new AssertionError(a.entities().toString()));
    Entity second = find(a, "Kwon Seo-yun").orElseThrow(() -> new AssertionError(a.entities().toString()));
    assertEquals(2, first.mentions().size());
    assertEquals(2, second.mentions().size());
  }

  @Test
  void aFamilyNameThatIsAnotherPersonsSurnameIsHis() {
    Article a = parse("Kwon Dae-hyuk met the envoy Peter Kwon on Monday.", "\u201cWe will see,\u201d Kwon said.");
    assertEquals(List.of("Peter Kwon"), speakers(a));
  }
}
