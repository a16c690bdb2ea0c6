package io.github.newsdoc.parser;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.testing.NothingLost;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of {@code src/test/resources/nasty}, and large inputs built here, parse to an article that
 * loses no line and reads back equal from its canonical text, or fail with {@link ArticleParseException}.
 */
class NastyInputsTest {
  static final Path DIR = Path.of("src/test/resources/nasty");

  static void survives(byte[] bytes) {
    ParseReport report;
    try {
      report = ArticleParser.standard().analyze(bytes);
    } catch (ArticleParseException e) {
      assertTrue(e.line() >= 1 && e.column() >= 1 && !e.problem().isBlank(), e.toString());
      return;
    }
    Article a = report.article();
    String source = new String(bytes, StandardCharsets.UTF_8);
    if (report.problems().stream().noneMatch(p -> p.message().contains("not UTF-8"))
        && !startsWithUtf16Bom(bytes)) {
      assertEquals(List.of(), NothingLost.check(source, report));
    }
    // compared without printing: some of these articles are megabytes long
    Article again = Newsdoc.parse(Newsdoc.write(a));
    assertTrue(a.equals(again), () -> "canonical text reads back different: " + shorten(a) + " / " + shorten(again));
  }

  private static String shorten(Article a) {
    String s = a.toString();
    return s.length() <= 400 ? s : s.substring(0, 400) + "…";
  }

  private static boolean startsWithUtf16Bom(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
  }

  @TestFactory
  Stream<DynamicTest> everyNastyFile() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    assertTrue(files.size() >= 30, "only " + files.size() + " nasty files");
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
        () -> survives(Files.readAllBytes(f))));
  }

  // Found by review: each was quadratic or overflowed the stack before it was fixed.
  static final Map<String, Supplier<String>> FOUND_BY_REVIEW = Map.of(
      "a 4 KB domain-like title suffix", () -> "Headline - " + "a.".repeat(2000) + "com\n\nBody.",
      "1 MB of quotes ending in dots with no spaces", () -> "Headline\n\n" + ":\"a.\"".repeat(200_000),
      "1 MB of right single marks in an open double quote", () -> "Headline\n\n“a" + " b’ C".repeat(200_000),
      "a 1 MB title of site-name separators", () -> "Ab | ".repeat(200_000) + "Ab\n\nBody text here.",
      "10 MB of words after one quote", () -> "Headline\n\n\"We go,\" he said. " + "a ".repeat(5_000_000),
      // each quote read the paragraph back to its start to see whether the quote opens it
      "1 MB of quotes of a single mark, opening their paragraph", () -> "Headline\n\n" + "'\"' ".repeat(250_000),
      // each quote of the headline looked for a name before a colon 200 KB into it
      "a 1 MB headline of quotes after a far colon",
          () -> "a ".repeat(100_000) + ": " + "\"Ab cd ef\" ".repeat(80_000) + "\n\nBody.");

  // Linear work finishes in seconds; quadratic work on these inputs takes many minutes.
  static final Duration REVIEW_BOUND = Duration.ofSeconds(60);

  @TestFactory
  Stream<DynamicTest> inputsFoundByReview() {
    return FOUND_BY_REVIEW.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> assertTimeoutPreemptively(REVIEW_BOUND,
            () -> survives(e.getValue().get().getBytes(StandardCharsets.UTF_8)))));
  }

  static final Map<String, Supplier<String>> LARGE = Map.of(
      "100,000 straight quote marks", () -> "Headline\n\n" + "\"".repeat(100_000),
      "100,000 mixed quote marks in words", () -> "Headline\n\n" + "a “b” ‘c’ 'd' \"e ".repeat(20_000),
      "a 2 MB line of words", () -> "Headline\n\n" + "word ".repeat(400_000),
      "a 2 MB line without spaces", () -> "Headline\n\n" + "x".repeat(2_000_000),
      "200,000 one-word lines", () -> "word\n".repeat(200_000),
      "20,000 quotes each followed by he said", () -> "Ines Cole spoke.\n\n" + "\"We go,\" he said. ".repeat(20_000),
      "50,000 lines of 'said'", () -> "said\n\n".repeat(50_000),
      "10,000 captions printed twice", () -> "Headline\n\n" + "A caption of the pier\nA caption of the pier\n\n".repeat(10_000),
      // the headline's one-word name is looked up in the body once, over every place the body writes it
      "a headline label the body opens 100,000 sentences with",
          () -> "Warning: " + "'Do Not Drink' ".repeat(10_000) + "\n\n" + "Warning signs. ".repeat(100_000));

  @TestFactory
  Stream<DynamicTest> largeAdversarialInputs() {
    return LARGE.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> survives(e.getValue().get().getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void nulCharacterMeansBinaryAndIsRejectedWithItsPosition() {
    ArticleParseException e = assertThrows(ArticleParseException.class,
        () -> Newsdoc.parse("Headline\n\nab\u0000cd\n"));
    assertEquals("3:3: NUL character: this looks like a binary file, not text", e.getMessage());
    Article a = ArticleParser.builder().rejectBinary(false).build().parse("Headline\n\nab\u0000cd\n");
    assertEquals("ab\u0000cd", a.blocks().get(0).text());
  }

  @Test
  void limitsFailWithTheirPositionOrDegrade() {
    ArticleParser small = ArticleParser.builder().maxInputLength(20).maxLineLength(10).maxLines(3).maxQuotes(2).build();
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> small.parse("x".repeat(21)));
    assertEquals("1:21: input is 21 characters long, more than the limit of 20", e.getMessage());
    e = assertThrows(ArticleParseException.class, () -> small.parse("short\nmuch too long"));
    assertEquals("2:11: line is 13 characters long, more than the limit of 10", e.getMessage());
    e = assertThrows(ArticleParseException.class, () -> small.parse("a\nb\nc\nd"));
    assertEquals("4:1: more than the limit of 3 lines", e.getMessage());
    ParseReport r = ArticleParser.builder().maxQuotes(2).build().analyze("T\n\"Alpha one.\" \"Beta two.\" \"Gamma three.\"");
    assertEquals(2, r.article().quotes().size());
    assertEquals(List.of(new ParseProblem(2, 26, "more than the limit of 2 quotes; quotes from here on are not reported")),
        r.problems());
    assertThrows(IllegalArgumentException.class, () -> ArticleParser.builder().maxLineLength(0));
    assertThrows(IllegalArgumentException.class, () -> ArticleParser.builder().maxQuotes(-1));
  }
}
