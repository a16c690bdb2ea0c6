/**
 * newsdoc parsers: reads plain-text news articles into the newsdoc model and writes them back as
 * canonical text. {@link io.github.newsdoc.parser.Newsdoc} is the one-line facade;
 * {@link io.github.newsdoc.parser.ArticleParser} the configurable parser.
 */
module io.github.newsdoc.parsers {
  requires transitive io.github.newsdoc.core;
  requires com.google.common;

  exports io.github.newsdoc.parser;
}
