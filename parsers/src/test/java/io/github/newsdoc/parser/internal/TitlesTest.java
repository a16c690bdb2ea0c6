package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.LineRole;
import java.util.List;
import io.github.newsdoc.parser.Newsdoc;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A title line's headline and the site's name after it ({@link Titles}), on invented titles and pages. */
class TitlesTest {
  @Test
  void aSiteNameNoListKnowsIsCutWhenThePagePrintsTheHeadlineAlone() {
    String title = "Harbour Ferry Terminal Opens - Tidewater";
    assertEquals(new Titles.Split(title, ""), Titles.split(title), "no site word: not cut by its shape");
    assertEquals(new Titles.Split("Harbour Ferry Terminal Opens", "- Tidewater"),
        Titles.split(title, Set.of("Harbour Ferry Terminal Opens")::contains));
    assertEquals(new Titles.Split("Harbour Ferry Terminal Opens", "| tidewater.org"),
        Titles.split("Harbour Ferry Terminal Opens | tidewater.org", Set.of("Harbour Ferry Terminal Opens")::contains),
        "a domain");
  }

  @Test
  void whatFollowsTheSeparatorMustReadAsASitesName() {
    String title = "Council - Ferry operator talks collapse";
    assertEquals(new Titles.Split(title, ""), Titles.split(title, Set.of("Council")::contains),
        "'Ferry operator talks collapse' is the headline's own words, not a site's name");
    String halves = "Brexit - The Final Act";
    assertEquals(new Titles.Split(halves, ""), Titles.split(halves, Set.of("Brexit")::contains),
        "a title-case second half longer than the first is the headline's, not a site's name");
    String plain = "Harbour Ferry Terminal Opens - Tidewater";
    assertEquals(new Titles.Split(plain, ""), Titles.split(plain, Set.of()::contains), "the page never prints it");
  }

  @Test
  void aKnownSiteNameIsCutAsBefore() {
    assertEquals(new Titles.Split("Harbour Ferry Terminal Opens", "| Coast Herald"),
        Titles.split("Harbour Ferry Terminal Opens | Coast Herald", Set.of()::contains));
  }

  private static Segment segment(int number, String text, LineRole role, String rule) {
    return new Segment(new Line(number, text, Text.normalise(text), true), role, rule);
  }

  private static String title(Segment... segments) {
    return ArticleAssembler.assemble(List.of(segments)).article().title();
  }

  @Test
  void theHeadlineAPagePrintsOverItsArticleIsTheTitle() {
    String browser = "Harbour Ferry Terminal Opens - Tidewater";
    String headline = "Harbour Ferry Terminal Opens";
    Segment first = segment(1, browser, LineRole.TITLE, Headlines.FIRST_LINE);
    Segment prose = segment(9, PageExtractorTest.ARTICLE.get(0), LineRole.PARAGRAPH, "default:paragraph");
    assertEquals(headline, title(first, segment(3, headline, LineRole.BOILERPLATE, PageExtractor.OUTSIDE_RULE),
        prose));
    assertEquals(browser, title(first, prose, segment(11, headline, LineRole.BOILERPLATE,
        PageExtractor.OUTSIDE_RULE)), "printed under the article's first paragraph");
    assertEquals(browser, title(first, segment(3, headline, LineRole.PARAGRAPH, "default:paragraph"), prose),
        "printed as the article's own line");
    assertEquals(browser, title(first, segment(3, headline, LineRole.BOILERPLATE, "standard/exact:menu"), prose),
        "a line of a rule set's, not of the page's region");
  }

  @Test
  void aCleanArticleKeepsItsTitleWhole() {
    // a subheading, a tag or a speaker's label equal to the title's first half is no evidence: only a page's
    // line over its article is
    String text = "Ferry Strike - Day Three\n\nThe ferry crews stayed ashore for a third day on Wednesday.\n\n"
        + "Ferry Strike\n\nThe operator said talks would resume on Friday.\n";
    assertEquals("Ferry Strike - Day Three", Newsdoc.parse(text).title());
    assertEquals("Biden - Putin Summit Ends Without Deal", title(
        segment(1, "Biden - Putin Summit Ends Without Deal", LineRole.TITLE, Headlines.FIRST_LINE),
        segment(3, "Biden", LineRole.BOILERPLATE, PageExtractor.OUTSIDE_RULE),
        segment(5, PageExtractorTest.ARTICLE.get(0), LineRole.PARAGRAPH, "default:paragraph")),
        "a menu's item over the article, but the site's name is never the longer half");
  }
}
