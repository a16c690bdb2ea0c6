package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding 8 (a stream of results over paths or a folder) and 14 (an input too big for the heap). */
class ArticleStreamTest {
  @TempDir
  Path dir;

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  static List<String> summary(Stream<ParseResult> results) {
    try (results) {
      return results.map(r -> r.source().name() + " " + r.article().map(Article::title)
          .orElseGet(() -> "FAILED " + r.failure().orElseThrow())).collect(Collectors.toList());
    }
  }

  @Test
  void aFolderGivesOneResultPerFileInOrderAndBadFilesDoNotStopIt() throws IOException {
    Files.createDirectories(dir.resolve("in"));
    Files.write(dir.resolve("in/a.txt"), new byte[] {'A', 'l', 'p', 'h', 'a', '\n', '\n', 'x', (byte) 0xA3, '\n'});
    Files.write(dir.resolve("in/b.txt"), new byte[] {'B', '\n', '\n', 'x', 0, '\n'});
    write("in/sub/c.txt", "Gamma\n\nBody.\n");
    List<ParseResult> results = ArticleStream.parse(ArticleParser.standard(), dir.resolve("in"))
        .collect(Collectors.toList());
    assertEquals(List.of("a.txt Alpha", "b.txt FAILED 3:2: NUL character: this looks like a binary file, not text",
        "sub/c.txt Gamma"), summary(results.stream()));
    assertEquals(1, results.get(0).problems().size(), "the stray byte is reported");
    assertEquals(3, results.get(0).problems().get(0).line());
    assertEquals(dir.resolve("in/sub/c.txt"), results.get(2).source().path());
  }

  @Test
  void pathsThatCannotBeReadAreResultsToo() throws IOException {
    Path good = write("good.txt", "Good\n\nBody.\n");
    List<String> got = summary(ArticleStream.parse(ArticleParser.standard(),
        List.of(dir.resolve("missing.txt"), good)));
    assertEquals(List.of(dir.resolve("missing.txt") + " FAILED no such file or directory", "good.txt Good"), got);
  }

  @Test
  void anOutOfMemoryErrorFailsOneInputAndTheNextIsParsed() throws IOException {
    write("in/1.txt", "One\n\nBody.\n");
    write("in/2.txt", "Two\n\nExplode here.\n");
    write("in/3.txt", "Three\n\nBody.\n");
    ArticleParser parser = ArticleParser.builder().entityRecognizer(text -> {
      if (text.contains("Explode")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return List.of();
    }).build();
    List<String> got = summary(ArticleStream.parse(parser, dir.resolve("in")));
    assertEquals("1.txt One", got.get(0));
    assertTrue(got.get(1).startsWith("2.txt FAILED too large for memory: out of memory while parsing"), got.get(1));
    assertEquals("3.txt Three", got.get(2));
  }

  @Test
  void aFileLargerThanTheHeapCanHoldIsRefusedBeforeReading() throws IOException {
    Path huge = dir.resolve("in/huge.txt");
    Files.createDirectories(huge.getParent());
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(ArticleStream.largestReadable() + 1);   // sparse: takes no disk space
    }
    write("in/next.txt", "Next\n\nBody.\n");
    List<String> got = summary(ArticleStream.parse(ArticleParser.standard(), dir.resolve("in")));
    assertTrue(got.get(0).startsWith("huge.txt FAILED too large for memory: "), got.get(0));
    assertTrue(got.get(0).endsWith("(raise it with -Xmx)"), got.get(0));
    assertEquals("next.txt Next", got.get(1));
  }

  @Test
  void bytesFromAFrameworkAreParsedUnderTheirName() {
    ParseResult ok = ArticleStream.parse(ArticleParser.standard(), "hdfs://news/1.txt",
        "Title\n\nBody.\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("Title", ok.article().orElseThrow().title());
    assertEquals("hdfs://news/1.txt", ok.source().name());
    ParseResult bad = ArticleStream.parse(ArticleParser.builder().malformedInput(MalformedInputPolicy.REJECT).build(),
        "x", new byte[] {'T', (byte) 0xFF});
    assertFalse(bad.isSuccess());
    assertEquals(1, bad.failure().orElseThrow().line());
    assertTrue(bad.problems().isEmpty());
  }

  @Test
  void aParallelStreamGivesTheSameResults() throws IOException {
    for (int i = 0; i < 40; i++) {
      write("many/" + i + ".txt", "Title " + i + "\n\n\"Quote " + i + ",\" she said.\n");
    }
    List<String> sequential = summary(ArticleStream.parse(ArticleParser.standard(), dir.resolve("many")));
    List<String> parallel = summary(ArticleStream.parse(ArticleParser.standard(), dir.resolve("many")).parallel());
    assertEquals(40, sequential.size());
    assertEquals(sequential, parallel);
  }
}
