/**
 * Reads and writes {@link io.github.newsdoc.model.Article articles} as JSON.
 *
 * <p>{@link io.github.newsdoc.json.NewsJson} is the one-line facade; {@link io.github.newsdoc.json.ArticleJson}
 * is the configurable codec behind it. The contract (property names and order, the {@code type} of blocks,
 * ISO dates, {@code schemaVersion}, absent optionals omitted, empty lists written as {@code []}) is
 * described by the JSON Schema returned by {@link io.github.newsdoc.json.NewsJson#schema()} (the class-path
 * resource {@link io.github.newsdoc.json.ArticleJson#SCHEMA_RESOURCE}, which other named modules cannot read).
 *
 * <p>{@link io.github.newsdoc.json.JsonLinesWriter} and {@link io.github.newsdoc.json.JsonLinesReader} write
 * and read many articles as JSON Lines of {@link io.github.newsdoc.json.ArticleRecord}s, in constant memory.
 */
package io.github.newsdoc.json;
