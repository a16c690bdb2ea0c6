package io.github.newsdoc.parser;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input of a batch: its name and, when it was read from a file, the file.
 *
 * @param name the path below the folder the input was found in, with {@code /} between names (a file given
 *     on its own is named by its file name); not empty
 * @param path the file, or {@code null} for an input that is not a file (bytes handed over directly)
 */
public record Source(String name, Path path) {
  /** Checks the components. */
  public Source {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name: must not be empty");
    }
  }

  /** A file given on its own, named by its file name. */
  public static Source of(Path file) {
    Path name = Objects.requireNonNull(file, "file").getFileName();
    return new Source(name == null ? file.toString() : name.toString(), file);
  }

  /** Where this source is, for messages: the file's path as given, or the name. */
  @Override
  public String toString() {
    return path == null ? name : path.toString();
  }
}
