package io.github.newsdoc.examples.eval;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Position;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.model.Span;
import io.github.newsdoc.parser.ArticleParser;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The evaluators' fixtures under {@code src/test/resources/eval}: a tiny invented corpus ({@code corpus/news},
 * {@code corpus/aeb}, {@code corpus/polnear}) and gold files in each evaluator's format; and a way to run an
 * evaluator with its output captured.
 */
final class Fixtures {
  /** Lines, blocks and boilerplate only: the tests add the quotes or entities they score. */
  static final ArticleParser STRUCTURE = ArticleParser.builder().quotes(false).entities(false).build();

  private Fixtures() {}

  /** A fixture folder or file, by its path under {@code src/test/resources/eval}. */
  static Path path(String name) {
    URL url = Fixtures.class.getResource("/eval/" + name);
    assertNotNull(url, "no fixture eval/" + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fixture corpus folder. */
  static Path corpus() {
    return path("corpus");
  }

  /** An evaluator's {@code run} with the streams it prints to. */
  interface Evaluator {
    int run(PrintStream out, PrintStream err);
  }

  /** What a run returned and printed. */
  record Result(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Result capture(Evaluator evaluator) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = evaluator.run(o, e);
    }
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The span of the first occurrence of {@code words} in the title or a block. */
  static Span span(Article article, String words) {
    for (int b = Position.TITLE; b < article.blocks().size(); b++) {
      int at = article.textOf(b).indexOf(words);
      if (at >= 0) {
        return Span.of(b, at, at + words.length());
      }
    }
    throw new AssertionError("'" + words + "' is not in the article " + article);
  }

  /** A quote of {@code words}, credited to {@code speaker} at {@code mention} unless the speaker is null. */
  static Quote quote(Article article, String words, String speaker, String mention) {
    Span s = span(article, words);
    Quote.Builder q = Quote.builder().text(words).start(Position.of(s.block(), s.start()))
        .end(Position.of(s.block(), s.end()));
    if (speaker != null) {
      q.attribution(Attribution.builder().speaker(speaker).cue("said").mention(span(article, mention)).build());
    }
    return q.build();
  }

  /**
   * The harbour article's structure with three quotes of ours: one spurious ("fishing boats"), one found
   * with the right source, one found with the wrong source; its third gold quote is missed.
   */
  static Article harbourWithQuotes(String text) {
    Article a = STRUCTURE.parse(text);
    if (!text.contains("Ines Cole")) {
      return a;
    }
    return a.withQuotes(
        quote(a, "fishing boats", null, null),
        quote(a, "We had no choice, the walls are falling down,", "Ines Cole", "Mayor Ines Cole"),
        quote(a, "It is the end of a way of life,", "Ines Cole", "Mayor Ines Cole"));
  }
}
