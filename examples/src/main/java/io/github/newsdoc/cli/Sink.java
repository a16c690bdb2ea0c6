package io.github.newsdoc.cli;

import io.github.newsdoc.json.ArticleJson;
import io.github.newsdoc.json.ArticleRecord;
import io.github.newsdoc.json.JsonLinesWriter;
import io.github.newsdoc.model.Article;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Where documents go: standard output, or one file each under {@code --out}. Always UTF-8. */
abstract class Sink {
  final Format format;
  final boolean pretty;

  Sink(Options options) {
    this.format = options.format;
    this.pretty = options.pretty;
  }

  /** Writes the document of one input. An {@link IOException} is a failed write. */
  abstract void write(Input input, Article article) throws IOException;

  /** Flushes what is buffered. */
  abstract void finish() throws IOException;

  /** Whether a failed write stops the run (nothing after it could be written either). */
  abstract boolean failureIsFatal();

  /** The name of where a failed write went, for the message. */
  abstract String where(Input input);

  /**
   * Standard output: JSON Lines records (or indented records); ninjs or JSON-LD documents one a line (or
   * indented, one after another); or canonical texts or HTML pages split by a line holding a form feed.
   */
  static final class ToStdout extends Sink {
    private final OutputStream out;
    private boolean first = true;

    ToStdout(Options options, OutputStream out) {
      super(options);
      this.out = new BufferedOutputStream(out, 1 << 16);
    }

    @Override
    void write(Input input, Article article) throws IOException {
      String document;
      if (format == Format.TEXT || format == Format.HTML) {
        document = (first ? "" : "\f\n") + format.write(article, null, false);
      } else if (format != Format.JSON) {
        document = format.write(article, null, pretty) + "\n";
      } else {
        ArticleRecord record = new ArticleRecord(input.recordName(), article);
        document = (pretty ? JsonLinesWriter.toPrettyJson(record) : JsonLinesWriter.toLine(record)) + "\n";
      }
      first = false;
      out.write(document.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    void finish() throws IOException {
      out.flush();
    }

    @Override
    boolean failureIsFatal() {
      return true;
    }

    @Override
    String where(Input input) {
      return "standard output";
    }
  }

  /** One file per input under {@code --out}, each written whole or not at all. */
  static final class PerFile extends Sink {
    private final ArticleJson json;

    PerFile(Options options) {
      super(options);
      this.json = options.pretty ? ArticleJson.standard().withPrettyPrinting() : ArticleJson.standard();
    }

    @Override
    void write(Input input, Article article) throws IOException {
      String document = format.write(article, json, pretty);
      document = format == Format.TEXT || document.endsWith("\n") ? document : document + "\n";
      Path target = input.target();
      Files.createDirectories(target.getParent());
      // Not createTempFile: its files are private (0600); this one gets the usual permissions.
      Path temporary = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(
          java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
      try {
        Files.write(temporary, document.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        try {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    }

    @Override
    void finish() {}

    @Override
    boolean failureIsFatal() {
      return false;
    }

    @Override
    String where(Input input) {
      return input.target().toString();
    }
  }
}
