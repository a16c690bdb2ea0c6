package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The words of an article's texts (the title, then each block), split once and shared by the stages that
 * read them: quotes, people, entities.
 */
public final class Tokens {
  private final List<String> texts;
  private final List<List<Words.Word>> words;

  /** Tokens of {@code texts}: index 0 the title, index {@code i + 1} block {@code i}. */
  public Tokens(List<String> texts) {
    this.texts = texts;
    this.words = new ArrayList<>(Collections.nCopies(texts.size(), null));
  }

  /** The words of text {@code t}, split on first use. */
  public List<Words.Word> of(int t) {
    List<Words.Word> w = words.get(t);
    if (w == null) {
      String text = texts.get(t);
      w = Words.of(text, 0, text.length());
      words.set(t, w);
    }
    return w;
  }

  /** The texts. */
  public List<String> texts() {
    return texts;
  }
}
