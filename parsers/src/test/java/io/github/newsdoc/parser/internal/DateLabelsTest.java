package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.PublicationTime;
import io.github.newsdoc.parser.ArticleParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The publication and update times of a page kept apart, whichever comes first and whether the label stands
 * before its date or on the line over it ({@code "Updated"} / {@code "Apr 6, 2024, 08:12"}). Invented texts.
 */
class DateLabelsTest {
  private static final ArticleParser PARSER = ArticleParser.builder().quotes(false).entities(false).build();
  private static final String HEAD = "Skip to content\nHome\nWorld\nBusiness\nSport\nSign in\n\n"
      + "Harbour board backs second ferry to the island\n\nBy Anna Verlow\n\n";
  private static final String BODY = "The harbour board voted on Tuesday to fund a second ferry crossing to the"
      + " island, ending a dispute that had divided the town since the spring.\n\nCouncillors approved the plan by"
      + " seven votes to four after a session that ran past midnight.\n\nThe new boat is expected to enter"
      + " service next summer and will run every forty minutes, the board said.\n\nRelated stories\n"
      + "Ferry fares to rise\nIsland school wins award\n© 2024 Merrowby Herald\n";
  private static final List<String> PUBLISHED = List.of("Published", "Published:", "First published", "Posted on");
  private static final List<String> UPDATED = List.of("Updated", "Updated:", "Last updated", "Last Updated:", "Modified");

  @Test
  void aLabelAloneOverItsDateSaysWhichTimeItIs() {
    Article a = PARSER.parse(HEAD + "Updated\nApr 6, 2024, 08:12\n\nPublished\nApr 5, 2024, 19:30\n\n" + BODY);
    assertEquals(LocalDate.of(2024, 4, 5), a.published().orElseThrow().date());
    assertEquals(LocalDate.of(2024, 4, 6), a.updated().orElseThrow().date());
    assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
  }

  @Test
  void labelsAlone() {
    for (String label : List.of("Updated", "Last updated:", "Published on", "Publié le", "First published")) {
      assertTrue(PublishedDates.isLabelAlone(label), label);
    }
    for (String line : List.of("Apr 6, 2024", "Updated daily by the desk", "News", "on", "Last")) {
      assertFalse(PublishedDates.isLabelAlone(line), line);
    }
    assertEquals(Optional.of(PublicationTime.of(LocalDate.of(2024, 4, 6))),
        PairedDateLines.underLabel("Updated", "Apr 6, 2024", PageDates.NONE).orElseThrow().updated());
    // a line over the date that is no label leaves the date as it reads alone
    assertEquals(Optional.of(PublicationTime.of(LocalDate.of(2024, 4, 6))),
        PairedDateLines.underLabel("Harbour news", "Apr 6, 2024", PageDates.NONE).orElseThrow().published());
  }

  // Whichever of the two comes first, and whether each label stands before its date or over it, the
  // publication time is the published line's and the update time the updated line's.
  @Test
  void anUpdatedLineNeverWinsOverThePublishedOne() {
    qt().withExamples(200)
        .forAll(integers().between(0, PUBLISHED.size() - 1), integers().between(0, UPDATED.size() - 1),
            integers().between(0, 7))
        .checkAssert((p, u, shape) -> {
          boolean updatedFirst = (shape & 1) == 1;
          String sepP = (shape & 2) == 2 ? "\n" : " ";
          String sepU = (shape & 4) == 4 ? "\n" : " ";
          String published = PUBLISHED.get(p) + sepP + "March 14, 2024 6:45pm\n";
          String updated = UPDATED.get(u) + sepU + "March 15, 2024 8:02am\n";
          String dates = updatedFirst ? updated + "\n" + published : published + "\n" + updated;
          Article a = PARSER.parse(HEAD + dates + "\n" + BODY);
          assertEquals(LocalDate.of(2024, 3, 14), a.published().map(PublicationTime::date).orElse(null), dates);
          assertEquals(LocalDate.of(2024, 3, 15), a.updated().map(PublicationTime::date).orElse(null), dates);
          assertEquals(3, a.paragraphs().size(), dates);
          assertEquals("Harbour board backs second ferry to the island", a.title(), dates);
        });
  }
}
