package io.github.newsdoc.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.newsdoc.examples.QuickStartTest.between;
import static io.github.newsdoc.examples.QuickStartTest.normalise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's newsroom-formats snippet is the code of {@link NewsroomFormats}, and it does what it says. */
class NewsroomFormatsTest {
  @TempDir
  Path dir;

  @Test
  void readmeSnippetIsTheExampleCode() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/newsdoc/examples/NewsroomFormats.java"));
    String readme = Files.readString(Path.of("../README.md"));
    String snippet = between(readme, "<!-- newsroom-formats -->\n```java", "```");
    assertEquals(normalise(between(source, "// README-BEGIN", "// README-END")), normalise(snippet));
  }

  @Test
  void writesTheThreeFilesAndReadsTheNinjsBack() throws IOException {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      NewsroomFormats.main(new String[] {"samples/harbour-strike.txt", dir.toString()});
    } finally {
      System.setOut(old);
    }
    assertEquals("true", out.toString(StandardCharsets.UTF_8).strip());
    assertTrue(Files.readString(dir.resolve("story.ninjs.json")).contains("\"type\" : \"text\""));
    assertTrue(Files.readString(dir.resolve("story.jsonld")).contains("\"@type\" : \"NewsArticle\""));
    assertTrue(Files.readString(dir.resolve("story.html")).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void theReadmeShowsTheScreenshotOfTheView() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains("](docs/html-view.png)"), "the README links the screenshot");
    byte[] png = Files.readAllBytes(Path.of("../docs/html-view.png"));
    assertEquals((byte) 0x89, png[0]);
    assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
  }
}
