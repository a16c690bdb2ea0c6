package io.github.newsdoc.examples;

import io.github.newsdoc.parser.ArticleParseException;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.MalformedInputPolicy;
import io.github.newsdoc.parser.Newsdoc;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Findings 10 and 11: what the README says about parsing is what the code does. */
class ReadmeTest {
  static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  static String section(String readme, String heading) {
    int start = readme.indexOf("\n## " + heading + "\n");
    assertTrue(start >= 0, "no section " + heading);
    int end = readme.indexOf("\n## ", start + 4);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  // A file whose line 5 holds a pound sign in windows-1252 at column 176, as in the Parsing section.
  static byte[] strayByte() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("Headline\n\nOne.\n\n".getBytes(StandardCharsets.US_ASCII));
    b.writeBytes("x".repeat(175).getBytes(StandardCharsets.US_ASCII));
    b.write(0xA3);
    b.writeBytes("5.\n".getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }

  @Test
  void finding11_theParsingSnippetShowsTheOutputOfThePolicyItSets() throws IOException {
    String parsing = section(readme(), "Parsing");
    String fallback = ArticleParser.builder().malformedInput(MalformedInputPolicy.FALLBACK_WINDOWS_1252).build()
        .analyze(strayByte()).problems().get(0).toString();
    assertEquals("<5:176>: byte 0xA3 is not UTF-8; read as U+00A3", fallback);
    assertTrue(parsing.contains("// " + fallback), "the output shown is the fallback policy's");
    assertTrue(parsing.contains(".malformedInput(MalformedInputPolicy.FALLBACK_WINDOWS_1252)"),
        "and the snippet sets that policy");
    assertFalse(parsing.contains(".malformedInput(MalformedInputPolicy.REJECT)"));
    ArticleParseException rejected = assertThrows(ArticleParseException.class, () -> ArticleParser.builder()
        .malformedInput(MalformedInputPolicy.REJECT).build().analyze(strayByte()));
    assertTrue(parsing.contains("(`" + rejected.getMessage() + "`)"), rejected.getMessage());
    String replaced = ArticleParser.builder().malformedInput(MalformedInputPolicy.REPLACE).build()
        .analyze(strayByte()).problems().get(0).message();
    assertTrue(parsing.contains("`" + replaced + "`"), replaced);
  }

  @Test
  void finding11_theReadmeSaysToInstallTheSnapshotAndThatCorpusTestsSkip() throws IOException {
    String maven = section(readme(), "Maven");
    assertTrue(maven.contains("SNAPSHOT") && maven.contains("`mvn -B -DskipTests install`"), maven);
    String commands = section(readme(), "Commands");
    assertTrue(commands.contains("`../shared/corpus`") && commands.contains("skipped"), commands);
  }

  @Test
  void finding10_theReadmeNamesTheFileAndTheTextMethods() throws IOException {
    String readme = readme();
    assertFalse(readme.contains("or a String"), "the invitation to pass a file name as text is gone");
    assertTrue(readme.contains("Newsdoc.parseFile(Path.of(\"story.txt\"))"));
    assertTrue(readme.contains("Newsdoc.parseText("));
    assertThrows(IllegalArgumentException.class, () -> Newsdoc.parse("story.txt"));
  }

  @Test
  void theReadmeShowsABatchRunWithJobsAndOut() throws IOException {
    String cli = section(readme(), "Command line");
    assertTrue(cli.matches("(?s).*java -jar examples/target/newsdoc\\.jar --jobs \\d+ --out \\S+ \\S+\n.*"), cli);
  }
}
