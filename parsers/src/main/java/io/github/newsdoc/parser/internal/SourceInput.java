package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.ArticleParseException;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.MalformedInputPolicy;
import io.github.newsdoc.parser.ParseProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The parser's input step: reads a text, a character stream, bytes or a file into its lines with
 * {@link SourceReader}, within the parser's limits and its malformed-input policy, reporting what it decodes
 * around as problems. Whatever goes wrong comes out as the parser's documented exceptions, in this one place:
 * {@link ArticleParseException} with the position for input past a limit or rejected, and
 * {@link UncheckedIOException} for failing I/O.
 */
public final class SourceInput {
  private final SourceReader.Limits limits;
  private final Utf8Decoder.Mode mode;

  /** An input step with these limits (see {@link ArticleParser.Builder}) and policy. */
  public SourceInput(int maxInputLength, int maxLineLength, int maxLines, boolean rejectBinary,
      MalformedInputPolicy policy) {
    this.limits = new SourceReader.Limits(maxInputLength, maxLineLength, maxLines, rejectBinary);
    this.mode = policy == MalformedInputPolicy.REJECT ? Utf8Decoder.Mode.REJECT
        : policy == MalformedInputPolicy.REPLACE ? Utf8Decoder.Mode.REPLACE : Utf8Decoder.Mode.WINDOWS_1252;
  }

  /** The lines of decoded text. */
  public List<Line> lines(CharSequence text, List<ParseProblem> problems) {
    return read(() -> SourceReader.lines(text, limits, malformed(problems)));
  }

  /** The lines of a character stream, read to its end but not closed. */
  public List<Line> lines(Reader in, List<ParseProblem> problems) {
    return read(() -> SourceReader.lines(in, limits, malformed(problems)));
  }

  /** The lines of UTF-8 bytes, decoded as they are read; no more than the length limit is read. */
  public List<Line> lines(InputStream in, List<ParseProblem> problems) {
    return read(() -> SourceReader.lines(in, limits, mode, malformed(problems)));
  }

  /** The lines of a UTF-8 file; a regular file larger than the length limit is not read at all. */
  public List<Line> lines(Path file, List<ParseProblem> problems) {
    return read(() -> {
      if (Files.isRegularFile(file) && Files.size(file) > limits.maxInput()) {
        throw new ArticleParseException(1, 1, "input is " + Files.size(file) + " bytes long, more than the limit of "
            + limits.maxInput() + " bytes");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return SourceReader.lines(in, limits, mode, malformed(problems));
      }
    });
  }

  private interface Reading {
    List<Line> lines() throws IOException;
  }

  private static List<Line> read(Reading reading) {
    try {
      return reading.lines();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Utf8Decoder.RejectedException e) {
      throw new ArticleParseException(e.malformed().line(), e.malformed().column(), e.getMessage());
    } catch (LineSplitter.LimitException e) {
      throw new ArticleParseException(e.line(), e.column(), e.getMessage());
    }
  }

  // The first MAX_MALFORMED_LISTED characters that could not be decoded are listed, then one problem says
  // that no more are: a problem for each byte of a file that is not UTF-8 would take more heap than its text.
  private static Consumer<Utf8Decoder.Malformed> malformed(List<ParseProblem> problems) {
    int[] seen = {0};
    return m -> {
      if (++seen[0] > ArticleParser.MAX_MALFORMED_LISTED + 1) {
        return;
      }
      String what = m.value() > 0xFF
          ? String.format("lone surrogate U+%04X; read as U+FFFD", m.value())
          : String.format("byte 0x%02X is not UTF-8; read as U+%04X", m.value(), m.decodedAs());
      problems.add(new ParseProblem(m.line(), m.column(), seen[0] <= ArticleParser.MAX_MALFORMED_LISTED ? what
          : what + "; from here on, such characters are read the same way but not listed"));
    };
  }
}
