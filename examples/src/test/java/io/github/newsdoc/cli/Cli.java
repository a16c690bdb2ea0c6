package io.github.newsdoc.cli;

import io.github.newsdoc.json.ArticleRecord;
import io.github.newsdoc.json.JsonLinesReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** Runs the command in this JVM and keeps what it wrote. */
final class Cli {
  private Cli() {}

  record Result(int status, String out, String err) {
    /** Standard output read as JSON Lines records. */
    List<ArticleRecord> records() {
      try (JsonLinesReader in = JsonLinesReader.of(new StringReader(out))) {
        return in.stream().collect(Collectors.toList());
      }
    }

    List<String> errLines() {
      return err.lines().collect(Collectors.toList());
    }
  }

  static Env env() {
    return new Env(new ByteArrayInputStream(new byte[0]), false, 2, System::nanoTime);
  }

  static Result run(String... args) {
    return run(env(), args);
  }

  static Result run(Env env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Result r = run(env, out, args);
    return new Result(r.status(), out.toString(StandardCharsets.UTF_8), r.err());
  }

  static Result run(Env env, OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = NewsdocCli.run(args, env, out, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, "", err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** A clock that moves only when told. */
  static final class FakeClock implements java.util.function.LongSupplier {
    final AtomicLong now = new AtomicLong();

    @Override
    public long getAsLong() {
      return now.get();
    }
  }
}
