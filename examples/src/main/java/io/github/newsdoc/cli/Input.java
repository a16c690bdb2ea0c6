package io.github.newsdoc.cli;

import io.github.newsdoc.parser.Source;

import java.io.File;
import java.nio.file.Path;

/**
 * One input of a run.
 *
 * @param source what to read ({@code path() == null} for standard input)
 * @param shown the input's path as found (the argument, or the argument joined with the path below it), or
 *     {@code -}: how messages and JSON Lines records name it
 * @param target where its document goes under {@code --out}, or {@code null} for standard output
 * @param size its size in bytes when known, else 0
 */
record Input(Source source, String shown, Path target, long size) {
  boolean isStdin() {
    return source.path() == null;
  }

  /** The name written into a JSON Lines record: {@link #shown()} with {@code /} between names. */
  String recordName() {
    return File.separatorChar == '/' ? shown : shown.replace(File.separatorChar, '/');
  }
}
