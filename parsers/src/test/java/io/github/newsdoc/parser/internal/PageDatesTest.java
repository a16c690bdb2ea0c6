package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.Newsdoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order of a page's dates in figures, and the date in figures either order allows that it decides. */
class PageDatesTest {
  private static List<Line> lines(String... texts) {
    List<Line> lines = new ArrayList<>();
    for (String t : texts) {
      lines.add(new Line(lines.size() + 1, t, t, false));
    }
    return lines;
  }

  @Test
  void aDateOnlyOneOrderAllowsGivesThePagesOrder() {
    assertEquals(PageDates.MONTH_FIRST, PageDates.order(lines("12/02/2026 04:35 PM", "11/28/2026 Ferry fares rise")));
    assertEquals(PageDates.DAY_FIRST, PageDates.order(lines("12/02/2026 16:35", "28/11/2026 Ferry fares rise")));
  }

  @Test
  void datesThatDisagreeOrAllowBothOrdersGiveNoOrder() {
    assertEquals(0, PageDates.order(lines("12/02/2026", "11/10/2026")));
    assertEquals(0, PageDates.order(lines("11/28/2026", "28/11/2026")));
    // a path or a fraction is no date: "3/4/20266", "2026/11/28/13"
    assertEquals(0, PageDates.order(lines("/news/2026/11/28/13/story", "3/14/20266")));
    // a statistic with two-figure parts is no date: "a 24/11/10 line"
    assertEquals(0, PageDates.order(lines("12/02/2026 9:45 PM", "He finished with a 24/11/10 line.")));
  }

  @Test
  void theDateEitherOrderAllowsIsReadInThePagesOrder() {
    PageDates page = PageDates.of(lines("12/02/2026 04:35 PM", "11/28/2026 Ferry fares rise"));
    assertEquals(Optional.of("2026-12-02T16:35"),
        PublishedDates.parse("12/02/2026 04:35 PM", page).flatMap(PublishedDates.Reading::published)
            .map(Object::toString));
    assertEquals(Optional.empty(), PublishedDates.parse("12/02/2026 04:35 PM", PageDates.NONE));
    // a weekday printed beside it decides first
    assertEquals(Optional.of("2026-02-12"), PublishedDates.parse("Thursday, 12/02/2026", page)
        .flatMap(PublishedDates.Reading::published).map(Object::toString));
  }

  @Test
  void aWireListingItsStoriesByDateGivesTheArticleItsDate() {
    String text = "Wire English News\n\nPolitics\nBusiness\nSociety\nSports\n\n"
        + "City to ban single-use tableware at its night markets from March\n\n12/02/2026 04:35 PM\n\n"
        + "Vendors at the city's busiest night market will no longer be allowed to serve food in single-use "
        + "containers from March, the environmental protection bureau said on Wednesday.\n\n"
        + "The market has about 240 stalls and draws an estimated 25,000 visitors on weekend evenings, the bureau "
        + "said, and produces nearly two tonnes of waste a day.\n\n"
        + "More news\n\n11/28/2026 Port fines 14 shops for breaching plastic bag rules\n\n"
        + "11/25/2026 Recycling rate for bottles hits record\n";
    Article a = Newsdoc.parse(text);
    assertEquals(Optional.of("2026-12-02T16:35"), a.published().map(Object::toString));
  }
}
