package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One unit of an article's body, in source order: a {@link Paragraph} or a {@link Caption}.
 *
 * <p>The family is closed. Code that treats each kind differently either uses a {@link BlockVisitor} or
 * tests with {@code instanceof}. In JSON a block is an object with a {@code type} property,
 * {@code "paragraph"} or {@code "caption"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
  @JsonSubTypes.Type(value = Caption.class, name = "caption")
})
public sealed interface Block permits AbstractParagraph, AbstractCaption {
  /** The block's text, as it stands in the article, without surrounding white space. */
  String text();

  /** Calls the visitor's method for this kind of block and returns what it returns. */
  <R> R accept(BlockVisitor<R> visitor);
}
