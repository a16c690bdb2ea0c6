package io.github.newsdoc.cli;

import io.github.newsdoc.json.ArticleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding 6: every JSON Lines record says which file it came from. */
class JsonLinesSourceTest {
  @TempDir
  Path dir;

  @Test
  void eachRecordNamesItsInputAsFoundAndTwoFilesOfOneNameStayApart() throws IOException {
    Path x1 = Cli.write(dir.resolve("a/x.txt"), "From a\n\nBody.\n");
    Path x2 = Cli.write(dir.resolve("b/x.txt"), "From b\n\nBody.\n");
    Cli.write(dir.resolve("tree/sub/y.txt"), "Deep\n\nBody.\n");
    Cli.Result r = Cli.run(x1.toString(), dir.resolve("tree").toString(), x2.toString());
    assertEquals(0, r.status(), r.err());
    List<ArticleRecord> records = r.records();
    assertEquals(List.of(x1.toString(), dir.resolve("tree/sub/y.txt").toString(), x2.toString()),
        records.stream().map(ArticleRecord::source).collect(Collectors.toList()));
    assertEquals(List.of("From a", "Deep", "From b"),
        records.stream().map(x -> x.article().title()).collect(Collectors.toList()));
    assertTrue(r.out().startsWith("{\"source\":\"" + x1 + "\",\"article\":{\"schemaVersion\":3,"), r.out());
  }

  @Test
  void standardInputIsNamedDash() {
    Env env = new Env(new ByteArrayInputStream("Piped\n\nBody.\n".getBytes(StandardCharsets.UTF_8)), false, 1,
        System::nanoTime);
    Cli.Result r = Cli.run(env, "-");
    assertEquals(0, r.status(), r.err());
    assertEquals("-", r.records().get(0).source());
    assertEquals("Piped", r.records().get(0).article().title());
  }
}
