package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Limits are checked on what was read before the input is held whole, lines end at every Unicode line
 * break, and no lone surrogate reaches an article.
 */
class InputLimitsTest {
  /** An endless stream of one byte that counts what was taken from it. */
  static final class Endless extends InputStream {
    private final byte value;
    long read;

    Endless(int value) {
      this.value = (byte) value;
    }

    @Override
    public int read() {
      read++;
      return value & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, value);
      read += len;
      return len;
    }
  }

  @Test
  void theLineLimitCountsNoLineAfterTheLastLineBreak() {
    ArticleParser three = ArticleParser.builder().maxLines(3).build();
    Article a = three.parse("Title\nb\nc\n");
    assertEquals("Title", a.title());
    assertEquals(List.of("b", "c"), a.blocks().stream().map(b -> b.text()).toList());
    assertEquals("Title", three.parse("Title\r\nb\r\nc\r\n").title());
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> three.parse("Title\nb\nc\nd"));
    assertEquals("4:1: more than the limit of 3 lines", e.getMessage());
    e = assertThrows(ArticleParseException.class, () -> three.parse("Title\nb\nc\n\n"));
    assertEquals("4:1: more than the limit of 3 lines", e.getMessage());
  }

  @Test
  void anEndlessStreamEndsInTheLengthErrorAfterReadingNoMoreThanTheLimit() {
    ArticleParser small = ArticleParser.builder().maxInputLength(100_000).rejectBinary(false).build();
    Endless letters = new Endless('a');
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> small.parse(letters));
    // one line of letters: the limit is passed in its 100,001st column
    assertEquals("1:100001: input is longer than the limit of 100000 bytes", e.getMessage());
    assertTrue(letters.read <= 100_004, "read " + letters.read + " bytes");
    Endless stray = new Endless(0x92);
    e = assertThrows(ArticleParseException.class, () -> small.parse(stray));
    assertEquals("input is longer than the limit of 100000 bytes", e.problem());
    assertTrue(stray.read <= 100_004, "read " + stray.read + " bytes");
  }

  // Issue 19: 25 MB of stray bytes were decoded whole, in 24 s, before the line limit rejected them; the
  // limit now fails at the first line past it, after reading one chunk.
  @Test
  void anEndlessStreamOfStrayByteLinesEndsAtTheLineLimitWhileItIsRead() {
    long[] read = {0};
    InputStream strayLines = new InputStream() {
      @Override
      public int read() {
        return (read[0]++ & 1) == 0 ? 0x92 : '\n';
      }
    };
    ArticleParser small = ArticleParser.builder().maxLines(10_000).build();
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> small.parse(strayLines));
    assertEquals("10001:1: more than the limit of 10000 lines", e.getMessage());
    assertTrue(read[0] <= 64 * 1024, "read " + read[0] + " bytes");
  }

  @Test
  void aStreamOfNulIsBinaryAtItsFirstByte() {
    Endless zeros = new Endless(0);
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> Newsdoc.parse(zeros));
    assertEquals("1:1: NUL character: this looks like a binary file, not text", e.getMessage());
    assertTrue(zeros.read <= 64 * 1024, "read " + zeros.read + " bytes");
  }

  @Test
  void devZeroEndsInTheLengthErrorWhenNulIsAllowed() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero));
    ArticleParser lenient = ArticleParser.builder().rejectBinary(false).build();
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> lenient.parse(zero));
    // one endless line: past its own limit it is only counted, until the input passes its limit
    assertEquals("input is longer than the limit of " + ArticleParser.DEFAULT_MAX_INPUT_LENGTH + " bytes", e.problem());
    assertEquals("1:1: NUL character: this looks like a binary file, not text",
        assertThrows(ArticleParseException.class, () -> Newsdoc.parse(zero)).getMessage());
  }

  @Test
  void aFileLargerThanTheLimitIsNotRead(@TempDir Path dir) throws IOException {
    Path sparse = dir.resolve("sparse.txt");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(3L << 30);
    }
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> Newsdoc.parse(sparse));
    assertEquals("1:1: input is 3221225472 bytes long, more than the limit of " + ArticleParser.DEFAULT_MAX_INPUT_LENGTH
        + " bytes", e.getMessage());
    assertThrows(ArticleParseException.class, () -> ArticleParser.standard().analyze(sparse));
    Path small = dir.resolve("small.txt");
    Files.writeString(small, "Headline\n\n" + "word ".repeat(20));
    e = assertThrows(ArticleParseException.class, () -> ArticleParser.builder().maxInputLength(50).build().parse(small));
    assertEquals("1:1: input is 110 bytes long, more than the limit of 50 bytes", e.getMessage());
  }

  @Test
  void theByteLimitCountsBytesNotCharacters() {
    byte[] bytes = ("Ab\n\n" + "é".repeat(10)).getBytes(StandardCharsets.UTF_8); // 24 bytes, 14 characters
    ArticleParser twenty = ArticleParser.builder().maxInputLength(20).build();
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> twenty.analyze(bytes));
    assertEquals("3:9: input is longer than the limit of 20 bytes", e.getMessage());
    assertEquals("é".repeat(10), twenty.parse(new String(bytes, StandardCharsets.UTF_8)).blocks().get(0).text());
    e = assertThrows(ArticleParseException.class, () -> twenty.parse(new StringReader("x".repeat(21))));
    assertEquals("1:21: input is longer than the limit of 20 characters", e.getMessage());
  }

  @Test
  void sequencesAndPairsSplitAcrossReadsDecodeWhole() {
    String text = "Head\n\n" + "a".repeat(64 * 1024 - 7) + "é€😀 end.";
    ParseReport r = ArticleParser.standard().analyze(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), r.problems());
    assertEquals(text.substring(6), r.article().blocks().get(0).text());
    String pair = "Head\n\n" + "b".repeat(8192 - 7) + "😀😀 end.";
    assertEquals(pair.substring(6), Newsdoc.parse(new StringReader(pair)).blocks().get(0).text());
  }

  @Test
  void everyUnicodeLineBreakEndsALine() {
    for (String end : List.of("\u000c", "\u000b", "\u0085", "\u2028", "\u2029")) {
      String text = "Ferry service resumes" + end + end + "The ferry left at dawn on Monday." + end
          + "Passengers cheered as it sailed." + end;
      ParseReport r = ArticleParser.standard().analyze(text);
      String name = String.format("U+%04X", (int) end.charAt(0));
      assertEquals("Ferry service resumes", r.article().title(), name);
      assertEquals(List.of("The ferry left at dawn on Monday.", "Passengers cheered as it sailed."),
          r.article().blocks().stream().map(b -> b.text()).toList(), name);
      assertEquals(List.of(1, 3, 4), r.lines().stream().map(LineAssignment::line).toList(), name);
    }
  }

  @Test
  void problemsAfterAnyLineBreakNameTheirLine() {
    // two UTF-8 line separators, then a stray Latin-1 0xE9
    byte[] utf8 = new byte[] {'H', 'e', 'a', 'd', (byte) 0xE2, (byte) 0x80, (byte) 0xA8, (byte) 0xE2, (byte) 0x80,
        (byte) 0xA8, 'c', 'a', 'f', (byte) 0xE9, ' ', 'x'};
    ParseReport r = ArticleParser.standard().analyze(utf8);
    assertEquals(List.of(new ParseProblem(3, 4, "byte 0xE9 is not UTF-8; read as U+00E9")), r.problems());
    assertEquals("café x", r.article().blocks().get(0).text());
  }

  @Test
  void theWriterPutsNoLineBreakInsideALine() {
    Article a = Article.builder().title("Two\u2028lines")
        .addBlock(Paragraph.of("One\u000cparagraph\u0085with\u2029breaks\u000bin\r\nit"))
        .build();
    String text = ArticleWriter.write(a);
    for (char c : "\u000b\u000c\u0085\u2028\u2029\r".toCharArray()) {
      assertEquals(-1, text.indexOf(c), String.format("U+%04X written", (int) c));
    }
    Article back = Newsdoc.parse(text);
    assertEquals("Two lines", back.title());
    assertEquals("One paragraph with breaks in it", back.blocks().get(0).text());
  }

  @Test
  void loneSurrogatesAreReplacedAndReported() {
    ParseReport r = ArticleParser.standard().analyze("Head\n\nab\ud800cd \udc00 ok 😀\n");
    assertEquals("ab\ufffdcd \ufffd ok 😀", r.article().blocks().get(0).text());
    assertEquals(List.of(new ParseProblem(3, 3, "lone surrogate U+D800; read as U+FFFD"),
        new ParseProblem(3, 7, "lone surrogate U+DC00; read as U+FFFD")), r.problems());
    assertEquals("x\ufffd", Newsdoc.parse("Head\n\nx\ud83d").blocks().get(0).text());
    assertThrows(ArticleParseException.class, () -> ArticleParser.builder().strict(true).build().parse("T\n\n\ud800"));
    // UTF-16 with a lone surrogate: the decoder replaces it
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'T', 0, '\n', 0, '\n', 0, 0x00, (byte) 0xD8, 'x', 0};
    assertFalse(Newsdoc.parse(new ByteArrayInputStream(utf16)).blocks().get(0).text().chars()
        .anyMatch(c -> Character.isSurrogate((char) c)));
  }

  @Test
  void invalidBytesPastTheFirstThousandAreReadButNotListed() {
    byte[] bytes = ("Head\n\n" + "a\u0092 ".repeat(5_000)).getBytes(StandardCharsets.ISO_8859_1);
    ParseReport r = ArticleParser.standard().analyze(bytes);
    assertEquals("a\u2019 ".repeat(5_000).strip(), r.article().blocks().get(0).text());
    List<ParseProblem> malformed = r.problems().stream().filter(p -> p.message().contains("not UTF-8")).toList();
    assertEquals(ArticleParser.MAX_MALFORMED_LISTED + 1, malformed.size());
    assertEquals(new ParseProblem(3, 2, "byte 0x92 is not UTF-8; read as U+2019"), malformed.get(0));
    assertEquals(new ParseProblem(3, 3 * 1_000 + 2, "byte 0x92 is not UTF-8; read as U+2019; from here on, such "
        + "characters are read the same way but not listed"), malformed.get(1_000));
  }

  // Issue 19: a file of stray bytes once gave a problem a byte. However long the run, the problems stay few.
  @Test
  void aLongRunOfStrayBytesGivesABoundedNumberOfProblems() {
    byte[] bytes = new byte[1_000_000];
    java.util.Random random = new java.util.Random(19);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + random.nextInt(0x80));
    }
    ParseReport r = ArticleParser.standard().analyze(bytes);
    long malformed = r.problems().stream().filter(p -> p.message().contains("not UTF-8")).count();
    assertEquals(ArticleParser.MAX_MALFORMED_LISTED + 1, malformed);
    assertTrue(r.problems().size() <= ArticleParser.MAX_MALFORMED_LISTED + 1 + 100, () -> r.problems().size()
        + " problems");
  }

  @Test
  void aDateBeforeTheYear1000IsNoDate() {
    Article a = Newsdoc.parse("Headline\n\nPublished: 0999-01-01\n\nBody text here.\n");
    assertTrue(a.published().isEmpty());
    assertEquals(2022, Newsdoc.parse("Headline\n\nPublished: 2022-01-01\n\nBody text here.\n").published().get().date().getYear());
  }
}
