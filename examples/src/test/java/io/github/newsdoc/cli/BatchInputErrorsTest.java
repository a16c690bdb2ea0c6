package io.github.newsdoc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Findings 1 (a missing path), 13 (directories and reasons) and 14 (an input too big for the heap). */
class BatchInputErrorsTest {
  @TempDir
  Path dir;

  static List<String> titles(Cli.Result r) {
    return r.records().stream().map(x -> x.article().title()).collect(Collectors.toList());
  }

  @Test
  void finding1_aMissingPathIsReportedAndTheOtherFilesStillRunWithExitOne() throws IOException {
    Path good = Cli.write(dir.resolve("good.txt"), "Good\n\nBody.\n");
    Path missing = dir.resolve("nonexistent.txt");
    Cli.Result r = Cli.run(missing.toString(), good.toString());
    assertEquals(1, r.status());
    assertEquals(List.of(missing + ": no such file or directory"), r.errLines());
    assertEquals(List.of("Good"), titles(r));
  }

  @Test
  void finding13_aSymlinkedDirectoryArgumentIsFollowed() throws IOException {
    Cli.write(dir.resolve("real/a.txt"), "Alpha\n\nBody.\n");
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
    Cli.Result r = Cli.run(dir.resolve("link").toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("Alpha"), titles(r));
    assertEquals(dir.resolve("link/a.txt").toString(), r.records().get(0).source());
  }

  @Test
  void finding13_aLoopIsReportedOnceAndTheRestRuns() throws IOException {
    Cli.write(dir.resolve("tree/a.txt"), "Alpha\n\nBody.\n");
    Cli.write(dir.resolve("tree/sub/b.txt"), "Beta\n\nBody.\n");
    Files.createSymbolicLink(dir.resolve("tree/sub/loop"), dir.resolve("tree"));
    Cli.Result r = Cli.run(dir.resolve("tree").toString());
    assertEquals(1, r.status());
    assertEquals(List.of(dir.resolve("tree/sub/loop") + ": symbolic link loop: not followed"), r.errLines());
    assertEquals(List.of("Alpha", "Beta"), titles(r));
  }

  @Test
  void finding13_readErrorsSayWhy() throws IOException {
    Path good = Cli.write(dir.resolve("good.txt"), "Good\n\nBody.\n");
    Path longName = dir.resolve("n".repeat(300) + ".txt");
    Path dangling = dir.resolve("dangling.txt");
    Files.createSymbolicLink(dangling, dir.resolve("gone.txt"));
    Cli.Result r = Cli.run(longName.toString(), dangling.toString(), good.toString());
    assertEquals(1, r.status());
    assertEquals(List.of(longName + ": file name too long", dangling + ": broken symbolic link"), r.errLines());
    assertEquals(List.of("Good"), titles(r));
  }

  @Test
  void finding14_aFileTooLargeForTheHeapIsReportedAndTheNextOneRuns() throws IOException {
    Path huge = dir.resolve("in/a-huge.txt");
    Files.createDirectories(huge.getParent());
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(Math.max(Runtime.getRuntime().maxMemory(), Integer.MAX_VALUE + 1L));   // sparse
    }
    Cli.write(dir.resolve("in/b.txt"), "After\n\nBody.\n");
    Cli.Result r = Cli.run(dir.resolve("in").toString());
    assertEquals(1, r.status());
    List<String> err = r.errLines();
    assertTrue(err.get(0).startsWith(huge + ": too large for memory: "), err.get(0));
    assertFalse(r.err().contains("OutOfMemoryError") || r.err().contains("\tat "), r.err());
    assertEquals(List.of("After"), titles(r));
  }
}
