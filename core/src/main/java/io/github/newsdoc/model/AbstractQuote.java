package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import java.util.Optional;

/**
 * A direct quotation: the quoted words, where they stand, and who they are credited to.
 *
 * <p>{@link #start()} is the position of the first quoted character (after the opening mark) and
 * {@link #end()} the position just after the last one (before the closing mark). A quote that runs over
 * several paragraphs (an opening mark at the start of each, a closing mark at the end of the last) starts
 * and ends in different blocks; its {@link #text()} is then the quoted text of each paragraph joined by a
 * line feed.
 */
@Value.Immutable
@JsonSerialize
@JsonDeserialize(as = Quote.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"text", "start", "end", "partial", "attribution"})
abstract class AbstractQuote {
  /** The quoted words, without the quotation marks. */
  public abstract String text();

  /** The position of the first quoted character. */
  public abstract Position start();

  /** The position just after the last quoted character. */
  public abstract Position end();

  /** Whether the quote is a fragment embedded in the writer's own sentence. Defaults to {@code false}. */
  @Value.Default
  public boolean partial() {
    return false;
  }

  /** Who the words are credited to, when the article says. */
  public abstract Optional<Attribution> attribution();

  @Value.Check
  void check() {
    Texts.requireNotBlank("text", text());
    if (end().compareTo(start()) < 0) {
      throw new IllegalArgumentException("end: must not be before start " + start() + ", but was " + end());
    }
    if (start().block() == Position.TITLE && end().block() != Position.TITLE) {
      throw new IllegalArgumentException(
          "end: a quote that starts in the title must end in the title, but ended at " + end());
    }
  }
}
