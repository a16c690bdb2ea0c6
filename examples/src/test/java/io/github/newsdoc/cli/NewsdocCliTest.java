package io.github.newsdoc.cli;

import io.github.newsdoc.json.ArticleRecord;
import io.github.newsdoc.json.JsonLinesReader;
import io.github.newsdoc.json.NewsJson;
import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsdocCliTest {
  @TempDir
  Path dir;

  static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  Path write(String name, String text) throws IOException {
    return Cli.write(dir.resolve(name), text);
  }

  @Test
  void jsonLinesInInputOrder() throws IOException {
    Path b = write("in/b.txt", "Second headline\n\nBody two.\n");
    Path a = write("in/a.txt", "First headline\n\nBody one.\n");
    Cli.Result r = run(b.toString(), a.toString());
    assertEquals(0, r.status());
    List<ArticleRecord> records = r.records();
    assertEquals(2, records.size());
    assertEquals("Second headline", records.get(0).article().title());
    assertEquals("First headline", records.get(1).article().title());
  }

  @Test
  void directoriesAreWalkedInNameOrderAndOutKeepsRelativePaths() throws IOException {
    write("in/z.txt", "Zed\n\nBody.\n");
    write("in/sub/y.txt", "Why\n\nBody.\n");
    write("in/notes.md", "not an article");
    Path out = dir.resolve("out");
    Cli.Result r = run("--out", out.toString(), dir.resolve("in").toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("Why", NewsJson.read(out.resolve("sub/y.json")).title());
    assertEquals("Zed", NewsJson.read(out.resolve("z.json")).title());
    assertFalse(Files.exists(out.resolve("notes.json")));
  }

  @Test
  void textFormatReadsBackToTheSameJson() throws IOException {
    Path in = write("in/story.txt", "Accessibility links\n\nPort strike ends - Coastline News\n\n"
        + "LONDON (Reuters) - Workers returned.\n\nharbour, strike, port\nPickets leave. ANA LIM/Wire\n\n"
        + "Published under: Port , Strike\n");
    Path text = dir.resolve("text");
    assertEquals(0, run("--format", "text", "--out", text.toString(), in.toString()).status());
    Cli.Result first = run(in.toString());
    Cli.Result second = run(text.resolve("story.txt").toString());
    assertEquals(first.records().get(0).article(), second.records().get(0).article());
  }

  @Test
  void badFilesAreReportedAndTheOthersStillWritten() throws IOException {
    write("in/good.txt", "Good\n\nBody.\n");
    Files.write(dir.resolve("in/bad.txt"), new byte[] {'T', '\n', '\n', 'x', (byte) 0xFF, '\n'});
    Cli.Result r = run("--encoding-errors", "reject", dir.resolve("in").toString());
    assertEquals(1, r.status());
    assertEquals(List.of(dir.resolve("in/bad.txt") + ":3:2: invalid UTF-8 byte 0xFF", "newsdoc: 1 of 2 inputs failed"),
        r.errLines());
    assertEquals("Good", r.records().get(0).article().title());
    assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
    Cli.Result debug = run("--debug", "--encoding-errors", "reject", dir.resolve("in/bad.txt").toString());
    assertTrue(debug.err().contains("\tat "), "a stack trace with --debug");
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run().status());
    assertEquals(2, run("--format", "xml", "a.txt").status());
    assertEquals(2, run("--out").status());
    Cli.Result r = run("--bogus", "a.txt");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("newsdoc: unknown option '--bogus'"), r.err());
    assertEquals(2, run("--jobs", "0", "a.txt").status());
    assertEquals(2, run("--out", dir.toString(), "-").status());
  }

  @Test
  void helpDocumentsEveryOption() {
    Cli.Result r = run("--help");
    assertEquals(0, r.status());
    for (String option : List.of("--out", "--format", "--pretty", "--strict", "--encoding-errors", "--debug",
        "--jobs", "--quiet", "--version", "path:line:col", "warning:")) {
      assertTrue(r.out().contains(option), option);
    }
  }

  @Test
  void prettyJsonIsIndentedAndTheSampleParses() {
    Cli.Result r = run("--pretty", "samples/harbour-strike.txt");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("{\n  \"source\" : \"samples/harbour-strike.txt\",\n  \"article\" : {\n"), r.out());
    assertTrue(r.out().contains("\n    \"title\" : \"Harbourton dock workers walk out as pay talks collapse\""));
    Article a = JsonLinesReader.parseLine(r.out().replace("\n", " ")).article();
    assertEquals("HARBOURTON", a.dateline().orElseThrow().place());
  }
}
