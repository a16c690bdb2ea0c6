package io.github.newsdoc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Finding 4: a progress line whenever standard error is a terminal, even with standard output redirected. */
class ProgressTest {
  @TempDir
  Path dir;

  @Test
  void theLineShowsFilesMegabytesRateAndTimeLeft() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Cli.FakeClock clock = new Cli.FakeClock();
    Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 4, 4_000_000, clock);
    clock.now.set(2_000_000_000L);
    p.step(1_000_000);
    assertEquals("\rnewsdoc: 1/4 files, 1.0/4.0 MB, 0.5 MB/s, ETA 0:06", bytes.toString(StandardCharsets.UTF_8));
    clock.now.set(2_100_000_000L);
    p.step(1_000_000);   // too soon to draw again
    assertEquals("\rnewsdoc: 1/4 files, 1.0/4.0 MB, 0.5 MB/s, ETA 0:06", bytes.toString(StandardCharsets.UTF_8));
    p.done();
    assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r" + " ".repeat("newsdoc: 1/4 files, 1.0/4.0 MB, 0.5 MB/s, ETA 0:06".length()) + "\r"), "the line is cleared");
  }

  @Test
  void nothingIsDrawnWithinTheFirstSecondOrWhenOff() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Cli.FakeClock clock = new Cli.FakeClock();
    Progress quick = new Progress(new PrintStream(bytes), true, 2, 10, clock);
    clock.now.set(500_000_000L);
    quick.step(5);
    Progress off = new Progress(new PrintStream(bytes), false, 2, 10, clock);
    clock.now.set(5_000_000_000L);
    off.step(5);
    assertEquals("", bytes.toString());
  }

  Env terminalEnv(boolean terminal) {
    Cli.FakeClock clock = new Cli.FakeClock();
    return new Env(new ByteArrayInputStream(new byte[0]), terminal, 1,
        () -> clock.now.addAndGet(400_000_000L));
  }

  @Test
  void theCommandDrawsItWhenStderrIsATerminalUnlessQuiet() throws IOException {
    for (int i = 0; i < 5; i++) {
      Cli.write(dir.resolve("in/" + i + ".txt"), "Title " + i + "\n\nBody.\n");
    }
    String in = dir.resolve("in").toString();
    Cli.Result shown = Cli.run(terminalEnv(true), in);
    assertEquals(0, shown.status());
    assertTrue(shown.err().contains("\rnewsdoc: 3/5 files, "), shown.err());
    assertTrue(shown.err().contains(" MB/s, ETA "), shown.err());
    assertEquals(5, shown.records().size(), "standard output holds only the documents");
    assertFalse(Cli.run(terminalEnv(true), "--quiet", in).err().contains("\r"));
    assertFalse(Cli.run(terminalEnv(false), in).err().contains("\r"));
  }

  @Test
  void stderrIsATerminalEvenWhenStdoutIsRedirected() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) for a pseudo-terminal");
    Path out = dir.resolve("probe.out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = location(TerminalProbe.class) + File.pathSeparator + Subprocess.classPath();
    String command = "'" + java + "' -cp '" + cp + "' " + TerminalProbe.class.getName() + " > '" + out + "'";
    Process p = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
        .redirectErrorStream(true).start();
    p.getOutputStream().close();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(List.of("stderr terminal: true, console: false"), Files.readAllLines(out));
    assertFalse(Terminal.stderrIsTerminal(), "under the test runner, stderr is a pipe");
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
