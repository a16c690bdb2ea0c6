package io.github.newsdoc.parser.internal;

import com.google.common.collect.ImmutableSet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Word lists kept as data: resource files under {@code io/github/newsdoc/parser/words/}, one entry a line,
 * {@code #} starting a comment, blank lines ignored. Entries are stored as written (lists of lower-case
 * words are written in lower case). A list names each entry once: a repeated entry is a mistake in the
 * data and fails the load with the file and line, as does a missing file.
 */
final class WordList {
  private static final String ROOT = "/io/github/newsdoc/parser/words/";

  private WordList() {}

  /** The entries of {@code words/<name>.txt}, loaded now. */
  static ImmutableSet<String> load(String name) {
    String path = ROOT + name + ".txt";
    try (InputStream in = WordList.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the class path: " + path);
      }
      return read(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }

  static ImmutableSet<String> read(String path, BufferedReader reader) throws IOException {
    ImmutableSet.Builder<String> entries = ImmutableSet.builder();
    Set<String> seen = new HashSet<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (entry.isEmpty()) {
        continue;
      }
      if (!seen.add(entry)) {
        throw new IllegalStateException(path + ":" + number + ": '" + entry + "' is listed twice");
      }
      entries.add(entry);
    }
    return entries.build();
  }
}
