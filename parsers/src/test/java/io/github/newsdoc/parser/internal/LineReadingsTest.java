package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.RuleSet;
import io.github.newsdoc.model.PublicationTime;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line's reading keeps the value its rule parsed, which the assembler then uses as it is. */
class LineReadingsTest {
  private static List<Segment> read(String text) {
    return new Segmenter(List.of(RuleSet.standard())).segment(LineSplitter.split(text, 1 << 20, 1 << 20));
  }

  @Test
  void dateBylineTagsAndCreditsKeepWhatWasParsed() {
    List<Segment> s = read("Harbour strike enters third week\n\nMarch 3, 2026\n\nBy Jo Park\n\n"
        + "The strike went on for a third week at the harbour on Monday, and the owners stayed away.\n\n"
        + "Published under: Labour, Ports\n");
    assertEquals(LineRole.PUBLISHED, s.get(1).role());
    assertEquals(Optional.of(PublicationTime.of(LocalDate.of(2026, 3, 3))),
        ((PublishedDates.Reading) s.get(1).value()).published());
    assertEquals(LineRole.BYLINE, s.get(2).role());
    assertEquals("Jo Park", ((Bylines.Reading) s.get(2).value()).people().stream().map(Byline::name).findFirst().orElseThrow());
    assertEquals(List.of("Labour", "Ports"), s.get(4).value());
    assertNull(s.get(3).value(), "a paragraph has no parsed value");
  }

  @Test
  void theArticleHoldsTheValuesItsLinesWereReadAs() {
    ArticleAssembler.Assembled a = ArticleAssembler.assemble(read("Title\n\nMarch 3, 2026\n\nBy Jo Park\n\nBody text.\n"));
    assertEquals(PublicationTime.of(LocalDate.of(2026, 3, 3)), a.article().published().orElseThrow());
    assertEquals("Jo Park", a.article().bylines().get(0).name());
  }

  @Test
  void aLinePrintedTwiceIsACaptionWhenItDescribesAPicture() {
    List<Segment> s = read("Harbour strike enters third week\n\nPickets at the north gate on Monday\n"
        + "Pickets at the north gate on Monday\n\nThe strike went on for a third week at the harbour.\n");
    assertEquals(LineRole.CAPTION, s.get(1).role());
    assertEquals("caption:printed-twice", s.get(1).rule());
    assertEquals(LineRole.BOILERPLATE, s.get(2).role());
  }

  @Test
  void aMenuItemPrintedTwiceIsNoCaption() {
    // the selected tab of a menu, printed again by the page: one or two words describe no picture
    List<Segment> s = read("Harbour strike enters third week\n\nNorth Europe\nNorth Europe\n\n"
        + "The strike went on for a third week at the harbour.\n");
    assertTrue(s.get(1).role() != LineRole.CAPTION && s.get(2).role() != LineRole.CAPTION, s.toString());
  }
}
