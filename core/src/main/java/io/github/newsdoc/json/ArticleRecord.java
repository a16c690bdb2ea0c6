package io.github.newsdoc.json;

import io.github.newsdoc.model.Article;

import java.util.Objects;

/**
 * One record of a JSON Lines stream of articles: the article and the source it was read from. Written as an
 * envelope, one a line:
 *
 * <pre>{@code
 * {"source":"world/story.txt","article":{"schemaVersion":2,"title":"…",…}}
 * }</pre>
 *
 * <p>{@code source} is the path of the input as the producer named it, with {@code /} between names (the
 * {@code newsdoc} command writes the path as found, for example {@code corpus/bbc/001.txt}); {@code article}
 * is the document. The JSON Schema describes the envelope as {@code $defs/jsonLinesRecord} (see
 * {@link NewsJson#schema()}).
 *
 * @param source where the article came from; not empty
 * @param article the article
 */
public record ArticleRecord(String source, Article article) {
  /** Checks the components. */
  public ArticleRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(article, "article");
    if (source.isEmpty()) {
      throw new IllegalArgumentException("source: must not be empty");
    }
  }
}
