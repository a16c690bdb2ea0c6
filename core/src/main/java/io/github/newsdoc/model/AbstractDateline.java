package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import java.util.Optional;

/**
 * The place (and news agency) a report was filed from, as printed at the start of its first paragraph:
 * {@code "LONDON (Reuters) -"} is the place {@code "LONDON"} and the agency {@code "Reuters"}.
 */
@Value.Immutable
@JsonSerialize
@JsonDeserialize(as = Dateline.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"place", "agency"})
abstract class AbstractDateline {
  /** The place, as printed. */
  @Value.Parameter
  public abstract String place();

  /** The news agency named with the place. */
  @Value.Parameter
  public abstract Optional<String> agency();

  @Value.Check
  void check() {
    Texts.requireNotBlank("place", place());
    agency().ifPresent(a -> Texts.requireNotBlank("agency", a));
  }
}
