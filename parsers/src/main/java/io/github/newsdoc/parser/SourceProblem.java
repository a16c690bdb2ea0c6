package io.github.newsdoc.parser;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A path that could not be read while looking for inputs: a missing path, a directory that cannot be listed,
 * a symbolic link loop or a broken link.
 *
 * @param path the path
 * @param reason what is wrong, for example {@code permission denied}
 */
public record SourceProblem(Path path, String reason) {
  /** Checks the components. */
  public SourceProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns {@code path: reason}. */
  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
