package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A paragraph of the article's body: prose, often holding quotes. Its text is never blank. */
@Value.Immutable
@JsonSerialize
@JsonDeserialize(as = Paragraph.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"type", "text"})
abstract non-sealed class AbstractParagraph implements Block {
  @Override
  @Value.Parameter
  public abstract String text();

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitParagraph((Paragraph) this);
  }

  @Value.Check
  void check() {
    Texts.requireNotBlank("text", text());
  }
}
