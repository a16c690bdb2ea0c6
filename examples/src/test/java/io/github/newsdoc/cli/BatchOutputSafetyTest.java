package io.github.newsdoc.cli;

import io.github.newsdoc.json.NewsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Findings 2 (--out overwrites silently) and 3 (an unwritable --out). */
class BatchOutputSafetyTest {
  @TempDir
  Path dir;

  static List<String> filesBelow(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void finding2_twoInputsOfOneNameStopTheRunBeforeAnythingIsWritten() throws IOException {
    Path a = Cli.write(dir.resolve("a/x.txt"), "From a\n\nBody.\n");
    Path b = Cli.write(dir.resolve("b/x.txt"), "From b\n\nBody.\n");
    Path c = Cli.write(dir.resolve("c.txt"), "Unrelated\n\nBody.\n");
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("--out", out.toString(), c.toString(), a.toString(), b.toString());
    assertEquals(2, r.status());
    assertEquals(List.of("newsdoc: " + a + " and " + b + " would both be written to " + out.resolve("x.json")
        + "; give them separate directory arguments or separate runs", "newsdoc: nothing was written"),
        r.errLines());
    assertEquals(List.of(), filesBelow(out));
  }

  @Test
  void finding2_directoryArgumentsKeepTheirRelativePathsAndClashToo() throws IOException {
    Cli.write(dir.resolve("a/sub/x.txt"), "A\n\nBody.\n");
    Cli.write(dir.resolve("b/sub/x.TXT"), "B\n\nBody.\n");
    Cli.write(dir.resolve("b/other/x.txt"), "C\n\nBody.\n");
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("--out", out.toString(), dir.resolve("a").toString(), dir.resolve("b").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains(dir.resolve("a/sub/x.txt") + " and " + dir.resolve("b/sub/x.TXT")
        + " would both be written to " + out.resolve("sub/x.json")), r.err());
    assertEquals(List.of(), filesBelow(out));
    Cli.Result ok = Cli.run("--out", out.toString(), dir.resolve("b").toString());
    assertEquals(0, ok.status(), ok.err());
    assertEquals(List.of("other/x.json", "sub/x.json"), filesBelow(out));
  }

  @Test
  void finding2_anOutputIsNeverAnInput() throws IOException {
    Path story = Cli.write(dir.resolve("d/story.txt"), "Story\n\nBody.\n");
    byte[] before = Files.readAllBytes(story);
    Cli.Result r = Cli.run("--out", dir.resolve("d").toString(), "--format", "text", dir.resolve("d").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("newsdoc: the output of " + story + " would overwrite the input " + story), r.err());
    assertEquals(new String(before), Files.readString(story));
  }

  @Test
  void finding2_theSameFileGivenTwiceIsWrittenOnce() throws IOException {
    Path story = Cli.write(dir.resolve("d/story.txt"), "Story\n\nBody.\n");
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("--out", out.toString(), dir.resolve("d").toString(), story.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("Story", NewsJson.read(out.resolve("story.json")).title());
  }

  @Test
  void finding3_anUnwritableOutIsOneUsageErrorBeforeParsing() throws IOException {
    Path file = Cli.write(dir.resolve("plain-file"), "not a directory");
    String[] inputs = new String[5];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = Cli.write(dir.resolve("in/" + i + ".txt"), "T" + i + "\n\nBody.\n").toString();
    }
    String[] args = Stream.concat(Stream.of("--out", file.resolve("sub").toString()), Stream.of(inputs))
        .toArray(String[]::new);
    Cli.Result r = Cli.run(args);
    assertEquals(2, r.status());
    List<String> err = r.errLines();
    assertEquals(2, err.size(), r.err());
    assertTrue(err.get(0).startsWith("newsdoc: --out " + file.resolve("sub") + ": cannot create the directory: "),
        err.get(0));
    assertEquals("Try 'newsdoc --help'.", err.get(1));
    assertEquals("", r.out());
  }

  @Test
  void aFailedFileWriteIsAnErrorAndTheOthersAreWritten() throws IOException {
    Cli.write(dir.resolve("in/a.txt"), "A\n\nBody.\n");
    Cli.write(dir.resolve("in/b.txt"), "B\n\nBody.\n");
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("a.json"));   // a directory where a.json should go
    Cli.write(out.resolve("a.json/keep"), "x");
    Cli.Result r = Cli.run("--out", out.toString(), dir.resolve("in").toString());
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith(out.resolve("a.json") + ": cannot write: "), r.err());
    assertEquals("B", NewsJson.read(out.resolve("b.json")).title());
    assertEquals(List.of("a.json/keep", "b.json"), filesBelow(out), "no temporary file is left");
  }
}
