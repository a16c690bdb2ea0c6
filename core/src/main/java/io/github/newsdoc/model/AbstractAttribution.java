package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Who a {@link Quote}'s words are credited to.
 *
 * <p>{@link #speaker()} is the source as the article names it at its fullest, after pronouns and
 * descriptions are resolved ({@code "Alexander Lukashenko"} where the clause says {@code "he"});
 * {@link #mention()} is where the attribution clause itself names the source; {@link #cue()} is the verb
 * or phrase that attributes ({@code "said"}, {@code "told"}, {@code "according to"}).
 */
@Value.Immutable
@JsonSerialize
@JsonDeserialize(as = Attribution.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"speaker", "entity", "cue", "channel", "mention", "confidence"})
abstract class AbstractAttribution {
  /** The source at its fullest, as the article names it. */
  public abstract String speaker();

  /** The id of the speaker's {@link Entity} in the same article, when resolved. */
  public abstract Optional<String> entity();

  /** The attributing verb or phrase, as printed. */
  public abstract String cue();

  /** How the words reached the reporter, when given ({@code "in a statement sent to Newsweek"}). */
  public abstract Optional<String> channel();

  /**
   * Where the attribution clause names the source ({@code "he"}, {@code "Shoigu"}, or the {@code "who"} of
   * {@code "Obama, who called it …"}). A cue with no words of its own, such as a dash before a signature or
   * the colon after a name, still has the name as its mention.
   */
  public abstract Optional<Span> mention();

  /**
   * How likely the attribution is right, from 0 to 1, when the parser gives it: the share of right credits
   * that the rule which made it ({@code ParseReport} names it) has on the development data. Users can filter
   * on it; an attribution made in code has none unless set. Since schema version 3.
   */
  public abstract OptionalDouble confidence();

  @Value.Check
  void check() {
    Texts.requireNotBlank("speaker", speaker());
    Texts.requireNotBlank("cue", cue());
    entity().ifPresent(e -> Texts.requireNotBlank("entity", e));
    channel().ifPresent(c -> Texts.requireNotBlank("channel", c));
    if (confidence().isPresent()) {
      double c = confidence().getAsDouble();
      if (!(c >= 0 && c <= 1)) {
        throw new IllegalArgumentException("confidence: must be from 0 to 1, was " + c);
      }
    }
  }
}
