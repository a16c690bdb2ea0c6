package io.github.newsdoc.parser.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Decodes bytes as UTF-8 by hand, so that each invalid byte can be handled where it stands: read as its
 * windows-1252 character, replaced by U+FFFD, or reported. A UTF-8 byte order mark is dropped; UTF-16 byte
 * order marks switch to UTF-16.
 */
final class Utf8Decoder {
  /** What to do with an invalid byte. */
  public enum Mode {
    /** Read it as windows-1252. */
    WINDOWS_1252,
    /** Replace it with U+FFFD. */
    REPLACE,
    /** Report it and stop. */
    REJECT
  }

  /**
   * An invalid byte.
   *
   * @param line the 1-based line
   * @param column the 1-based column, in decoded UTF-16 units
   * @param value the byte, 0 to 255
   * @param decodedAs what it was decoded as, or -1 when rejected
   */
  public record Malformed(int line, int column, int value, int decodedAs) {}

  /** Thrown in {@link Mode#REJECT} for the first invalid byte. */
  public static final class RejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Malformed malformed;

    RejectedException(Malformed malformed) {
      super("invalid UTF-8 byte 0x" + Integer.toHexString(malformed.value()).toUpperCase(java.util.Locale.ROOT));
      this.malformed = malformed;
    }

    /** The byte that was rejected. */
    public Malformed malformed() {
      return malformed;
    }
  }

  // windows-1252 for 0x80-0x9F; the other high bytes are Latin-1. Undefined codes map to themselves (C1).
  private static final char[] CP1252_HIGH = {
    '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
    '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
    '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
    '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178'
  };

  private Utf8Decoder() {}

  /**
   * Decodes {@code bytes}, telling {@code onMalformed} of each invalid byte it worked around.
   *
   * @throws RejectedException in {@link Mode#REJECT}, at the first invalid byte
   */
  public static String decode(byte[] bytes, Mode mode, Consumer<Malformed> onMalformed) {
    int n = bytes.length;
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
    }
    int i = 0;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    StringBuilder out = new StringBuilder(n);
    int line = 1;
    int lineStart = 0;
    while (i < n) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out.append((char) b);
        if (b == '\n' || (b == '\r' && (i + 1 >= n || bytes[i + 1] != '\n'))) {
          line++;
          lineStart = out.length();
        }
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i, n);
      if (length > 0) {
        int cp = codePoint(bytes, i, length);
        out.appendCodePoint(cp);
        i += length;
        continue;
      }
      int column = out.length() - lineStart + 1;
      switch (mode) {
        case REJECT:
          throw new RejectedException(new Malformed(line, column, b, -1));
        case REPLACE:
          out.append('\ufffd');
          onMalformed.accept(new Malformed(line, column, b, 0xfffd));
          break;
        default:
          char c = windows1252(b);
          out.append(c);
          onMalformed.accept(new Malformed(line, column, b, c));
          break;
      }
      i++;
    }
    return out.toString();
  }

  // The windows-1252 character of a byte from 0x80 up.
  static char windows1252(int b) {
    return b < 0xA0 ? CP1252_HIGH[b - 0x80] : (char) b;
  }

  // Returns the length of the valid UTF-8 sequence starting at i, or 0 if it is not one.
  static int sequenceLength(byte[] bytes, int i, int n) {
    int b = bytes[i] & 0xFF;
    int length;
    int min;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + length > n) {
      return 0;
    }
    for (int k = 1; k < length; k++) {
      if ((bytes[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    int cp = codePoint(bytes, i, length);
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return 0;
    }
    return length;
  }

  static int codePoint(byte[] bytes, int i, int length) {
    int b = bytes[i] & 0xFF;
    int cp = length == 2 ? b & 0x1F : length == 3 ? b & 0x0F : b & 0x07;
    for (int k = 1; k < length; k++) {
      cp = (cp << 6) | (bytes[i + k] & 0x3F);
    }
    return cp;
  }
}
