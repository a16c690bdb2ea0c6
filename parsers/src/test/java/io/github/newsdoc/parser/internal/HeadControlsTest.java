package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.Newsdoc;
import org.junit.jupiter.api.Test;

/**
 * A page's controls between the headline and the date (a text size's 'A-', 'A', 'A+', separators): no links of
 * a menu that would hide the headline over them, and no headline themselves; every example text is invented.
 */
class HeadControlsTest {
  @Test
  void aControlsLettersMakeNoHeadline() {
    assertFalse(Headlines.isHeadline("Font size A A A"));
    assertTrue(Headlines.isHeadline("Plan B for the ferry as the old bridge closes for repairs"));
    assertEquals(0, Headlines.longWords("A- A A+"));
    assertEquals(2, Headlines.longWords("Font size A A A"));
  }

  @Test
  void theHeadlineOverATextSizeControlAndTheDateIsTheTitle() {
    String text = "Skip to main content\nSubscriber Login\nContact Us\nHarbour Wire\nHome\nNews\nBusiness\nSports\n"
        + "Regional\nAudio\nPhotos\nServices\n"
        + "Two islands sign deal for new river ferry terminals\nText size\nA-\nA\nA+\n"
        + "December 3, 2026 | 2:20 PM\n"
        + "Audio: The minister on the ferry agreement (1:12)\n"
        + "PORT ELLIS, Dec 3 – The two island governments on Wednesday signed an agreement to build new ferry "
        + "terminals on both banks of the river, replacing landings that have served the crossing since 1978.\n"
        + "Under the deal, the two governments will share the estimated cost of the terminals, and the first of the "
        + "new vessels is to enter service in 2029, officials said.\n"
        + "Business groups in the border region welcomed the agreement, saying the crossing was vital for trade.\n";
    Article a = Newsdoc.parse(text);
    assertEquals("Two islands sign deal for new river ferry terminals", a.title());
  }

  // Two authors, each a name line and a job line, between the printed headline and the date: the climb from the
  // date passes over them as it does over a control's letters, and the printed headline, other words than the
  // browser title's, is the title.
  @Test
  void authorsNameAndJobLinesUnderTheHeadlineAreNoMenu() {
    String text = "Harbour crossing record as ferries held at the quay for up to 11 hours | Coast Network\n\n"
        + "Skip to content\n\nCoast Network\n\nHome\n\nUK\n\nWorld\n\nPolitics\n\nHealth\n\nSport\n\nWeather\n\n"
        + "Ferries left waiting up to 11 hours outside Port Ellis harbour, figures show\n\n"
        + "Helen Ashworth\n\nHealth Correspondent\n\nTom Wicks\n\nCoast Network Reporter\n\n"
        + "Friday 4 December 2026, 6:42pm\n\n"
        + "Ferries waited outside Port Ellis harbour for up to 11 hours last month as the quay's two berths were "
        + "closed for repairs, figures released on Friday show.\n\n"
        + "The harbour board said the repairs had taken longer than planned because of storms in the first week, "
        + "and apologised to passengers and hauliers.\n\n"
        + "Hauliers said the delays had cost them thousands of pounds and called for a second quay.\n";
    Article a = Newsdoc.parse(text);
    assertEquals("Ferries left waiting up to 11 hours outside Port Ellis harbour, figures show", a.title());
  }
}
