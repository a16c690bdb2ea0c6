package io.github.newsdoc.parser.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a source into its non-blank {@link Line}s while it decodes, so that the whole text is never held
 * at once: bytes are read in small chunks, the length limit is checked on the bytes (or characters) read
 * before they are decoded, and each line becomes a string as soon as it ends. Lines end at LF, CR, CRLF,
 * vertical tab, form feed, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029).
 *
 * <p>What cannot be read throws {@link LineSplitter.LimitException} with the 1-based line and column: input,
 * a line or a number of lines past its limit, and a NUL character when binary input is rejected. Invalid
 * UTF-8 bytes are handled as {@link Utf8Decoder} does; a lone surrogate (possible in strings, readers and
 * UTF-16) is replaced by U+FFFD and reported with its value, so that no lone surrogate reaches an article.
 */
public final class SourceReader {
  /** The characters, besides LF and CR, that end a line. */
  public static final String OTHER_LINE_ENDS = "\u000b\u000c\u0085\u2028\u2029";

  private static final int CHUNK = 64 * 1024;
  // A line builder that grew past this is dropped after its line, not kept for the next one.
  private static final int KEEP_CAPACITY = 64 * 1024;

  /**
   * The limits of one read.
   *
   * @param maxInput the most bytes (of a stream) or characters (of a string or reader)
   * @param maxLineLength the most characters of one line
   * @param maxLines the most lines, blank ones included
   * @param rejectNul whether a NUL character ends the read
   */
  public record Limits(long maxInput, int maxLineLength, int maxLines, boolean rejectNul) {
    /** No limits, NUL allowed. */
    public static final Limits NONE = new Limits(Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, false);
  }

  private final Limits limits;
  private final Consumer<Utf8Decoder.Malformed> onMalformed;
  private final List<Line> lines = new ArrayList<>();
  private StringBuilder line = new StringBuilder();
  private int number = 1;
  // the characters of the current line, counted on past the line-length limit to say how long it is
  private long lineLength;
  private boolean afterBlank = true;
  // a line break ended the last line and no character of the next one has come yet
  private boolean broken;
  private boolean afterCr;
  private char pendingHigh;

  private SourceReader(Limits limits, Consumer<Utf8Decoder.Malformed> onMalformed) {
    this.limits = limits;
    this.onMalformed = onMalformed;
  }

  /** Whether {@code c} ends a line. */
  public static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u0085' || c == '\u2028'
        || c == '\u2029';
  }

  /**
   * Returns the non-blank lines of a text; its length limit counts characters.
   *
   * @throws LineSplitter.LimitException past a limit, or at a rejected NUL
   */
  public static List<Line> lines(CharSequence text, Limits limits, Consumer<Utf8Decoder.Malformed> onMalformed) {
    SourceReader r = new SourceReader(limits, onMalformed);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (i >= limits.maxInput()) {
        throw r.limit("input is " + n + " characters long, more than the limit of " + limits.maxInput());
      }
      r.accept(text.charAt(i));
    }
    return r.finish();
  }

  /**
   * Returns the non-blank lines of a character stream, read to its end (not closed); its length limit counts
   * characters.
   *
   * @throws LineSplitter.LimitException past a limit, or at a rejected NUL
   * @throws IOException if reading fails
   */
  public static List<Line> lines(Reader in, Limits limits, Consumer<Utf8Decoder.Malformed> onMalformed)
      throws IOException {
    SourceReader r = new SourceReader(limits, onMalformed);
    r.readChars(in, limits.maxInput(), "characters");
    return r.finish();
  }

  /**
   * Returns the non-blank lines of UTF-8 bytes (UTF-16 after its byte order mark), read to their end (not
   * closed); its length limit counts bytes, and no more than the limit and a few bytes are read.
   *
   * @throws LineSplitter.LimitException past a limit, or at a rejected NUL
   * @throws Utf8Decoder.RejectedException in {@link Utf8Decoder.Mode#REJECT}, at the first invalid byte
   * @throws IOException if reading fails
   */
  public static List<Line> lines(InputStream in, Limits limits, Utf8Decoder.Mode mode,
      Consumer<Utf8Decoder.Malformed> onMalformed) throws IOException {
    SourceReader r = new SourceReader(limits, onMalformed);
    r.readBytes(in, mode);
    return r.finish();
  }

  private void readChars(Reader in, long max, String unit) throws IOException {
    char[] buffer = new char[8192];
    long read = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      for (int i = 0; i < n; i++, read++) {
        if (read >= max) {
          throw limit("input is longer than the limit of " + max + " " + unit);
        }
        accept(buffer[i]);
      }
    }
  }

  private void readBytes(InputStream in, Utf8Decoder.Mode mode) throws IOException {
    long max = limits.maxInput();
    // Never more than the limit and one longest sequence is read: enough to see that the limit is passed.
    long cap = max > Long.MAX_VALUE - 4 ? Long.MAX_VALUE : max + 4;
    byte[] buf = new byte[CHUNK];
    int len = fill(in, buf, 0, cap);
    long total = len;
    int pos = 0;
    if (len >= 2 && (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF) {
      readUtf16(buf, len, in, StandardCharsets.UTF_16BE);
      return;
    }
    if (len >= 2 && (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE) {
      readUtf16(buf, len, in, StandardCharsets.UTF_16LE);
      return;
    }
    if (len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
    long base = 0; // the offset in the input of buf[0]
    boolean eof = len < buf.length;
    while (true) {
      if (len - pos < 4 && !eof) {
        // keep an unfinished sequence whole: move what is left to the front and read on
        int left = len - pos;
        System.arraycopy(buf, pos, buf, 0, left);
        base += pos;
        pos = 0;
        int more = fill(in, buf, left, cap - total);
        total += more;
        len = left + more;
        eof = len < buf.length;
      }
      if (pos >= len) {
        return;
      }
      if (base + pos >= max) {
        throw limit("input is longer than the limit of " + max + " bytes");
      }
      int b = buf[pos] & 0xFF;
      if (b < 0x80) {
        accept((char) b);
        pos++;
        continue;
      }
      int length = Utf8Decoder.sequenceLength(buf, pos, len);
      if (length > 0) {
        int cp = Utf8Decoder.codePoint(buf, pos, length);
        if (cp < 0x10000) {
          accept((char) cp);
        } else {
          accept(Character.highSurrogate(cp));
          accept(Character.lowSurrogate(cp));
        }
        pos += length;
        continue;
      }
      int column = column();
      switch (mode) {
        case REJECT:
          throw new Utf8Decoder.RejectedException(new Utf8Decoder.Malformed(number(), column, b, -1));
        case REPLACE:
          accept('\ufffd');
          onMalformed.accept(new Utf8Decoder.Malformed(number(), column, b, 0xfffd));
          break;
        default:
          char c = Utf8Decoder.windows1252(b);
          accept(c);
          onMalformed.accept(new Utf8Decoder.Malformed(number(), column, b, c));
          break;
      }
      pos++;
    }
  }

  // UTF-16 after its byte order mark: what follows the mark in the first chunk, then the rest of the stream.
  private void readUtf16(byte[] first, int len, InputStream rest, Charset charset) throws IOException {
    InputStream bytes = new SequenceInputStream(new ByteArrayInputStream(first, 2, len - 2), rest);
    // Two bytes a character: the character limit that keeps the bytes within theirs.
    long maxChars = limits.maxInput() == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, (limits.maxInput() - 2) / 2);
    readChars(new InputStreamReader(bytes, charset), maxChars, "characters (UTF-16)");
  }

  private static int fill(InputStream in, byte[] buf, int from, long most) throws IOException {
    int end = (int) Math.min(buf.length, from + Math.max(0, most));
    int at = from;
    while (at < end) {
      int n = in.read(buf, at, end - at);
      if (n < 0) {
        break;
      }
      at += n;
    }
    return at - from;
  }

  // One decoded character: pairs surrogates, replaces lone ones, and ends lines.
  private void accept(char c) {
    if (afterCr) {
      afterCr = false;
      if (c == '\n') {
        return; // the LF of a CRLF
      }
    }
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        append(high);
        append(c);
        return;
      }
      lone(high);
    }
    if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
      return;
    }
    if (Character.isLowSurrogate(c)) {
      lone(c);
      return;
    }
    if (isLineEnd(c)) {
      endLine();
      afterCr = c == '\r';
      broken = true;
      return;
    }
    if (c == '\u0000' && limits.rejectNul()) {
      startLine();
      throw limit("NUL character: this looks like a binary file, not text");
    }
    append(c);
  }

  private void lone(char surrogate) {
    int column = column();
    append('\ufffd');
    onMalformed.accept(new Utf8Decoder.Malformed(number(), column, surrogate, 0xfffd));
  }

  private void startLine() {
    if (broken) {
      broken = false;
      number++;
      if (number > limits.maxLines()) {
        throw new LineSplitter.LimitException(number, 1, "more than the limit of " + limits.maxLines() + " lines");
      }
    }
  }

  private void append(char c) {
    startLine();
    lineLength++;
    if (lineLength <= limits.maxLineLength()) {
      line.append(c);
    }
  }

  private void endLine() {
    startLine();
    if (lineLength > limits.maxLineLength()) {
      throw new LineSplitter.LimitException(number, limits.maxLineLength() + 1,
          "line is " + lineLength + " characters long, more than the limit of " + limits.maxLineLength());
    }
    String raw = line.toString();
    String normalised = Text.normalise(raw);
    if (normalised.isEmpty()) {
      afterBlank = true;
    } else {
      lines.add(new Line(number, raw, normalised, afterBlank));
      afterBlank = false;
    }
    if (line.capacity() > KEEP_CAPACITY) {
      line = new StringBuilder();
    } else {
      line.setLength(0);
    }
    lineLength = 0;
  }

  private List<Line> finish() {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      lone(high);
    }
    if (!broken) {
      endLine();
    }
    return lines;
  }

  private int number() {
    return broken ? number + 1 : number;
  }

  private int column() {
    return broken ? 1 : (int) Math.min(Integer.MAX_VALUE, lineLength + 1);
  }

  // The limit passed at the next character.
  private LineSplitter.LimitException limit(String message) {
    return new LineSplitter.LimitException(number(), column(), message);
  }
}
