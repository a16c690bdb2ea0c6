package io.github.newsdoc.parser.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class Utf8DecoderTest {

  @Test
  void validUtf8DecodesAsTheJdkDoes() {
    qt().withExamples(1_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .check(s -> {
          byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
          String jdk = new String(bytes, StandardCharsets.UTF_8);
          // A leading U+FEFF is a byte-order mark, which the decoder drops by design (see byteOrderMarks).
          String expected = jdk.startsWith("\ufeff") ? jdk.substring(1) : jdk;
          return Utf8Decoder.decode(bytes, Utf8Decoder.Mode.REJECT, m -> {}).equals(expected);
        });
  }

  @Test
  void strayLatin1ByteIsReadAsWindows1252WithItsPosition() {
    byte[] bytes = "ab\ncost \u00a3".getBytes(StandardCharsets.ISO_8859_1);
    List<Utf8Decoder.Malformed> seen = new ArrayList<>();
    assertEquals("ab\ncost £", Utf8Decoder.decode(bytes, Utf8Decoder.Mode.WINDOWS_1252, seen::add));
    assertEquals(List.of(new Utf8Decoder.Malformed(2, 6, 0xA3, '£')), seen);
    assertEquals("it’s", Utf8Decoder.decode(new byte[] {'i', 't', (byte) 0x92, 's'}, Utf8Decoder.Mode.WINDOWS_1252, m -> {}));
  }

  @Test
  void replaceAndRejectModes() {
    byte[] bytes = {'a', (byte) 0xC3, '(', 'b'};
    assertEquals("a\ufffd(b", Utf8Decoder.decode(bytes, Utf8Decoder.Mode.REPLACE, m -> {}));
    Utf8Decoder.RejectedException e = assertThrows(Utf8Decoder.RejectedException.class,
        () -> Utf8Decoder.decode(bytes, Utf8Decoder.Mode.REJECT, m -> {}));
    assertEquals(new Utf8Decoder.Malformed(1, 2, 0xC3, -1), e.malformed());
  }

  @Test
  void overlongAndSurrogateEncodingsAreInvalid() {
    assertEquals("\ufffd\ufffd", Utf8Decoder.decode(new byte[] {(byte) 0xC0, (byte) 0xAF}, Utf8Decoder.Mode.REPLACE, m -> {}));
    assertEquals("\ufffd\ufffd\ufffd",
        Utf8Decoder.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, Utf8Decoder.Mode.REPLACE, m -> {}));
  }

  @Test
  void byteOrderMarks() {
    assertEquals("x", Utf8Decoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'}, Utf8Decoder.Mode.REJECT, m -> {}));
    assertEquals("x", Utf8Decoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', 0}, Utf8Decoder.Mode.REJECT, m -> {}));
    assertEquals("x", Utf8Decoder.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'x'}, Utf8Decoder.Mode.REJECT, m -> {}));
  }
}
