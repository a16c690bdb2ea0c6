package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * A range of characters inside one block's text: {@code [start, end)} in block {@code block}.
 *
 * <p>The block index {@value Position#TITLE} stands for the title. Offsets are Java {@code String} indices
 * (UTF-16 code units); {@code start <= end}.
 */
@JsonPropertyOrder({"block", "start", "end"})
public final class Span implements Comparable<Span> {
  private final int block;
  private final int start;
  private final int end;

  private Span(int block, int start, int end) {
    if (block < Position.TITLE) {
      throw new IllegalArgumentException("block: must be -1 (the title) or a block index, but was " + block);
    }
    if (start < 0) {
      throw new IllegalArgumentException("start: must not be negative, but was " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException("end: must not be before start " + start + ", but was " + end);
    }
    this.block = block;
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the span {@code [start, end)} of block {@code block}.
   *
   * @throws IllegalArgumentException if {@code block < -1}, {@code start < 0} or {@code end < start}
   */
  @JsonCreator
  public static Span of(
      @JsonProperty(value = "block", required = true) int block, @JsonProperty(value = "start", required = true) int start, @JsonProperty(value = "end", required = true) int end) {
    return new Span(block, start, end);
  }

  /** The block index, or {@value Position#TITLE} for the title. */
  @JsonProperty("block")
  public int block() {
    return block;
  }

  /** The offset of the first character, in UTF-16 code units. */
  @JsonProperty("start")
  public int start() {
    return start;
  }

  /** The offset just after the last character, in UTF-16 code units. */
  @JsonProperty("end")
  public int end() {
    return end;
  }

  /** The number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }

  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(block, other.block);
    if (c == 0) {
      c = Integer.compare(start, other.start);
    }
    return c != 0 ? c : Integer.compare(end, other.end);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Span)) {
      return false;
    }
    Span s = (Span) o;
    return s.block == block && s.start == start && s.end == end;
  }

  @Override
  public int hashCode() {
    return Objects.hash(block, start, end);
  }

  /** Returns {@code block:start-end}, for example {@code 0:20-30}. */
  @Override
  public String toString() {
    return block + ":" + start + "-" + end;
  }
}
