package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.ArticleParseException;

/**
 * Splits the input into lines. Needs the input; adds {@link Doc#lines}. A line or a count of lines past the
 * limits is an {@link ArticleParseException} at that line.
 */
final class LinesStage implements Stage {
  private final int maxLineLength;
  private final int maxLines;

  LinesStage(int maxLineLength, int maxLines) {
    this.maxLineLength = maxLineLength;
    this.maxLines = maxLines;
  }

  @Override
  public String name() {
    return "lines";
  }

  @Override
  public void apply(Doc doc) {
    try {
      doc.lines = LineSplitter.split(doc.input, maxLineLength, maxLines);
    } catch (LineSplitter.LimitException e) {
      throw new ArticleParseException(e.line(), e.column(), e.getMessage());
    }
  }
}
