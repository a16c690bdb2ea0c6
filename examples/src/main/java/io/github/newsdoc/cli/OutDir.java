package io.github.newsdoc.cli;

import io.github.newsdoc.parser.ArticleSources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --out} directory, made and proved writable before anything is parsed. */
final class OutDir {
  private OutDir() {}

  /**
   * Creates {@code dir} if missing and writes and deletes a probe file in it.
   *
   * @return whether the directory's file system ignores the case of names
   * @throws IllegalArgumentException (a usage error) if the directory cannot be made or written
   */
  static boolean prepare(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalArgumentException("--out " + dir + ": cannot create the directory: "
          + ArticleSources.reason(e));
    }
    Path probe;
    try {
      probe = Files.createTempFile(dir, ".newsdoc-probe-", "-A.tmp");
    } catch (IOException e) {
      throw new IllegalArgumentException("--out " + dir + ": cannot write in the directory: "
          + ArticleSources.reason(e));
    }
    try {
      String name = probe.getFileName().toString();
      return Files.exists(probe.resolveSibling(name.substring(0, name.length() - "A.tmp".length()) + "a.tmp"));
    } finally {
      try {
        Files.deleteIfExists(probe);
      } catch (IOException ignored) {
        // The probe is a hidden empty file; leaving it behind loses nothing.
      }
    }
  }
}
