package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import java.util.Optional;

/** A person credited as an author of the article, with their role when printed ({@code "Staff Writer"}). */
@Value.Immutable
@JsonSerialize
@JsonDeserialize(as = Byline.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"name", "role"})
abstract class AbstractByline {
  /** The author's name, as printed. */
  @Value.Parameter
  public abstract String name();

  /** The author's role or desk, as printed. */
  @Value.Parameter
  public abstract Optional<String> role();

  @Value.Check
  void check() {
    Texts.requireNotBlank("name", name());
    role().ifPresent(r -> Texts.requireNotBlank("role", r));
  }
}
