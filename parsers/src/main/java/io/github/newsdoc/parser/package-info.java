/**
 * Plain text to {@link io.github.newsdoc.model.Article} and back.
 *
 * <p>{@link io.github.newsdoc.parser.Newsdoc} parses a file or string in one line;
 * {@link io.github.newsdoc.parser.ArticleParser} is the immutable, thread-safe parser behind it, configured
 * through its builder (boilerplate rules, strictness, how to decode bytes that are not UTF-8);
 * {@link io.github.newsdoc.parser.ArticleWriter} renders an article back to canonical text that parses to
 * an equal article.
 *
 * <p>Every non-blank input line ends up in exactly one place of the article: the title, the date, a byline,
 * a block, the tags, the credits or the boilerplate. {@link io.github.newsdoc.parser.ArticleParser#analyze}
 * tells which role each line got and which rule gave it.
 */
package io.github.newsdoc.parser;
