/**
 * Writes {@link io.github.newsdoc.model.Article articles} in the forms newsrooms, search engines and people
 * read, all from the same model: IPTC ninjs 3.1 ({@link io.github.newsdoc.format.NinjsWriter}, read back by
 * {@link io.github.newsdoc.format.NinjsReader}), schema.org {@code NewsArticle} JSON-LD
 * ({@link io.github.newsdoc.format.JsonLdWriter}) and a self-contained annotated HTML page
 * ({@link io.github.newsdoc.format.HtmlWriter}).
 *
 * <p>Writers are immutable and safe to share between threads. Newsdoc's own JSON contract is
 * {@link io.github.newsdoc.json.NewsJson}.
 */
package io.github.newsdoc.format;
