package io.github.newsdoc.cli;

import io.github.newsdoc.json.NewsJson;
import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsdocCliTest {
  @TempDir
  Path dir;

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = NewsdocCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void jsonLinesInInputOrder() throws IOException {
    Path b = write("in/b.txt", "Second headline\n\nBody two.\n");
    Path a = write("in/a.txt", "First headline\n\nBody one.\n");
    Result r = run(b.toString(), a.toString());
    assertEquals(0, r.status());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size());
    assertEquals("Second headline", NewsJson.read(lines.get(0)).title());
    assertEquals("First headline", NewsJson.read(lines.get(1)).title());
  }

  @Test
  void directoriesAreWalkedInNameOrderAndOutKeepsRelativePaths() throws IOException {
    write("in/z.txt", "Zed\n\nBody.\n");
    write("in/sub/y.txt", "Why\n\nBody.\n");
    write("in/notes.md", "not an article");
    Path out = dir.resolve("out");
    Result r = run("--out", out.toString(), dir.resolve("in").toString());
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
    Result first = run(in.toString());
    Result second = run(text.resolve("story.txt").toString());
    assertEquals(first.out(), second.out());
  }

  @Test
  void badFilesAreReportedAndTheOthersStillWritten() throws IOException {
    write("in/good.txt", "Good\n\nBody.\n");
    Files.write(dir.resolve("in/bad.txt"), new byte[] {'T', '\n', '\n', 'x', (byte) 0xFF, '\n'});
    Result r = run("--encoding-errors", "reject", dir.resolve("in").toString());
    assertEquals(1, r.status());
    assertEquals(dir.resolve("in/bad.txt") + ":3:2: invalid UTF-8 byte 0xFF\n", r.err().replace("\r\n", "\n"));
    assertEquals("Good", NewsJson.read(r.out().strip()).title());
    assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
    Result debug = run("--debug", "--encoding-errors", "reject", dir.resolve("in/bad.txt").toString());
    assertTrue(debug.err().contains("\tat "), "a stack trace with --debug");
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run().status());
    assertEquals(2, run("--format", "xml", "a.txt").status());
    assertEquals(2, run("--out").status());
    Result r = run("--bogus", "a.txt");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("newsdoc: unknown option '--bogus'"), r.err());
    assertEquals(2, run(dir.resolve("missing.txt").toString()).status());
  }

  @Test
  void helpDocumentsEveryOption() {
    Result r = run("--help");
    assertEquals(0, r.status());
    for (String option : List.of("--out", "--format", "--pretty", "--strict", "--encoding-errors", "--debug",
        "path:line:col")) {
      assertTrue(r.out().contains(option), option);
    }
  }

  @Test
  void prettyJsonIsIndentedAndTheSampleParses() {
    Result r = run("--pretty", "samples/harbour-strike.txt");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("\n  \"title\" : \"Harbourton dock workers walk out as pay talks collapse\""));
    Article a = NewsJson.read(r.out());
    assertEquals("HARBOURTON", a.dateline().orElseThrow().place());
  }
}
