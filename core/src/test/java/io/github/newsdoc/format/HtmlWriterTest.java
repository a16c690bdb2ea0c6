package io.github.newsdoc.format;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.testing.ArticleGenerators;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/** The annotated page: marks, escaping, legend, boilerplate, and nothing fetched from outside. */
class HtmlWriterTest {
  static final Pattern QUOTE = Pattern.compile("<q class=\"quote [^\"]*\" data-quote=\"(\\d+)\"");
  static final Pattern MENTION = Pattern.compile("<mark class=\"entity [^\"]*\" data-entity=\"[^\"]*\" data-mention=\"(\\d+)\"");
  final Article article = Samples.article();
  final String page = HtmlWriter.standard().write(article);

  static Set<String> distinct(Pattern p, String page) {
    Set<String> found = new HashSet<>();
    Matcher m = p.matcher(page);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  static int mentions(Article a) {
    return a.entities().stream().mapToInt(e -> e.mentions().size()).sum();
  }

  @Test
  void textIsEscaped() {
    assertTrue(page.contains("A sign read &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;."), page);
    assertFalse(page.contains("<script"), "no script element, from the article or the writer");
    assertTrue(page.contains("<title>Harbour strike: &quot;Cranes first&quot;</title>"), page);
  }

  @Test
  void quotesAreMarkedAndLabelledByTheirSpeaker() {
    assertTrue(page.contains("<q class=\"quote sp1\" data-quote=\"1\" title=\"Ines Cole said\">We will stay out"
        + " until the cranes are safe,</q><span class=\"speaker sp1\">Ines Cole</span>"), page);
    assertTrue(page.contains("<q class=\"quote unattributed\" data-quote=\"0\""), page);
    assertTrue(page.contains("<li><span class=\"swatch sp1\"></span> Ines Cole: <span class=\"count\">1</span>"
        + " quote</li>"), page);
  }

  @Test
  void entitiesAreMarkedByTypeWithTheirAliasesOnHover() {
    assertTrue(page.contains("<mark class=\"entity person\" data-entity=\"e1\" data-mention=\"3\" title=\"Person:"
        + " Ines Cole\nAlso: Cole\nTitles: secretary\">Ines Cole</mark>"), page);
    assertTrue(page.contains("<mark class=\"entity location\" data-entity=\"e3\" data-mention=\"2\""), page);
    assertTrue(page.contains("<mark class=\"entity organization\" data-entity=\"e2\""), page);
  }

  @Test
  void headerCaptionAndFoldedBoilerplateInOrder() {
    assertTrue(page.contains("Published <time datetime=\"2026-03-02T09:15+01:00\">2026-03-02 09:15+01:00</time>"), page);
    assertTrue(page.contains("<span class=\"dateline\">KESTREL BAY (Coast Wire)</span>"), page);
    assertTrue(page.contains("By <span class=\"byline\">Jo Park</span>, <span class=\"role\">Labour Reporter</span>"), page);
    assertTrue(page.contains("<figcaption>Pickets at the east gate. <span class=\"credit\">Picture: Lee Moss/Coast Wire</span>"
        + "<span class=\"keywords\">Keywords: strike</span></figcaption>"),
        page);
    assertTrue(page.contains("<details class=\"boilerplate\">\n<summary>Site chrome left out of the article: 2 lines"
        + "</summary>\n<ol>\n<li>Share this story</li>\n<li>Most read</li>\n</ol>\n</details>"), page);
  }

  @Test
  void thePageFetchesNothing() {
    for (String outside : new String[] {"src=", "href=", "url(", "@import", "<link", "<script"}) {
      assertFalse(page.contains(outside), outside);
    }
  }

  @Test
  void everyQuoteAndMentionOfAGeneratedArticleIsMarkedOnce() {
    qt().withExamples(500)
        .forAll(ArticleGenerators.articles())
        .checkAssert(a -> {
          String html = HtmlWriter.standard().write(a);
          assertEquals(a.quotes().size(), distinct(QUOTE, html).size(), html);
          assertEquals(mentions(a), distinct(MENTION, html).size(), html);
          assertNested(html);
        });
  }

  static final Pattern TAG = Pattern.compile("<(/?)(q|mark|span)\\b");

  /** Every q, mark and span element closes after what opened inside it: the marks nest. */
  static void assertNested(String html) {
    java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        open.push(m.group(2));
      } else {
        assertEquals(m.group(2), open.isEmpty() ? "nothing open" : open.pop(), "closed at " + m.start());
      }
    }
    assertTrue(open.isEmpty(), "left open: " + open);
  }

  @Test
  void marksThatCrossNestByClosingAndReopening() {
    Article a = Article.builder().title("").addBlock(io.github.newsdoc.model.Paragraph.of("abcdefghij")).build();
    Entity e = Entity.builder().id("e1").type(io.github.newsdoc.model.EntityType.PERSON).name("cdef")
        .addMention(io.github.newsdoc.model.Span.of(0, 2, 6)).build();
    io.github.newsdoc.model.Quote q = io.github.newsdoc.model.Quote.builder().text("efgh")
        .start(io.github.newsdoc.model.Position.of(0, 4)).end(io.github.newsdoc.model.Position.of(0, 8)).build();
    String html = HtmlWriter.standard().write(a.withEntities(e).withQuotes(q));
    assertNested(html);
    assertTrue(html.contains("<p>ab<mark class=\"entity person\" data-entity=\"e1\" data-mention=\"1\" title=\"Person:"
        + " cdef\">cd</mark><q class=\"quote unattributed\" data-quote=\"0\" title=\"Quote 1: no speaker given\">"
        + "<mark class=\"entity person\" data-entity=\"e1\" data-mention=\"1\" title=\"Person: cdef\">ef</mark>gh</q>"
        + "<span class=\"speaker unattributed\">(no speaker given)</span>ij</p>"), html);
  }

  @Test
  void eachEntityKeepsItsId() {
    for (Entity e : article.entities()) {
      assertTrue(page.contains("data-entity=\"" + e.id() + "\""), e.id());
    }
  }
}
