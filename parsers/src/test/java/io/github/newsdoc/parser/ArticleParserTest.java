package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser's API: sources, configuration, rules, diagnostics, strictness, threads. */
class ArticleParserTest {
  static final String TEXT = "Harbour council backs bridge\n\nBy Jane Doe, Staff Writer\n\n"
      + "The council voted on Monday.\n\nBrought to you by Harbour Bank\n\nWork starts in May.\n";

  @Test
  void everySourceKindGivesTheSameArticle(@TempDir Path dir) throws IOException {
    Article expected = Newsdoc.parse(TEXT);
    Path file = dir.resolve("a.txt");
    Files.writeString(file, TEXT);
    assertEquals(expected, Newsdoc.parse(file));
    assertEquals(expected, Newsdoc.parse(new StringReader(TEXT)));
    assertEquals(expected, Newsdoc.parse(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8))));
    assertEquals(expected, Newsdoc.parse(TEXT.replace("\n", "\r\n")));
    assertEquals(expected, Newsdoc.parse(TEXT.replace("\n", "\r")));
    assertEquals(expected, Newsdoc.parse("\ufeff" + TEXT));
  }

  @Test
  void userRulesAreAppliedAndNamedInTheDiagnostics() {
    ArticleParser parser = ArticleParser.builder().addRule(BoilerplateRule.exact("Brought to you by Harbour Bank")).build();
    ParseReport report = parser.analyze(TEXT);
    assertEquals(List.of("Brought to you by Harbour Bank"), report.article().boilerplate());
    LineAssignment line = report.lines().stream().filter(l -> l.line() == 7).findFirst().orElseThrow();
    assertEquals(LineRole.BOILERPLATE, line.role());
    assertEquals("user/exact:brought to you by harbour bank", line.rule());
    assertEquals(List.of(Paragraph.of("The council voted on Monday."), Paragraph.of("Work starts in May.")),
        report.article().blocks());
    assertEquals(4, Newsdoc.parse(TEXT).blocks().size() + 1, "the standard parser keeps it as a paragraph");
  }

  @Test
  void ruleSetsReadFromText() {
    RuleSet site = RuleSet.read("coastline", new StringReader(
        "# Coastline News\nexact: Brought to you by Harbour Bank\nprefix+end: More from Coastline\npattern: \\d+ comments\n"
            + "suffix: - Coastline Sport\n"));
    assertEquals(4, site.rules().size());
    assertEquals(BoilerplateRule.Kind.SUFFIX, site.rules().get(3).kind());
    assertTrue(site.rules().get(3).matches("Football results - COASTLINE SPORT"));
    assertTrue(site.rules().get(1).endsArticle());
    ArticleParser parser = ArticleParser.builder().addRuleSet(site).build();
    Article a = parser.parse(TEXT + "\n12 comments\n\nMore from Coastline today\n\nA footer paragraph about us.\n");
    assertEquals(List.of("Brought to you by Harbour Bank", "12 comments", "More from Coastline today",
        "A footer paragraph about us."), a.boilerplate());
  }

  @Test
  void aCopyrightNoticeEndsTheArticleWhenLessTextFollowsIt() {
    // the site's legal notice under its copyright line reads as prose, but is the page's
    String legal = "The material on this site may not be copied, shared or stored, except with the written consent"
        + " of the Coast Herald.";
    String more = "\nThe bridge will carry two lanes of traffic, a cycle path and a footway across the river mouth,"
        + " and the council expects the first cars to cross it in the spring of the year after next.\n";
    Article a = Newsdoc.parse(TEXT + more + "\n© 2026 Coast Herald. All rights reserved.\n\n" + legal + "\n");
    assertTrue(a.boilerplate().contains(legal), a.boilerplate().toString());
    assertEquals(4, a.paragraphs().size());
    // a copyright line above most of the text (a photo's) ends nothing
    Article b = Newsdoc.parse("Harbour council backs bridge\n\n© Jo Park\n\n" + TEXT.substring(TEXT.indexOf("By ")));
    assertEquals(3, b.paragraphs().size(), b.paragraphs().toString());
    // nor does a photo's credit with a copyright sign and no year in the article's second half
    String photo = "\nThe new bridge seen from the harbour wall on Monday.\n© Jo Park / Coast Herald\n";
    Article c = Newsdoc.parse(TEXT + more + photo + "\nThe council meets again in June.\n");
    assertEquals("The council meets again in June.", c.paragraphs().get(c.paragraphs().size() - 1).text(),
        c.paragraphs().toString());
    assertTrue(c.boilerplate().contains("© Jo Park / Coast Herald"), c.boilerplate().toString());
    // the site's notice without a year still ends the article when it reserves its rights
    Article d = Newsdoc.parse(TEXT + more + "\n© Coast Herald. All rights reserved.\n\n" + legal + "\n");
    assertTrue(d.boilerplate().contains(legal), d.boilerplate().toString());
  }

  @Test
  void aCommentFormHeadingWithItsCancelLinkEndsTheArticle() {
    String more = "\nThe bridge will carry two lanes of traffic, a cycle path and a footway across the river mouth,"
        + " and the council expects the first cars to cross it in the spring of the year after next.\n";
    String consent = "Keep my name and address in this browser for the next time I write a comment here.";
    Article a = Newsdoc.parse(TEXT + more + "\nLeave a Reply Cancel reply\n\n" + consent + "\n");
    assertTrue(a.boilerplate().contains(consent), a.boilerplate().toString());
  }

  @Test
  void badRulesFailAtOnceWithTheirLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleSet.read("site", new StringReader("exact: a\npattern: (unclosed\n")));
    assertTrue(e.getMessage().startsWith("site:2: regex: not a valid regular expression"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RuleSet.read("site", new StringReader("glob: *\n")));
    assertEquals("site:1: unknown kind 'glob' (exact, prefix, suffix or pattern)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BoilerplateRule.exact(" "));
    assertThrows(NullPointerException.class, () -> ArticleParser.builder().addRule(null));
  }

  @Test
  void withoutStandardRulesChromeIsProse() {
    ArticleParser bare = ArticleParser.builder().standardRules(false).build();
    assertEquals("Accessibility links", bare.parse("Accessibility links\n\nHeadline\n\nBody.").title());
    assertEquals("Headline", Newsdoc.parse("Accessibility links\n\nHeadline\n\nBody.").title());
  }

  @Test
  void invalidUtf8FollowsThePolicy() {
    byte[] bytes = "Price rise\n\nIt costs \u00a3 5.\n".getBytes(StandardCharsets.ISO_8859_1);
    ParseReport lenient = ArticleParser.standard().analyze(bytes);
    assertEquals("It costs £ 5.", lenient.article().blocks().get(0).text());
    assertEquals(List.of(new ParseProblem(3, 10, "byte 0xA3 is not UTF-8; read as U+00A3")), lenient.problems());
    ArticleParser replace = ArticleParser.builder().malformedInput(MalformedInputPolicy.REPLACE).build();
    assertEquals("It costs \ufffd 5.", replace.parse(new ByteArrayInputStream(bytes)).blocks().get(0).text());
    ArticleParser reject = ArticleParser.builder().malformedInput(MalformedInputPolicy.REJECT).build();
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> reject.analyze(bytes));
    assertEquals(3, e.line());
    assertEquals(10, e.column());
    assertEquals("3:10: invalid UTF-8 byte 0xA3", e.getMessage());
  }

  @Test
  void strictParsingThrowsTheFirstProblem() {
    byte[] bytes = "Title\n\nCaf\u00e9 opens.\n".getBytes(StandardCharsets.ISO_8859_1);
    ArticleParser strict = ArticleParser.builder().strict(true).build();
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> strict.analyze(bytes));
    assertEquals("3:4: byte 0xE9 is not UTF-8; read as U+00E9", e.getMessage());
  }

  @Test
  void missingFileIsUncheckedIoException(@TempDir Path dir) {
    assertThrows(UncheckedIOException.class, () -> Newsdoc.parse(dir.resolve("none.txt")));
  }

  @Test
  void emptyAndBlankInputGiveAnEmptyArticle() {
    assertEquals(Article.builder().title("").build(), Newsdoc.parse(""));
    assertEquals(Article.builder().title("").build(), Newsdoc.parse(" \n\u00a0\r\n\t"));
  }

  @Test
  void oneParserSharedByManyThreadsGivesTheSameResults() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add(TEXT.replace("Monday", "day " + i) + "\nPublished under: Tag" + i + " , Other\n");
    }
    List<Article> sequential = new ArrayList<>();
    texts.forEach(t -> sequential.add(Newsdoc.parse(t)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<Article>> futures = new ArrayList<>();
        texts.forEach(t -> futures.add(pool.submit(() -> Newsdoc.parse(t))));
        for (int i = 0; i < texts.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
