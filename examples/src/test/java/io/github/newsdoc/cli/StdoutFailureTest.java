package io.github.newsdoc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Finding 12: output lost with exit 0 (a full disk, a closed pipe, a locale without UTF-8). */
class StdoutFailureTest {
  static final String STORY = "Café owners protest – «no» to fees\n\nThe café in Zürich said \u201cnever\u201d.\n";

  @TempDir
  Path dir;

  @Test
  void aFailedWriteToStandardOutputIsAnErrorWithExitOne() throws IOException {
    Path story = Cli.write(dir.resolve("story.txt"), STORY);
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    Cli.Result r = Cli.run(Cli.env(), full, story.toString(), story.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("newsdoc: cannot write standard output: No space left on device; stopped\n"),
        r.err());
  }

  @Test
  void devFullGivesExitOne() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
    Path story = Cli.write(dir.resolve("story.txt"), STORY);
    Process p = Subprocess.newsdoc(story.toString())
        .redirectOutput(new java.io.File("/dev/full"))
        .redirectErrorStream(false)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, p.exitValue(), err);
    assertTrue(err.contains("cannot write standard output: No space left on device; stopped"), err);
  }

  @Test
  void aClosedPipeGivesExitOne() throws Exception {
    Path story = Cli.write(dir.resolve("story.txt"), STORY);
    Process p = Subprocess.newsdoc(story.toString()).start();
    p.getInputStream().close();   // the reader of the pipe goes away before anything is written
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, p.exitValue(), err);
    assertTrue(err.contains("cannot write standard output: Broken pipe; stopped"), err);
  }

  @Test
  void outputIsUtf8WithoutAnyLocale() throws Exception {
    Path story = Cli.write(dir.resolve("story.txt"), STORY);
    for (String format : new String[] {"json", "text"}) {
      ProcessBuilder b = Subprocess.newsdoc("--format", format, story.toString());
      b.environment().put("LC_ALL", "C");
      Process p = b.redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue());
      String text = new String(out, StandardCharsets.UTF_8);
      assertTrue(text.contains("Café owners protest – «no» to fees"), text);
      assertTrue(text.contains("Zürich said \u201cnever\u201d."), text);
      assertTrue(!text.contains("?"), text);
    }
  }
}
