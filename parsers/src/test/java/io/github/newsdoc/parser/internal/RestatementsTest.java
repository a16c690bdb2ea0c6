package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.parser.LineRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Summary boxes that restate the article right below them; the lines are made up. */
class RestatementsTest {
  private static final String POINT_ONE = "Harlow Ferries has signed a deal to buy twelve electric boats from a yard in"
      + " Brindle, its chief executive announced on Tuesday at the harbour fair.";
  private static final String POINT_TWO = "The order comes on top of four tugs bought earlier this month and cuts back a"
      + " plan to refit the old diesel fleet.";
  private static final String LEAD = "BRINDLE — Harlow Ferries signed a deal to buy twelve electric boats from a yard in"
      + " Brindle, its chief executive announced on Tuesday at the harbour fair, ending months of talks.";
  private static final String SECOND = "The deal cuts back a plan to refit the old diesel fleet, which the company had"
      + " defended for years against its critics.";
  private static final String THIRD = "It comes on top of four tugs bought earlier this month: two for the north quay"
      + " and two for the ferry slips.";

  private static List<Line> lines(String... texts) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      lines.add(new Line(i + 1, texts[i], texts[i], true));
    }
    return lines;
  }

  private static List<String> apply(String... texts) {
    LineRole[] roles = new LineRole[texts.length];
    String[] rules = new String[texts.length];
    Restatements.apply(lines(texts), roles, rules, 0, texts.length - 1);
    return Arrays.asList(rules);
  }

  @Test
  void aBoxOfPointsRightAboveTheLeadThatRestatesThemIsThePages() {
    assertEquals(Arrays.asList(Restatements.RULE, Restatements.RULE, null, null, null),
        apply(POINT_ONE, POINT_TWO, LEAD, SECOND, THIRD));
  }

  @Test
  void aClaimedLineMayStandBetweenTheBoxAndTheLead() {
    String caption = "The new boats at the yard in Brindle.";
    LineRole[] roles = {null, null, LineRole.CAPTION, null, null, null};
    String[] rules = new String[6];
    Restatements.apply(lines(POINT_ONE, POINT_TWO, caption, LEAD, SECOND, THIRD), roles, rules, 0, 5);
    assertEquals(Arrays.asList(Restatements.RULE, Restatements.RULE, null, null, null, null), Arrays.asList(rules));
  }

  @Test
  void aParagraphRestatedFurtherDownIsTheArticles() {
    String story = "Dock workers in Brindle said the new boats were quieter than anything they had heard before.";
    // the lead, the story going on, and a video's caption far below restating the lead
    String caption = LEAD + " The video was edited for length.";
    assertEquals(Arrays.asList(null, null, null, null), apply(LEAD, story, SECOND, caption));
  }

  @Test
  void runsThePagePrintsInSeveralLinesAreFormulas() {
    String a = "The Quiet Harbour is now streaming on Riverflix and can be rented online from Tidal Video and Portside.";
    String b = "Salt and Rope is now streaming on Riverflix and can be rented online from Tidal Video and Portside.";
    String c = "North Light is now streaming on Riverflix and can be rented online from Tidal Video and Portside.";
    assertEquals(Arrays.asList(null, null, null), apply(a, b, c));
  }

  @Test
  void shortLinesQuestionsAndListEntriesStay() {
    String question = "Did Harlow Ferries sign a deal to buy twelve electric boats from a yard in Brindle on Tuesday?";
    String entry = "- Harlow Ferries has signed a deal to buy twelve electric boats from a yard in Brindle on Tuesday.";
    String shortLine = "Harlow Ferries signed a deal to buy twelve electric boats.";
    String lead = "Harlow Ferries signed a deal to buy twelve electric boats from a yard in Brindle on Tuesday, its chief"
        + " executive said.";
    assertEquals(Arrays.asList(null, null, null, null), apply(question, entry, shortLine, lead));
  }
}
