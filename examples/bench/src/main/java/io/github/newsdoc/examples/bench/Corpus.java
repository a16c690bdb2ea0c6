package io.github.newsdoc.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The texts a benchmark parses: the shared corpus's clean articles when present, else the sample. */
final class Corpus {
  private Corpus() {}

  static Path root() {
    return Path.of(System.getProperty("newsdoc.corpus", "../shared/corpus"));
  }

  /** The seeds, BBC and PolNeAR texts, decoded, in path order. */
  static List<String> cleanArticles() {
    Path root = root();
    List<String> texts = new ArrayList<>();
    for (String part : List.of("seeds", "bbc", "polnear")) {
      Path dir = root.resolve(part);
      if (Files.isDirectory(dir)) {
        texts.addAll(read(dir));
      }
    }
    if (texts.isEmpty()) {
      texts.addAll(read(Path.of("examples/samples")));
    }
    return texts;
  }

  static List<String> read(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
      List<String> texts = new ArrayList<>();
      for (Path p : paths) {
        texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long utf8Bytes(List<String> texts) {
    return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
  }
}
