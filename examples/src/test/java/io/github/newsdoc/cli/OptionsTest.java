package io.github.newsdoc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding 7: '-' for standard input, --version, and --jobs for more than one core. */
class OptionsTest {
  @TempDir
  Path dir;

  @Test
  void dashReadsStandardInputInItsPlaceAmongTheFiles() throws IOException {
    Path before = Cli.write(dir.resolve("before.txt"), "Before\n\nBody.\n");
    Path after = Cli.write(dir.resolve("after.txt"), "After\n\nBody.\n");
    Env env = new Env(new ByteArrayInputStream("From stdin – ok\n\nBody.\n".getBytes(StandardCharsets.UTF_8)),
        false, 2, System::nanoTime);
    Cli.Result r = Cli.run(env, before.toString(), "-", after.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("Before", "From stdin – ok", "After"),
        r.records().stream().map(x -> x.article().title()).collect(Collectors.toList()));
    assertEquals(2, Cli.run("-", "-").status(), "standard input is read once");
  }

  @Test
  void versionPrintsTheProjectVersion() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.status());
    assertTrue(r.out().matches("newsdoc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), r.out());
    assertEquals(r.out(), Cli.run("-V").out());
  }

  @Test
  void jobsParseInParallelAndTheOutputKeepsTheInputOrder() throws IOException {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // Long and short articles mixed, so that later ones often finish first.
      String body = (i % 3 == 0 ? "A long paragraph with \"a quote,\" she said. " : "Short. ").repeat(i % 3 == 0 ? 150 : 1);
      args.add(Cli.write(dir.resolve(String.format("f%02d.txt", i)), "Title " + i + "\n\n" + body + "\n").toString());
    }
    Cli.Result one = Cli.run(prepend(args, "--jobs", "1"));
    Cli.Result four = Cli.run(prepend(args, "--jobs=4"));
    assertEquals(0, four.status(), four.err());
    assertEquals(one.out(), four.out());
    List<String> titles = four.records().stream().map(x -> x.article().title()).collect(Collectors.toList());
    for (int i = 0; i < 40; i++) {
      assertEquals("Title " + i, titles.get(i));
    }
  }

  @Test
  void jobsDefaultToTheNumberOfCoresAndMustBePositive() {
    assertEquals(6, Options.parse(new String[] {"a.txt"}, 6).jobs);
    assertEquals(3, Options.parse(new String[] {"-j", "3", "a.txt"}, 6).jobs);
    Cli.Result r = Cli.run("--jobs", "zero", "a.txt");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("newsdoc: --jobs takes a number from 1 to 1024, not 'zero'"), r.err());
  }

  static String[] prepend(List<String> rest, String... first) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all.toArray(new String[0]);
  }
}
