package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.newsdoc.parser.internal.PageExtractorTest.ARTICLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.TITLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static io.github.newsdoc.parser.internal.PageExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site's notices at the foot of an article, on invented pages and texts. */
class PageNoticesTest {
  private static final String BYLINE = "By Mara Quill";
  private static final String BIO = "Mara Quill covers transport and the coast for the Coast Herald.";

  private static String page(List<String> bottom) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(12).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(BYLINE).append("\n\n");
    ARTICLE.forEach(l -> b.append(l).append("\n\n"));
    bottom.forEach(l -> b.append(l).append("\n\n"));
    return b.toString();
  }

  // A newsletter offer and the privacy line under it: the line in the site's voice that goes on with a
  // notice is the notice's, though it names nothing of the site's interface.
  @Test
  void aLineInTheSitesVoiceUnderANoticeIsTheNotices() {
    List<String> notices = List.of(
        "Get our weekly harbour newsletter, delivered free every Friday.",
        "Your details are handled in line with the Coast Herald collection statement.");
    List<String> bottom = new ArrayList<>(notices);
    bottom.addAll(menu(30));
    Article a = parseAndCheckRoundTrip(page(bottom));
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().containsAll(notices), a.boilerplate().toString());
  }

  // The authors' bios between the article and a notice: the notice is still at the article's foot.
  @Test
  void aNoticeUnderTheAuthorsBioIsTheSites() {
    String notice = "We are having trouble showing this article; please turn on JavaScript in your browser.";
    List<String> bottom = new ArrayList<>(List.of(BIO, notice));
    bottom.addAll(menu(30));
    Article a = parseAndCheckRoundTrip(page(bottom));
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().containsAll(List.of(BIO, notice)), a.boilerplate().toString());
  }

  // An editor's note speaks of the article, but it is the article's.
  @Test
  void anEditorsNoteAtTheFootStaysInTheArticle() {
    String note = "This article has been updated with comments from the ferry operator.";
    List<String> bottom = new ArrayList<>(List.of(note));
    bottom.addAll(menu(30));
    Article a = parseAndCheckRoundTrip(page(bottom));
    List<String> expected = new ArrayList<>(ARTICLE);
    expected.add(note);
    assertEquals(expected, texts(a));
  }

  // A text that is no page: a short notice under its last paragraph, with the site's chrome below it, is the
  // site's; without chrome below it, a clean article keeps every line.
  @Test
  void aNoticeAboveTheChromeOfATextThatIsNoPageIsTheSites() {
    String notice = "Note: we hold all comments for moderating before they appear on this site.";
    StringBuilder b = new StringBuilder("Harbour Town Opens Its New Ferry Terminal\n\n");
    ARTICLE.forEach(l -> b.append(l).append("\n\n"));
    String clean = b + notice + "\n";
    Article a = parseAndCheckRoundTrip(b + notice + "\n\nHome\n\nSubscribe\n");
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().contains(notice), a.boilerplate().toString());
    List<String> kept = new ArrayList<>(ARTICLE);
    kept.add(notice);
    assertEquals(kept, texts(parseAndCheckRoundTrip(clean)));
  }

  // A promotion that calls the reader to click, between two paragraphs of a page's article: a link of the
  // site. In a clean article (no page), a writer's 'click here' stays.
  @Test
  void aCallToClickInAPagesArticleIsTheSites() {
    String promo = "Get the Harbour Monthly at your door every month. 12 issues for £20. Click here for details.";
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(12).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(BYLINE).append("\n\n");
    List<String> article = new ArrayList<>(ARTICLE);
    article.add(3, promo);
    article.forEach(l -> b.append(l).append("\n\n"));
    menu(30).forEach(l -> b.append(l).append('\n'));
    Article a = parseAndCheckRoundTrip(b.toString());
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().contains(promo), a.boilerplate().toString());

    String clean = "Harbour Town Opens Its New Ferry Terminal\n\n" + String.join("\n\n", article) + "\n";
    assertEquals(article, texts(parseAndCheckRoundTrip(clean)));
  }

  // A link to another story under a label of the site's, between two paragraphs, is the site's: the label, a
  // colon or a bar, then the title. A paragraph that opens with such a word is the article's.
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"SEE ALSO: Storm leaves thousands without power",
      "Also read | Fishing fleet returns early as prices fall", "Watch: Drone footage of the new terminal",
      "Don't miss: The ten best walks along the coast", "Read: Fishing fleet returns early as prices fall",
      "Lee también: La flota pesquera vuelve antes de tiempo"})
  void aLabelledLinkToAnotherStoryIsTheSites(String link) {
    StringBuilder b = new StringBuilder("Harbour Town opens its new ferry terminal\n\n");
    b.append(ARTICLE.get(0)).append("\n\n").append(link).append("\n\n");
    ARTICLE.subList(1, ARTICLE.size()).forEach(l -> b.append(l).append("\n\n"));
    Article a = parseAndCheckRoundTrip(b.toString());
    assertEquals(ARTICLE, texts(a));
    assertTrue(a.boilerplate().contains(link), a.boilerplate().toString());
    String prose = "Watch the ferry leave the quay on a calm morning, the mayor said, and you will see why it matters.";
    assertTrue(texts(parseAndCheckRoundTrip("Harbour Town opens its new ferry terminal\n\n" + prose + "\n\n"
        + String.join("\n\n", ARTICLE))).contains(prose));
  }
}
