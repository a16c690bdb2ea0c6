package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.newsdoc.parser.LineRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Captions with no credit glued to a page's prose; the lines are made up. */
class GluedCaptionsTest {
  private static final String P1 = "The new ferry terminal at Brindle opened on Monday after four years of work, and the"
      + " first crossing left the north quay at dawn with two hundred passengers aboard.";
  private static final String P2 = "Harbour officials said the building would handle twice the traffic of the old shed,"
      + " which had stood on the quay since the town's fishing fleet was at its largest.";
  private static final String P3 = "Passengers queued along the sea wall for most of the morning, and the cafe on the"
      + " upper deck ran out of coffee before the second boat had even left the slip.";
  private static final String P4 = "The council will decide next month whether to keep the old shed as a market hall or"
      + " to pull it down and lay out a small park in its place along the water.";

  // A line: its text, and whether a blank line stands above it.
  private record L(String text, boolean afterBlank) {}

  private static String[] apply(L... ls) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < ls.length; i++) {
      lines.add(new Line(i + 1, ls[i].text(), ls[i].text(), ls[i].afterBlank()));
    }
    LineRole[] roles = new LineRole[ls.length];
    String[] rules = new String[ls.length];
    GluedCaptions.apply(lines, new LineMeasures(lines), roles, rules, 0, ls.length - 1);
    return rules;
  }

  @Test
  void aShortLineGluedToTheProseOfAPageThatSetsItsHeadingsApartIsACaption() {
    String[] rules = apply(new L("Opening day", true), new L(P1, true), new L("The terminal from the north quay", false),
        new L(P2, false), new L(P3, false), new L("What comes next", true), new L(P4, true), new L(P3, false),
        new L(P2, false));
    assertEquals(GluedCaptions.RULE, rules[2]);
    assertNull(rules[0]);
    assertNull(rules[5]);
  }

  @Test
  void aCaptionUnderAHeadingsBlankLineOrOpeningWithAFigureIsOneToo() {
    String[] rules = apply(new L("Opening day", true), new L(P1, true), new L(P2, false), new L(P3, false),
        new L("What comes next", true), new L("200 passengers on the first crossing", true), new L(P4, false),
        new L(P2, false));
    assertEquals(GluedCaptions.RULE, rules[5]);
  }

  @Test
  void aPageThatPrintsEveryLineGluedKeepsItsHeadings() {
    String[] rules = apply(new L(P1, false), new L("The terminal from the north quay", false), new L(P2, false),
        new L(P3, false), new L("What comes next", false), new L(P4, false), new L(P3, false));
    for (String rule : rules) {
      assertNull(rule);
    }
  }

  @Test
  void aWrappedSentenceAndAListsEntriesAreNoCaptions() {
    String[] rules = apply(new L("Opening day", true), new L(P1, true), new L("If you like the old quay and its sheds,", false),
        new L("then " + P2, false), new L(P3, false), new L("What comes next", true), new L(P4, true),
        new L("Ferry times for the winter", false), new L("Bus links to the station", false), new L(P3, false),
        new L(P2, false));
    for (String rule : rules) {
      assertNull(rule);
    }
  }
}
