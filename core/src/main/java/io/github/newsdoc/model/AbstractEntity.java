package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import java.util.List;

/**
 * A person, organisation or place the article names, once per real-world referent.
 *
 * <p>{@link #name()} is the fullest form the article uses; {@link #aliases()} the other forms
 * ({@code "Lukashenko"}, {@code "Alyaksandr Lukashenka"}); {@link #titles()} the roles it gives a person
 * ({@code "President"}); {@link #mentions()} every place it is named.
 */
@Value.Immutable
@JsonSerialize
@JsonDeserialize(as = Entity.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "type", "name", "aliases", "titles", "mentions"})
abstract class AbstractEntity {
  /** The entity's id, unique within its article ({@code "e1"}). */
  public abstract String id();

  /** What kind of thing it is. */
  public abstract EntityType type();

  /** The fullest name the article uses. */
  public abstract String name();

  /** The other names the article uses for it, in order of first use. */
  public abstract List<String> aliases();

  /** Titles and roles given to it ({@code "Defense Minister"}), in order of first use. */
  public abstract List<String> titles();

  /** Where it is named, in article order. */
  public abstract List<Span> mentions();

  @Value.Check
  void check() {
    Texts.requireNotBlank("id", id());
    Texts.requireNotBlank("name", name());
    for (int i = 0; i < aliases().size(); i++) {
      Texts.requireNotBlank("aliases[" + i + "]", aliases().get(i));
    }
    for (int i = 0; i < titles().size(); i++) {
      Texts.requireNotBlank("titles[" + i + "]", titles().get(i));
    }
  }
}
