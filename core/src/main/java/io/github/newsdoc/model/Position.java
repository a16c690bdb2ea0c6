package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * A point in an article's text: a block index and a character offset into that block's text.
 *
 * <p>The block index {@value #TITLE} stands for the article's title. The offset is a Java {@code String}
 * index (UTF-16 code units) and may equal the text's length (the point just after its last character).
 */
@JsonPropertyOrder({"block", "offset"})
public final class Position implements Comparable<Position> {
  /** The block index that stands for the article's title. */
  public static final int TITLE = -1;

  private final int block;
  private final int offset;

  private Position(int block, int offset) {
    if (block < TITLE) {
      throw new IllegalArgumentException("block: must be -1 (the title) or a block index, but was " + block);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset: must not be negative, but was " + offset);
    }
    this.block = block;
    this.offset = offset;
  }

  /**
   * Returns the position at {@code offset} in block {@code block}.
   *
   * @throws IllegalArgumentException if {@code block} is below {@value #TITLE} or {@code offset} is negative
   */
  @JsonCreator
  public static Position of(@JsonProperty(value = "block", required = true) int block, @JsonProperty(value = "offset", required = true) int offset) {
    return new Position(block, offset);
  }

  /** The block index, or {@value #TITLE} for the title. */
  @JsonProperty("block")
  public int block() {
    return block;
  }

  /** The offset into the block's text, in UTF-16 code units. */
  @JsonProperty("offset")
  public int offset() {
    return offset;
  }

  /** Orders positions as they stand in the article: the title first, then by block, then by offset. */
  @Override
  public int compareTo(Position other) {
    int byBlock = Integer.compare(block, other.block);
    return byBlock != 0 ? byBlock : Integer.compare(offset, other.offset);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Position && ((Position) o).block == block && ((Position) o).offset == offset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(block, offset);
  }

  /** Returns {@code block:offset}, for example {@code 3:10}. */
  @Override
  public String toString() {
    return block + ":" + offset;
  }
}
