package io.github.newsdoc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Finding 5: the problems the parser worked around are shown as warnings, with a count. */
class WarningsTest {
  @TempDir
  Path dir;

  @Test
  void problemsAreWarningsWithPositionsAndASummary() throws IOException {
    Path a = dir.resolve("in/a.txt");
    Files.createDirectories(a.getParent());
    Files.write(a, new byte[] {'T', '\n', '\n', 'C', 'o', 's', 't', 's', ' ', (byte) 0xA3, '5', ' ', (byte) 0xA3, '6',
        '\n'});
    Cli.write(dir.resolve("in/b.txt"), "Clean\n\nBody.\n");
    Cli.Result r = Cli.run(dir.resolve("in").toString());
    assertEquals(0, r.status(), "warnings are no failure");
    assertEquals(List.of(
        a + ":3:7: warning: byte 0xA3 is not UTF-8; read as U+00A3",
        a + ":3:10: warning: byte 0xA3 is not UTF-8; read as U+00A3",
        "newsdoc: 2 warnings in 1 file"), r.errLines());
    assertEquals(2, r.records().size());
  }

  @Test
  void strictTurnsThemIntoErrors() throws IOException {
    Path a = dir.resolve("a.txt");
    Files.write(a, new byte[] {'T', '\n', '\n', 'x', (byte) 0xA3, '\n'});
    Cli.Result r = Cli.run("--strict", a.toString());
    assertEquals(1, r.status());
    assertEquals(List.of(a + ":3:2: byte 0xA3 is not UTF-8; read as U+00A3", "newsdoc: 1 of 1 inputs failed"),
        r.errLines());
  }
}
