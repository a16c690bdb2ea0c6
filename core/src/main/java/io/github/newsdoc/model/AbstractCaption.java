package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import java.util.List;
import java.util.Optional;

/**
 * The caption of a photo or video: its text, the credit of the picture when the source gives one
 * ({@code "SERGEI GAPON/AFP/Getty Images"}), and the keywords some sites print above it.
 */
@Value.Immutable
@JsonSerialize
@JsonDeserialize(as = Caption.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"type", "text", "credit", "keywords"})
abstract non-sealed class AbstractCaption implements Block {
  @Override
  @Value.Parameter
  public abstract String text();

  /** Who the picture is credited to, as printed. */
  public abstract Optional<String> credit();

  /** The keywords printed with the picture, in order. */
  public abstract List<String> keywords();

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitCaption((Caption) this);
  }

  @Value.Check
  void check() {
    Texts.requireNotBlank("text", text());
    credit().ifPresent(c -> Texts.requireNotBlank("credit", c));
    for (int i = 0; i < keywords().size(); i++) {
      Texts.requireNotBlank("keywords[" + i + "]", keywords().get(i));
    }
  }
}
