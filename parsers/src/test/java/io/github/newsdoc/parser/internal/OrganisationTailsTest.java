package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.Newsdoc;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganisationTailsTest {
  private static List<String> organisations(String... paragraphs) {
    Article a = Newsdoc.parse("Council meets on the budget\n\n" + String.join("\n\n", paragraphs) + "\n");
    return a.entities().stream().filter(e -> e.type().equals(EntityType.ORGANIZATION))
        .map(e -> e.name() + e.aliases()).collect(Collectors.toList());
  }

  @Test
  void theTailOfALongerNameJoinsIt() {
    assertEquals(List.of("Urban-Varden Levy Research Center[Levy Research Center]"),
        organisations("Ana Ruiz, director of the Urban-Varden Levy Research Center, spoke on Monday.",
            "The Levy Research Center says the plan would cost more."));
  }

  @Test
  void aBroadcastersNumberedNameJoinsItsLongerName() {
    assertEquals(List.of("Varden Radio 3[Radio 3]"),
        organisations("She told Varden Radio 3 on Monday that she would stay.", "Later Radio 3 played her song."));
  }

  @Test
  void aTailOfTwoLongerNamesJoinsNeither() {
    assertEquals(List.of("Harbour Trade Council[]", "Marsh Trade Council[]", "Trade Council[]"),
        organisations("The Harbour Trade Council and the Marsh Trade Council met on Monday.",
            "A spokesman for the Trade Council declined to comment."));
  }

  @Test
  void aPlaceBeforeTheTailMayNameAnotherBody() {
    List<String> orgs = organisations("The Ohio Supreme Court ruled on Monday.",
        "The case may now go to the Supreme Court in Washington.");
    assertEquals(2, orgs.size(), orgs.toString());
  }

  @Test
  void aTailAfterAWordInLowerCaseOrAPlaceJoinsNothing() {
    List<String> orgs = organisations("The Legal Service of the Varden Assembly wrote on Monday.",
        "The Varden Assembly will vote on Friday.");
    assertFalse(orgs.stream().anyMatch(o -> o.contains("[Varden Assembly]")), orgs.toString());
    List<String> places = organisations("The Ohio Harbour Commission met.", "The Harbour Commission disagreed.");
    assertEquals(2, places.size(), places.toString());
  }

  @Test
  void oneWordIsNoTail() {
    List<String> orgs = organisations("The Harbour Trade Council met on Monday.",
        "A vote of the Council was delayed, and the Council met again.");
    assertFalse(orgs.contains("Harbour Trade Council[Council]"), orgs.toString());
  }
}
