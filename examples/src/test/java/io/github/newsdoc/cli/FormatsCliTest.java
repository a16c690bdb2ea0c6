package io.github.newsdoc.cli;

import io.github.newsdoc.format.NinjsReader;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.testing.JsonLdChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --format ninjs|jsonld|html}, to standard output and under {@code --out}. */
class FormatsCliTest {
  static final String SAMPLE = "samples/harbour-strike.txt";
  @TempDir
  Path dir;

  static Article sample() {
    return Cli.run(SAMPLE).records().get(0).article();
  }

  @Test
  void ninjsIsOneItemALineThatReadsBackToTheArticle() throws IOException {
    Path other = Cli.write(dir.resolve("other.txt"), "Port reopens\n\nShips sail again.\n");
    Cli.Result r = Cli.run("--format", "ninjs", SAMPLE, other.toString());
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().collect(java.util.stream.Collectors.toList());
    assertEquals(2, lines.size());
    assertEquals(sample().withBoilerplate(), NinjsReader.read(lines.get(0)));
    assertEquals("Port reopens", NinjsReader.read(lines.get(1)).title());
  }

  @Test
  void jsonLdPassesTheStructuralChecks() {
    Cli.Result r = Cli.run("--format", "jsonld", "--pretty", SAMPLE);
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("{\n  \"@context\" : \"https://schema.org\",\n  \"@type\" : \"NewsArticle\""), r.out());
    assertEquals(List.of(), JsonLdChecks.problems(r.out(), sample()));
  }

  @Test
  void eachFormatHasItsOwnFileSuffixUnderOut() throws IOException {
    Path in = Cli.write(dir.resolve("in/story.txt"), "Port reopens\n\n\"We sail,\" said Ana Lim.\n");
    for (String[] format : new String[][] {{"ninjs", "story.ninjs.json"}, {"jsonld", "story.jsonld"},
        {"html", "story.html"}}) {
      Path out = dir.resolve("out-" + format[0]);
      Cli.Result r = Cli.run("--format", format[0], "--out", out.toString(), in.toString());
      assertEquals(0, r.status(), r.err());
      assertEquals(List.of(format[1]), Files.list(out).map(p -> p.getFileName().toString())
          .collect(java.util.stream.Collectors.toList()));
    }
    String page = Files.readString(dir.resolve("out-html/story.html"));
    assertTrue(page.startsWith("<!DOCTYPE html>\n"), page);
    assertTrue(page.contains("<q class=\"quote sp0\" data-quote=\"0\""), page);
  }

  @Test
  void htmlPagesOnStandardOutputAreSplitByAFormFeed() throws IOException {
    Path a = Cli.write(dir.resolve("a.txt"), "First\n\nOne.\n");
    Path b = Cli.write(dir.resolve("b.txt"), "Second\n\nTwo.\n");
    Cli.Result r = Cli.run("--format", "html", a.toString(), b.toString());
    assertEquals(0, r.status(), r.err());
    String[] pages = r.out().split("\f\n");
    assertEquals(2, pages.length);
    assertTrue(pages[0].contains("<title>First</title>") && pages[1].contains("<title>Second</title>"), r.out());
  }

  @Test
  void anUnknownFormatNamesTheChoices() {
    Cli.Result r = Cli.run("--format", "xml", SAMPLE);
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("newsdoc: --format takes json, text, ninjs, jsonld, html, not 'xml'"), r.err());
  }
}
