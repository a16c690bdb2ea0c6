package io.github.newsdoc.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.testing.ArticleGenerators;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/** Finding 6 (records name their source) and 8 (JSON Lines writer and reader in constant memory). */
class JsonLinesTest {
  static final Article ARTICLE = Article.builder().title("Port reopens – café")
      .addBlock(Paragraph.of("Ships sail again.")).build();

  static Schema recordSchema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("classpath:io/github/newsdoc/json/article.schema.json#/$defs/jsonLinesRecord"));
  }

  @Test
  void everyRecordNamesItsSourceAndReadsBackEqual() {
    Schema schema = recordSchema();
    qt().withExamples(100)
        .forAll(ArticleGenerators.list(ArticleGenerators.articles(), 0, 5), ArticleGenerators.text(1, 3))
        .checkAssert((articles, name) -> {
          StringWriter text = new StringWriter();
          try (JsonLinesWriter out = JsonLinesWriter.of(text)) {
            for (int i = 0; i < articles.size(); i++) {
              out.write("dir/" + name + i + ".txt", articles.get(i));
            }
          }
          List<String> lines = text.toString().lines().collect(Collectors.toList());
          assertEquals(articles.size(), lines.size());
          for (String line : lines) {
            List<Error> errors = schema.validate(line, InputFormat.JSON);
            assertTrue(errors.isEmpty(), errors + " in " + line);
          }
          List<ArticleRecord> back;
          try (JsonLinesReader in = JsonLinesReader.of(new StringReader(text.toString()));
               Stream<ArticleRecord> records = in.stream()) {
            back = records.collect(Collectors.toList());
          }
          assertEquals(articles.size(), back.size());
          for (int i = 0; i < articles.size(); i++) {
            assertEquals("dir/" + name + i + ".txt", back.get(i).source());
            assertEquals(articles.get(i), back.get(i).article());
          }
        });
  }

  @Test
  void theEnvelopeIsSourceThenArticleAndTheSchemaRejectsARecordWithoutSource() {
    String line = JsonLinesWriter.toLine(new ArticleRecord("a/\"x\".txt", ARTICLE));
    assertTrue(line.startsWith("{\"source\":\"a/\\\"x\\\".txt\",\"article\":{\"schemaVersion\":3,"), line);
    assertEquals(ARTICLE, JsonLinesReader.parseLine(line).article());
    String bare = NewsJson.write(ARTICLE);
    assertTrue(!recordSchema().validate(bare, InputFormat.JSON).isEmpty(), "a bare article is no record");
    String pretty = JsonLinesWriter.toPrettyJson(new ArticleRecord("x.txt", ARTICLE));
    assertTrue(pretty.startsWith("{\n  \"source\" : \"x.txt\",\n  \"article\" : {\n    \"schemaVersion\" : 3,"),
        pretty);
    assertEquals(ARTICLE, JsonLinesReader.parseLine(pretty.replace("\n", " ")).article());
  }

  @Test
  void aBadRecordIsReportedWithItsLineAndTheFieldPath() {
    String good = JsonLinesWriter.toLine(new ArticleRecord("a.txt", ARTICLE));
    String bad = good.replace("\"title\":\"Port reopens – café\"", "\"title\":{}");
    JsonLinesReader in = JsonLinesReader.of(new StringReader(good + "\n\n" + bad + "\n"));
    assertEquals("a.txt", in.read().source());
    NewsJsonException e = assertThrows(NewsJsonException.class, in::read);
    assertEquals(3, e.line());
    assertEquals("$.article.title", e.path());
    e = assertThrows(NewsJsonException.class, () -> JsonLinesReader.parseLine("{\"article\":{\"title\":\"x\"}}"));
    assertEquals("$.source", e.path());
    e = assertThrows(NewsJsonException.class, () -> JsonLinesReader.parseLine("{\"source\":\"x\""));
    assertEquals(1, e.line());
  }

  @Test
  void readingIsLazyAndHoldsOneLineAtATime() {
    String line = JsonLinesWriter.toLine(new ArticleRecord("a.txt", ARTICLE)) + "\n";
    long lines = 20_000;   // about 3 MB if it were held
    CountingReader source = new CountingReader(line, lines);
    try (JsonLinesReader in = JsonLinesReader.of(source)) {
      assertEquals(ARTICLE, in.read().article());
      assertTrue(source.served < 64 * 1024, "read ahead " + source.served + " chars for one record");
      long count = 1;
      while (in.read() != null) {
        count++;
      }
      assertEquals(lines, count);
      assertNull(in.read());
    }
  }

  @Test
  void writingPassesEachRecordOnAndHoldsNone() {
    CountingStream sink = new CountingStream();
    int records = 5_000;
    int length = (JsonLinesWriter.toLine(new ArticleRecord("a.txt", ARTICLE)) + "\n")
        .getBytes(StandardCharsets.UTF_8).length;
    try (JsonLinesWriter out = JsonLinesWriter.of(sink)) {
      for (int i = 0; i < records; i++) {
        out.write("a.txt", ARTICLE);
        assertTrue((long) (i + 1) * length - sink.count < 64 * 1024, "held back " + ((i + 1) * length - sink.count));
      }
      assertEquals(records, out.written());
    }
    assertEquals((long) records * length, sink.count);
  }

  @Test
  void aFailedWriteIsAnError() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    JsonLinesWriter out = JsonLinesWriter.of(full);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
      for (int i = 0; i < 1000; i++) {
        out.write("a.txt", ARTICLE);
      }
      out.flush();
    });
    assertEquals("No space left on device", e.getCause().getMessage());
  }

  @Test
  void utf8WhateverTheDefaultCharset() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonLinesWriter out = JsonLinesWriter.of(bytes)) {
      out.write("é.txt", ARTICLE);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("\"é.txt\"") && text.contains("café"), text);
  }

  /** Serves {@code count} copies of a line, counting the characters handed out. */
  static final class CountingReader extends Reader {
    final String line;
    final long count;
    long served;
    long position;

    CountingReader(String line, long count) {
      this.line = line;
      this.count = count;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      long total = count * line.length();
      if (position >= total) {
        return -1;
      }
      int n = 0;
      while (n < length && position < total) {
        buffer[offset + n++] = line.charAt((int) (position++ % line.length()));
      }
      served += n;
      return n;
    }

    @Override
    public void close() {}
  }

  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

}
