package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.testing.NothingLost;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Whatever the input, the parser returns an article that keeps its invariants, loses no line and reads back
 * equal from its canonical text, or throws {@link ArticleParseException}. {@value #EXAMPLES} examples a
 * property, shrunk to the smallest failing input.
 */
class HostileInputPropertiesTest {
  static final int EXAMPLES = 2_000;

  // Pieces of hostile text: marks of every kind, spaces of every kind, controls, RTL, combining marks,
  // surrogate pairs and lone surrogates, line breaks, and the words the rules look for.
  static final List<String> PIECES = List.of("\"", "“", "”", "‘", "’", "'", "''", "„", "«", "»", " ", "\u00a0",
      "\u2009", "\u202f", "\u200b", "\t", "\u000b", "\u000c", "\u0001", "\u001b", "\u202e", "\u0301", "\u0308",
      "😀", "\ud83d", "\ude00", "𝔘", "\n", "\r\n", "\r", "\n\n", "said", "he", "By ", "Image caption, ",
      "Image source, ", "Published under: ", "With reporting by ", "Related Topics", "LONDON (Reuters) - ",
      "September 28, 2020", "•", "|", "-", "—", ",", ".", ":", "(", ")", "Ines Cole", "the official", "according to",
      "so-called", "Advertisement", "Similar Posts", "a", "x", "مرحبا", "שלום", "北京");

  static Gen<String> hostileTexts() {
    return rs -> {
      int n = Generate.range(0, 120).generate(rs);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(PIECES.get(Generate.range(0, PIECES.size() - 1).generate(rs)));
      }
      return b.toString();
    };
  }

  static void holds(String source, ParseReport report) {
    Article a = report.article();
    assertEquals(List.of(), NothingLost.check(source, report), () -> "lost lines of:\n" + shown(source));
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)), () -> "canonical text read back different for:\n" + shown(source));
    // issue 19: whatever the parser makes of hostile text reads back from its JSON
    assertEquals(a, io.github.newsdoc.json.NewsJson.read(io.github.newsdoc.json.NewsJson.write(a)),
        () -> "JSON read back different for:\n" + shown(source));
  }

  // The start of a long failing input (the huge-line property repeats one 2,000 times), escaped so that
  // its line ends show.
  private static String shown(String source) {
    String start = source.length() > 2_000 ? source.substring(0, 2_000) : source;
    StringBuilder b = new StringBuilder();
    start.codePoints().forEach(c -> {
      if (c == '\n' || c >= ' ' && c != 0x7f && !Character.isISOControl(c) && c != 0x2028 && c != 0x2029) {
        b.appendCodePoint(c);
      } else {
        b.append(String.format("\\u%04x", c));
      }
    });
    return source.length() > start.length() ? b + "... (" + source.length() + " chars in all)" : b.toString();
  }

  static void parsesOrFailsCleanly(String source) {
    ParseReport report;
    try {
      report = ArticleParser.standard().analyze(source);
    } catch (ArticleParseException e) {
      assertTrue(e.line() >= 1 && e.column() >= 1, e.toString());
      return;
    }
    holds(source, report);
  }

  @Test
  void arbitraryStrings() {
    qt().withExamples(EXAMPLES)
        .forAll(strings().allPossible().ofLengthBetween(0, 300))
        .checkAssert(HostileInputPropertiesTest::parsesOrFailsCleanly);
  }

  @Test
  void hostileLineStructures() {
    qt().withExamples(EXAMPLES)
        .forAll(hostileTexts())
        .checkAssert(HostileInputPropertiesTest::parsesOrFailsCleanly);
  }

  @Test
  void randomBytes() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.byteArrays(Generate.range(0, 600), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
        .checkAssert(bytes -> {
          try {
            Article a = ArticleParser.standard().parse(new java.io.ByteArrayInputStream(bytes));
            assertEquals(a, Newsdoc.parse(Newsdoc.write(a)));
          } catch (ArticleParseException e) {
            assertTrue(e.line() >= 1 && e.column() >= 1, e.toString());
          }
        });
  }

  @Test
  void hostileTextAsUtf8BytesGivesTheSameArticleAsTheString() {
    qt().withExamples(EXAMPLES)
        .forAll(hostileTexts().map(t -> t.replace("\ud83d", "").replace("\ude00", "")))
        .check(t -> {
          try {
            return ArticleParser.standard().analyze(t.getBytes(StandardCharsets.UTF_8)).article()
                .equals(ArticleParser.standard().analyze(t).article());
          } catch (ArticleParseException e) {
            return true;
          }
        });
  }

  @Test
  void hugeLinesOfHostilePieces() {
    qt().withExamples(20)
        .forAll(hostileTexts().map(t -> t.replace("\n", " ").replace("\r", " ").repeat(2_000)))
        .checkAssert(HostileInputPropertiesTest::parsesOrFailsCleanly);
  }
}
