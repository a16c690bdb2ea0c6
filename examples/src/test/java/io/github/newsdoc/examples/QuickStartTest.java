package io.github.newsdoc.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's snippet is the code of {@link QuickStart}, and it prints what the README says. */
class QuickStartTest {

  static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end, from + begin.length());
    assertTrue(from >= 0 && to > from, "markers " + begin + " … " + end + " not found");
    return text.substring(from + begin.length(), to);
  }

  static String normalise(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void readmeQuickStartIsTheExampleCode() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/newsdoc/examples/QuickStart.java"));
    String readme = Files.readString(Path.of("../README.md"));
    String snippet = between(readme, "<!-- quick-start -->\n```java", "```");
    String code = between(source, "// README-BEGIN", "// README-END");
    assertEquals(normalise(code), normalise(snippet.replaceAll("(?m)^import .*$", "")));
  }

  @Test
  void quickStartPrintsJsonAndTrue() {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(lines[0].startsWith("{\"schemaVersion\":3,\"title\":\"Council approves the new bridge\""), lines[0]);
    assertEquals("true", lines[1].strip());
  }
}
