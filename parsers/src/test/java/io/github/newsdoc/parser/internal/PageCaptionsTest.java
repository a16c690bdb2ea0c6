package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.parser.Newsdoc;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which captions and notices of a page are its article's; the page is made up. */
class PageCaptionsTest {
  private static final String INSIDE = "Passengers board the first ferry at the new terminal on Monday. (Jo Park/Coast Wire)";
  private static final String MENU_TEASER = "Ten walks along the coast this winter (Coast Images)";
  private static final String GALLERY = "Gulls over the old pier at dusk in the autumn. (Lena Ortt/Coast Wire)";
  private static final String UNDER = "The quay at low tide after the first crossing. (Jo Park/Coast Wire)";

  private static String page(List<String> top, List<String> article, List<String> bottom) {
    StringBuilder b = new StringBuilder(PageExtractorTest.TITLE).append("\n\n");
    top.forEach(l -> b.append(l).append("\n\n"));
    b.append("Harbour Town Opens Its New Ferry Terminal After Years of Delay").append("\n\n");
    article.forEach(l -> b.append(l).append("\n\n"));
    bottom.forEach(l -> b.append(l).append("\n\n"));
    return b.toString();
  }

  private static List<String> captions(Article a) {
    return a.captions().stream().map(Caption::text).collect(Collectors.toList());
  }

  @Test
  void captionsInTheMenuOrInAGalleryBelowTheArticleAreThePages() {
    List<String> top = new ArrayList<>(PageExtractorTest.menu(12));
    top.add(4, MENU_TEASER);
    List<String> article = new ArrayList<>(PageExtractorTest.ARTICLE);
    article.add(2, INSIDE);
    List<String> bottom = new ArrayList<>(List.of("Share", "Print", "More from Coast Herald", GALLERY));
    bottom.addAll(PageExtractorTest.menu(30));
    Article a = PageExtractorTest.parseAndCheckRoundTrip(page(top, article, bottom));
    assertEquals(List.of("Passengers board the first ferry at the new terminal on Monday."), captions(a));
    assertTrue(a.boilerplate().contains(MENU_TEASER));
    assertTrue(a.boilerplate().contains(GALLERY));
  }

  @Test
  void aNoticeInTheArticlesHeadUnderItsFurnitureIsThePages() {
    String notice = "Save articles to read later in your own reading list.";
    List<String> article = new ArrayList<>(PageExtractorTest.ARTICLE);
    String dek = "The terminal cost twice what the council promised, and it opened three years late.";
    article.add(0, dek);
    article.add(1, "Published March 3, 2021");
    article.add(2, notice);
    List<String> bottom = new ArrayList<>(List.of("Share", "Print"));
    bottom.addAll(PageExtractorTest.menu(30));
    Article a = PageExtractorTest.parseAndCheckRoundTrip(page(PageExtractorTest.menu(12), article, bottom));
    // the dek over the date is no paragraph (DeksTest); the notice under the date is the page's
    assertEquals(PageExtractorTest.ARTICLE, a.paragraphs().stream().map(p -> p.text()).collect(Collectors.toList()));
    assertTrue(a.boilerplate().contains(dek));
    assertTrue(a.boilerplate().contains(notice));
  }

  @Test
  void aCaptionRightUnderTheLastParagraphIsTheArticles() {
    List<String> article = new ArrayList<>(PageExtractorTest.ARTICLE);
    article.add(UNDER);
    List<String> bottom = new ArrayList<>(List.of("Share", "Print"));
    bottom.addAll(PageExtractorTest.menu(30));
    Article a = Newsdoc.parse(page(PageExtractorTest.menu(12), article, bottom));
    assertEquals(List.of("The quay at low tide after the first crossing."), captions(a));
    assertEquals(PageExtractorTest.ARTICLE, a.paragraphs().stream().map(p -> p.text()).collect(Collectors.toList()));
  }

  // The article's own gallery under its last paragraph: a heading and counters between the captions, no label
  // that leads on to other stories. Its captions are the article's.
  @Test
  void theArticlesGalleryUnderItsLastParagraphHoldsItsCaptions() {
    List<String> bottom = new ArrayList<>(List.of("Gallery", "1/2", GALLERY, "2/2", UNDER, "Show all 2 photos"));
    bottom.addAll(PageExtractorTest.menu(30));
    Article a = PageExtractorTest.parseAndCheckRoundTrip(page(PageExtractorTest.menu(12), PageExtractorTest.ARTICLE,
        bottom));
    assertEquals(List.of("Gulls over the old pier at dusk in the autumn.", "The quay at low tide after the first crossing."),
        captions(a));
    assertEquals(PageExtractorTest.ARTICLE, a.paragraphs().stream().map(p -> p.text()).collect(Collectors.toList()));
    // under chrome a rule reads by its words ('Share', 'Most read'), a caption is another story's
    List<String> teasers = new ArrayList<>(List.of("Share", "Print", "Most read", GALLERY, "Gulls return to the pier"));
    teasers.addAll(PageExtractorTest.menu(30));
    Article b = PageExtractorTest.parseAndCheckRoundTrip(page(PageExtractorTest.menu(12), PageExtractorTest.ARTICLE,
        teasers));
    assertEquals(List.of(), captions(b));
  }

  // A gallery that numbers its pictures is the article's however far under its end it starts (a heading longer
  // than a counter, a list of results between), when nothing the page prints by its words stands between; under
  // 'Share' or a label that leads on to other stories, a numbered gallery is another story's.
  @Test
  void aNumberedGalleryUnderTheArticleIsItsOwnWhenNothingOfThePagesStandsBetween() {
    List<String> between = List.of("Crossings", "1. Ostby to Lunden, 412 passengers",
        "2. Lunden to Ostby, 388 passengers", "Gallery: the first week of the new ferry in pictures");
    List<String> bottom = new ArrayList<>(between);
    bottom.addAll(List.of("1 of 2", GALLERY, "2 of 2", UNDER));
    bottom.addAll(PageExtractorTest.menu(30));
    Article a = PageExtractorTest.parseAndCheckRoundTrip(page(PageExtractorTest.menu(12), PageExtractorTest.ARTICLE,
        bottom));
    assertEquals(List.of("Gulls over the old pier at dusk in the autumn.", "The quay at low tide after the first crossing."),
        captions(a));
    // other stories' headlines between the article and a numbered gallery: the gallery is one of theirs
    List<String> teasers = new ArrayList<>(List.of("Around the coast this week", "Lunden school choir wins a national prize",
        "Ostby market to stay open on Sundays", "The week in pictures: frost, fairs and a large pumpkin"));
    teasers.addAll(List.of("1 of 2", GALLERY, "2 of 2", UNDER));
    teasers.addAll(PageExtractorTest.menu(30));
    assertEquals(List.of(), captions(PageExtractorTest.parseAndCheckRoundTrip(page(PageExtractorTest.menu(12),
        PageExtractorTest.ARTICLE, teasers))));
    for (String chrome : List.of("Share", "More from Coast Herald")) {
      List<String> other = new ArrayList<>(List.of(chrome));
      other.addAll(between);
      other.addAll(List.of("1 of 2", GALLERY, "2 of 2", UNDER));
      other.addAll(PageExtractorTest.menu(30));
      Article b = PageExtractorTest.parseAndCheckRoundTrip(page(PageExtractorTest.menu(12), PageExtractorTest.ARTICLE,
          other));
      assertEquals(List.of(), captions(b), chrome);
    }
  }
}
