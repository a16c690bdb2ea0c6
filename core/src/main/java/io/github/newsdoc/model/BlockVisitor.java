package io.github.newsdoc.model;

/**
 * Does something different for each kind of {@link Block}. Every method defaults to
 * {@link #visitBlock(Block)}, so a visitor overrides only what it cares about.
 *
 * <pre>{@code
 * int captions = article.blocks().stream()
 *     .mapToInt(b -> b.accept(new BlockVisitor<Integer>() {
 *       public Integer visitBlock(Block block) { return 0; }
 *       public Integer visitCaption(Caption caption) { return 1; }
 *     }))
 *     .sum();
 * }</pre>
 *
 * @param <R> what the visitor returns
 */
public interface BlockVisitor<R> {
  /** Called for every kind of block the visitor does not override; returns {@code null} unless overridden. */
  default R visitBlock(Block block) {
    return null;
  }

  /** Called for a paragraph. */
  default R visitParagraph(Paragraph paragraph) {
    return visitBlock(paragraph);
  }

  /** Called for a caption. */
  default R visitCaption(Caption caption) {
    return visitBlock(caption);
  }
}
