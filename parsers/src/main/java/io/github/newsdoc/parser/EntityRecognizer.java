package io.github.newsdoc.parser;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.internal.RuleBasedRecognizer;

import java.util.List;
import java.util.Objects;

/**
 * Finds the names of people, organisations and places in one text (the title, a paragraph or a caption).
 * The parser groups the names it is given into {@link io.github.newsdoc.model.Entity entities} (one per
 * referent, with aliases, titles and mentions) and links attributions to them.
 *
 * <p>{@link #standard()} needs no model and no network: rules over capitalised words and their context,
 * and gazetteers of countries, capitals and large cities, regions, demonyms and international
 * organisations. Plug in a statistical recognizer (OpenNLP, CoreNLP, an ONNX model) or a gazetteer of
 * your own through {@link ArticleParser.Builder#entityRecognizer(EntityRecognizer)}:
 *
 * <pre>{@code
 * EntityRecognizer mine = text -> myModel.find(text).stream()
 *     .map(span -> new EntityRecognizer.Mention(span.start(), span.end(), EntityType.of(span.label())))
 *     .toList();
 * ArticleParser parser = ArticleParser.builder().entityRecognizer(mine).build();
 * }</pre>
 *
 * <p>Implementations must be safe to call from several threads at once, as parsers are.
 */
@FunctionalInterface
public interface EntityRecognizer {
  /**
   * A name in a text: {@code [start, end)} in UTF-16 code units, and what it names.
   *
   * @param start the offset of the first character
   * @param end the offset just after the last character
   * @param type what the name is the name of
   */
  record Mention(int start, int end, EntityType type) {
    /** Checks the components. */
    public Mention {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("start and end: need 0 <= start < end, but were " + start + ", " + end);
      }
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * Returns the names in {@code text}, in any order. Mentions that overlap, fall outside the text or cover
   * only white space are dropped by the parser.
   */
  List<Mention> recognize(String text);

  /** The built-in recognizer: rules and gazetteers, no model. */
  static EntityRecognizer standard() {
    return RuleBasedRecognizer.INSTANCE;
  }
}
