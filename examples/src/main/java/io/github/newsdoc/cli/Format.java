package io.github.newsdoc.cli;

import io.github.newsdoc.format.HtmlWriter;
import io.github.newsdoc.format.JsonLdWriter;
import io.github.newsdoc.format.NinjsWriter;
import io.github.newsdoc.json.ArticleJson;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleWriter;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code --format} writes: the name on the command line, the file suffix under {@code --out}, the writer. */
enum Format {
  /** newsdoc's own JSON (the default). */
  JSON("json", ".json"),
  /** canonical plain text, which parses back to the same article. */
  TEXT("text", ".txt"),
  /** an IPTC ninjs 3.1 item. */
  NINJS("ninjs", ".ninjs.json"),
  /** a schema.org NewsArticle in JSON-LD. */
  JSONLD("jsonld", ".jsonld"),
  /** an annotated, self-contained HTML page. */
  HTML("html", ".html");

  final String option;
  final String suffix;

  Format(String option, String suffix) {
    this.option = option;
    this.suffix = suffix;
  }

  /** Whether standard output carries one JSON document a line (or indented documents with --pretty). */
  boolean isJson() {
    return this == JSON || this == NINJS || this == JSONLD;
  }

  /** The formats' names as the help lists them: {@code json|text|ninjs|jsonld|html}. */
  static String names(String separator) {
    return Arrays.stream(values()).map(f -> f.option).collect(Collectors.joining(separator));
  }

  /** The format named {@code name}; a usage error names the choices. */
  static Format of(String name) {
    for (Format f : values()) {
      if (f.option.equals(name.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format takes " + names(", ") + ", not '" + name + "'");
  }

  /** One article's document in this format; newsdoc's own JSON is written by the caller's codec. */
  String write(Article article, ArticleJson json, boolean pretty) {
    switch (this) {
      case TEXT:
        return ArticleWriter.write(article);
      case NINJS:
        return (pretty ? NinjsWriter.standard().withPrettyPrinting() : NinjsWriter.standard()).write(article);
      case JSONLD:
        return (pretty ? JsonLdWriter.standard().withPrettyPrinting() : JsonLdWriter.standard()).write(article);
      case HTML:
        return HtmlWriter.standard().write(article);
      default:
        return json.write(article);
    }
  }
}
