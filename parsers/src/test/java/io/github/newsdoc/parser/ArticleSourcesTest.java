package io.github.newsdoc.parser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Finding 13: symbolic links, loops and unreadable directories while looking for inputs. */
class ArticleSourcesTest {
  @TempDir
  Path dir;

  Path write(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Title\n\nBody.\n");
    return file;
  }

  static List<String> names(ArticleSources.Listing listing) {
    return listing.sources().stream().map(Source::name).collect(Collectors.toList());
  }

  @Test
  void aSymlinkToADirectoryIsFollowedAsAnArgumentAndInside() throws IOException {
    write("real/a.txt");
    write("real/sub/b.txt");
    write("other/c.txt");
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
    Files.createSymbolicLink(dir.resolve("real/more"), dir.resolve("other"));
    ArticleSources.Listing found = ArticleSources.walk(dir.resolve("link"));
    assertEquals(List.of("a.txt", "more/c.txt", "sub/b.txt"), names(found));
    assertEquals(List.of(), found.problems());
    assertEquals(dir.resolve("link/sub/b.txt"), found.sources().get(2).path());
  }

  @Test
  void aLoopIsReportedOnceAndTheRestIsListed() throws IOException {
    write("tree/a.txt");
    write("tree/sub/b.txt");
    Files.createSymbolicLink(dir.resolve("tree/sub/up"), dir.resolve("tree"));
    ArticleSources.Listing found = ArticleSources.walk(dir.resolve("tree"));
    assertEquals(List.of("a.txt", "sub/b.txt"), names(found));
    assertEquals(List.of(new SourceProblem(dir.resolve("tree/sub/up"), "symbolic link loop: not followed")),
        found.problems());
  }

  @Test
  void anUnreadableSubdirectoryIsReportedWithItsReasonAndItsSiblingsListed() throws IOException {
    write("tree/a.txt");
    write("tree/locked/b.txt");
    write("tree/z/c.txt");
    Path locked = dir.resolve("tree/locked");
    ArticleSources.Listing found = ArticleSources.walk(dir.resolve("tree"), d -> {
      if (d.equals(locked)) {
        throw new AccessDeniedException(d.toString());
      }
      return Files.newDirectoryStream(d);
    });
    assertEquals(List.of("a.txt", "z/c.txt"), names(found));
    assertEquals(List.of(new SourceProblem(locked, "permission denied")), found.problems());
    assertEquals(locked + ": permission denied", found.problems().get(0).toString());
  }

  @Test
  void anUnreadableSubdirectoryOnDisk() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every directory");
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    write("tree/a.txt");
    write("tree/locked/b.txt");
    Path locked = dir.resolve("tree/locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      ArticleSources.Listing found = ArticleSources.walk(dir.resolve("tree"));
      assertEquals(List.of("a.txt"), names(found));
      assertEquals(List.of(new SourceProblem(locked, "permission denied")), found.problems());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void missingPathsBrokenLinksAndLongNamesSayWhy() throws IOException {
    assertEquals(List.of(new SourceProblem(dir.resolve("nope"), "no such file or directory")),
        ArticleSources.walk(dir.resolve("nope")).problems());
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
    assertEquals(List.of(new SourceProblem(dir.resolve("dangling.txt"), "broken symbolic link")),
        ArticleSources.walk(dir.resolve("dangling.txt")).problems());
    Path tooLong = dir.resolve("x".repeat(300) + ".txt");
    assertEquals(List.of(new SourceProblem(tooLong, "file name too long")),
        ArticleSources.walk(tooLong).problems());
  }

  @Test
  void aFileGivenOnItsOwnIsNamedByItsFileNameAndAnyCaseOfTxtCounts() throws IOException {
    Path file = write("deep/er/one.txt");
    write("mixed/UPPER.TXT");
    write("mixed/notes.md");
    assertEquals(List.of(new Source("one.txt", file)), ArticleSources.walk(file).sources());
    assertEquals(List.of("UPPER.TXT"), names(ArticleSources.walk(dir.resolve("mixed"))));
  }
}
