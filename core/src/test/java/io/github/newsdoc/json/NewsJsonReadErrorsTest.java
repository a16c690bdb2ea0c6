package io.github.newsdoc.json;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Paragraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad JSON fails with what is wrong and where. */
class NewsJsonReadErrorsTest {

  private static NewsJsonException fails(String json) {
    return assertThrows(NewsJsonException.class, () -> NewsJson.read(json));
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    NewsJsonException e = fails("{\n  \"title\": \"x\",\n  \"blocks\": [,]\n}");
    assertEquals(3, e.line());
    assertEquals(14, e.column());
    assertTrue(e.getMessage().startsWith("line 3, column 14, at $.blocks"), e.getMessage());
  }

  @Test
  void truncatedDocument() {
    NewsJsonException e = fails("{\"title\":\"x\"");
    assertTrue(e.problem().contains("end-of-input"), e.problem());
    assertTrue(!e.getMessage().contains("[Source"), e.getMessage());
  }

  @Test
  void missingTitleIsNamed() {
    NewsJsonException e = fails("{\"blocks\":[]}");
    assertTrue(e.problem().contains("[title]"), e.problem());
    assertEquals("$", e.path());
  }

  @Test
  void blankParagraphNamesBlockAndField() {
    NewsJsonException e = fails("{\"title\":\"x\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"a\"},"
        + "{\"type\":\"paragraph\",\"text\":\" \"}]}");
    assertEquals("$.blocks[1]", e.path());
    assertEquals("text: must not be blank, but was ' '", e.problem());
  }

  @Test
  void unknownBlockTypeListsTheKnownOnes() {
    NewsJsonException e = fails("{\"title\":\"x\",\"blocks\":[{\"type\":\"table\",\"text\":\"a\"}]}");
    assertEquals("$.blocks[0]", e.path());
    assertTrue(e.problem().contains("'table'") && e.problem().contains("[caption, paragraph]"), e.problem());
  }

  @Test
  void quoteOutsideItsBlockIsRejectedWithTheOffsets() {
    NewsJsonException e = fails("{\"title\":\"x\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"abc\"}],"
        + "\"quotes\":[{\"text\":\"b\",\"start\":{\"block\":0,\"offset\":1},\"end\":{\"block\":0,\"offset\":9}}]}");
    assertEquals("quotes[0].end: offset 9 is past the end of block 0 (length 3)", e.problem());
  }

  @Test
  void attributionToAMissingEntity() {
    NewsJsonException e = fails("{\"title\":\"x\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"abc\"}],"
        + "\"quotes\":[{\"text\":\"b\",\"start\":{\"block\":0,\"offset\":1},\"end\":{\"block\":0,\"offset\":2},"
        + "\"attribution\":{\"speaker\":\"A\",\"cue\":\"said\",\"entity\":\"e7\"}}]}");
    assertEquals("quotes[0].attribution.entity: no entity has the id 'e7'", e.problem());
  }

  @Test
  void invalidDateIsNamed() {
    NewsJsonException e = fails("{\"title\":\"x\",\"published\":\"2020-13-01\"}");
    assertEquals("$.published", e.path());
    assertTrue(e.problem().contains("2020-13-01"), e.problem());
  }

  @Test
  void nullInAListIsNamed() {
    NewsJsonException e = fails("{\"title\":\"x\",\"tags\":[null]}");
    assertTrue(e.problem().contains("null"), e.problem());
  }

  @Test
  void newerSchemaVersionIsRefused() {
    NewsJsonException e = fails("{\"schemaVersion\":4,\"title\":\"x\"}");
    assertEquals("schemaVersion: this library reads versions 1 to 3, but was 4", e.problem());
  }

  @Test
  void unknownPropertiesAreSkippedUnlessStrict() {
    String json = StrictReadingTest.MINIMAL.replace("\"title\":\"T\"", "\"title\":\"x\",\"sentiment\":0.5");
    assertEquals("x", NewsJson.read(json).title());
    NewsJsonException e = assertThrows(NewsJsonException.class,
        () -> ArticleJson.standard().withStrictReading().read(json));
    assertEquals("$.sentiment", e.path());
  }

  @Test
  void strictReadingRefusesTrailingContent() {
    assertThrows(NewsJsonException.class,
        () -> ArticleJson.standard().withStrictReading().read("{\"title\":\"x\"} {}"));
  }

  @Test
  void everySourceKindReads(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Article article = Article.builder().title("Ünïcode 😀").addBlock(Paragraph.of("Body.")).build();
    String json = NewsJson.write(article);
    assertEquals(article, NewsJson.read(new StringReader(json)));
    assertEquals(article, NewsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    Path file = dir.resolve("a.json");
    NewsJson.write(article, file);
    assertEquals(article, NewsJson.read(file));
    assertEquals(json, Files.readString(file));
  }

  @Test
  void failingIoIsUncheckedIoException(@org.junit.jupiter.api.io.TempDir Path dir) {
    assertThrows(UncheckedIOException.class, () -> NewsJson.read(dir.resolve("missing.json")));
    Reader broken = new Reader() {
      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> NewsJson.read(broken));
    assertEquals("disk gone", e.getCause().getMessage());
  }

  @Test
  void nullArgumentsAreNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> NewsJson.read((String) null));
    assertEquals("json", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> NewsJson.write(null));
    assertEquals("article", e.getMessage());
  }
}
