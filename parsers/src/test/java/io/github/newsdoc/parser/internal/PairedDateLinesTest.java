package io.github.newsdoc.parser.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two date lines read as one: the update's time alone under the publication's date. */
class PairedDateLinesTest {
  private static String sameDay(String above, String line) {
    return PublishedDates.parse(above)
        .flatMap(first -> PairedDateLines.sameDay(above, first, line, PageDates.ofYear(0)))
        .map(r -> r.published().map(Object::toString).orElse("-") + " "
            + r.updated().map(Object::toString).orElse("-")).orElse("none");
  }

  private static final String HEADLINE = "Council approves new harbour plan after long debate\n\n";
  private static final String PARAGRAPH = "The council approved the plan on Friday after a debate that lasted most of"
      + " the evening and ended with a narrow vote.\n";

  // The publication and update times of an article with the given head between its headline and its paragraph.
  private static String times(String head) {
    var a = io.github.newsdoc.parser.Newsdoc.parse(HEADLINE + head + "\n\n" + PARAGRAPH);
    return a.published().map(Object::toString).orElse("-") + " " + a.updated().map(Object::toString).orElse("-");
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
    assertEquals("2026-12-05T06:00 2026-12-05T11:47", times("5. december 2026 kl. 06.00\nOpdateret kl. 11.47"));
  }

  // Two date lines behind labels the parser does not know: the earlier time is the publication, the later the
  // update, whichever is printed first.
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Uppfært 4. 12. 2026 19:05;Birt 4. 12. 2026 18:20;2026-12-04T18:20;2026-12-04T19:05",
    "Birt 4. 12. 2026 18:20;Uppfært 4. 12. 2026 19:05;2026-12-04T18:20;2026-12-04T19:05",
    "Breytt 05.12.2026 08:10;Birt 04.12.2026 18:20;2026-12-04T18:20;2026-12-05T08:10"})
  void twoUnknownLabelsInTheirTimesOrder(String first, String second, String published, String updated) {
    assertEquals(published + " " + updated, times(first + "\n" + second));
  }

  // Equal times, a line above read by another rule, or a line above that names an update already, are left as read.
  @Test
  void equalTimesAreLeftAsRead() {
    Object[] values = {PublishedDates.parseAfterWord("Julkaistu 4. 12. 2026 18:20").orElseThrow(),
        PublishedDates.parseAfterWord("Vahvistettu 4. 12. 2026 18:20").orElseThrow()};
    String[] rules = {"date:other-label", "date:other-label"};
    assertFalse(PairedDateLines.inOrder(values, rules, 1, "date:other-label"));
    assertTrue(((PublishedDates.Reading) values[1]).updated().isEmpty());
    String[] other = {"date", "date:other-label"};
    assertFalse(PairedDateLines.inOrder(values, other, 1, "date:other-label"), "the line above has a known label");
    Object[] update = {PublishedDates.parse("Updated 4 December 2026 19:05").orElseThrow(),
        PublishedDates.parseAfterWord("Julkaistu 4. 12. 2026 18:20").orElseThrow()};
    assertFalse(PairedDateLines.inOrder(update, rules, 1, "date:other-label"), "the line above gives the update");
    assertEquals(update[0], PublishedDates.parse("Updated 4 December 2026 19:05").orElseThrow());
  }

  // A standfirst over the head's date lines is no paragraph of the article's yet: the dates under it are read.
  @Test
  void aStandfirstOverTheDatesLeavesThemInTheHead() {
    String standfirst = "The plan doubles the pier's length and adds a ferry berth, but the harbour master says it"
        + " will take years to build and cost more than the council expects.";
    assertEquals("2026-12-04T18:20 2026-12-04T19:05",
        times(standfirst + "\n\nJulkaistu 4. 12. 2026 18:20\nPäivitetty 4. 12. 2026 19:05"));
  }

  // In the article's text, under its first paragraph, a word and a date are the article's lines: no date is read
  // from them, and the canonical text reads back equal.
  @Test
  void aWordAndADateInTheTextAreTheArticles() {
    String text = HEADLINE + "By Ana Ruiz\n\n" + PARAGRAPH
        + "\nClosed 4.12.2026 18:00\nReopened 5.12.2026 09:30\n\nThe pier reopens next week.\n";
    var a = io.github.newsdoc.parser.Newsdoc.parse(text);
    assertTrue(a.published().isEmpty(), a.published().toString());
    assertEquals(4, a.paragraphs().size(), a.paragraphs().toString());
    assertEquals(a, io.github.newsdoc.parser.Newsdoc.parse(io.github.newsdoc.parser.Newsdoc.write(a)));
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
