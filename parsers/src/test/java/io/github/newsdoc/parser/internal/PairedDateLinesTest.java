package io.github.newsdoc.parser.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two date lines read as one: the update's time alone under the publication's date. */
class PairedDateLinesTest {
  private static String sameDay(String above, String line) {
    return PublishedDates.parse(above).flatMap(first -> PairedDateLines.sameDay(above, first, line, () -> 0))
        .map(r -> r.published().map(Object::toString).orElse("-") + " "
            + r.updated().map(Object::toString).orElse("-")).orElse("none");
  }

  // The time alone of an update, under the line that dates the publication, is the update on that day; the line
  // gives the update only, the line above keeps the publication.
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "5. december 2026 kl. 06.00;Opdateret kl. 11.47;- 2026-12-05T11:47",
    "Published 5 December 2026, 06:00;Updated 11:47;- 2026-12-05T11:47",
    "Publicado el 6 de diciembre de 2026;Actualizado 11:40 a. m.;- 2026-12-06T11:40"})
  void anUpdatesTimeAloneIsOnThePublicationsDay(String above, String line, String expected) {
    assertEquals(expected, sameDay(above, line));
  }

  // Not when the line is no update's time alone (a time with no label, a whole date), nor when the line above
  // gives no publication date or gives an update already.
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Published 5 December 2026 06:00;11:47",
    "Published 5 December 2026;Updated 6 December 2026 11:47",
    "Harbour news;Updated 11:47",
    "Updated 5 December 2026 06:00;Updated 11:47",
    "Published 5 December 2026 06:00;Updated 11:47 after the council answered our questions about the plan",
    "Published 5 December 2026 14:00;Updated 11:47"})
  void otherwiseNoUpdate(String above, String line) {
    assertEquals("none", sameDay(above, line));
  }

  // In a page: the two lines give the publication and the update, and the update line is a date line.
  @Test
  void inAPage() {
    String text = "Council approves new harbour plan after long debate\n\n5. december 2026 kl. 06.00\nOpdateret kl. 11.47\n\n"
        + "The council approved the plan on Friday after a debate that lasted most of the evening and ended with a"
        + " narrow vote.\n";
    var a = io.github.newsdoc.parser.Newsdoc.parse(text);
    assertEquals("2026-12-05T06:00", a.published().orElseThrow().toString());
    assertEquals(Optional.of("2026-12-05T11:47"), a.updated().map(Object::toString));
  }

  // The writer's own text is read as written: a paragraph with a time under the date it writes stays a paragraph.
  @Test
  void notInTheWritersText() {
    var a = io.github.newsdoc.parser.Newsdoc.parse("Council approves new harbour plan\n\nEdited 11:47 pm\n\n"
        + "The council approved the plan on Friday after a long debate.\n\nPublished December 6, 2026\n");
    var back = io.github.newsdoc.parser.Newsdoc.parse(io.github.newsdoc.parser.Newsdoc.write(a));
    assertEquals(a, back);
  }
}
