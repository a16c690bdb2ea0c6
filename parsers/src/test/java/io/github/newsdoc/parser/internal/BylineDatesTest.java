package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The date an author line prints beside its names, found without parsing stretches that hold no number. */
class BylineDatesTest {
  private static final List<String> WORDS = List.of("Jo", "Park", "Ana", "Ruiz", "March", "3,", "2026", "Mar",
      "12", "Updated", "Monday", "|", "10:45", "a.m.", "EST", "Tuesday,", "5", "May", "2019");

  @Test
  void aDateBeforeOrAfterTheNamesIsSplitOff() {
    assertEquals(new BylineDates.Split("Jo Park", Optional.of("March 3, 2026")),
        BylineDates.around("March 3, 2026 Jo Park", true));
    assertEquals(new BylineDates.Split("Jo Park", Optional.of("March 3, 2026")),
        BylineDates.around("Jo Park March 3, 2026", false));
    // a date first is read only on a line without "by"
    assertEquals(Optional.empty(), BylineDates.around("March 3, 2026 Jo Park", false).date());
    assertEquals(new BylineDates.Split("Jo Park and Ana Ruiz", Optional.empty()),
        BylineDates.around("Jo Park and Ana Ruiz", true));
  }

  // The shortcut (no digit, no date) gives what trying every split gives.
  @Test
  void theSplitIsTheOneTryingEverySplitFinds() {
    qt().withExamples(3_000)
        .forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 9),
            integers().between(0, 1))
        .checkAssert((picks, before) -> {
          String rest = String.join(" ", picks.stream().map(WORDS::get).toList());
          assertEquals(everySplit(rest, before == 1), BylineDates.around(rest, before == 1), rest);
        });
  }

  private static BylineDates.Split everySplit(String rest, boolean before) {
    String[] words = rest.split(" ");
    if (before) {
      for (int k = words.length - 1; k >= 1; k--) {
        String head = String.join(" ", List.of(words).subList(0, k));
        if (Character.isLetterOrDigit(head.charAt(head.length() - 1)) && parses(head)) {
          return new BylineDates.Split(String.join(" ", List.of(words).subList(k, words.length)).strip(),
              Optional.of(head));
        }
      }
    }
    for (int k = 1; k < words.length; k++) {
      String tail = String.join(" ", List.of(words).subList(k, words.length));
      if (Character.isLetterOrDigit(tail.charAt(0)) && parses(tail)) {
        return new BylineDates.Split(String.join(" ", List.of(words).subList(0, k)).strip(), Optional.of(tail));
      }
    }
    return new BylineDates.Split(rest, Optional.empty());
  }

  private static boolean parses(String s) {
    return PublishedDates.parse(Bylines.SEPARATOR.matcher(s).replaceAll(" ").replace(" • ", " ")).isPresent();
  }
}
