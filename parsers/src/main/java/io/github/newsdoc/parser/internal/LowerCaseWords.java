package io.github.newsdoc.parser.internal;

import java.util.BitSet;
import java.util.List;

/**
 * The lower-case forms of the words an article writes in lower case, of more than a given length: whether a
 * capitalised word is a common word the article also writes in lower case ("Tensions rose …" beside
 * "tensions"). Kept as a bit a shared form ({@link LowerForms}), so that building the set reads each word's
 * form number and makes no string; only a word past the shared forms' limit is kept by its form.
 */
final class LowerCaseWords {
  private final LowerForms forms;
  private final int longerThan;
  private final BitSet ids = new BitSet();
  private final WordForms unshared = new WordForms(false);

  /** An empty set of the forms of words longer than {@code longerThan}, numbered in {@code forms}. */
  LowerCaseWords(LowerForms forms, int longerThan) {
    this.forms = forms;
    this.longerThan = longerThan;
  }

  /** Adds the forms of the words of {@code words} that are written in lower case and long enough. */
  void addAll(List<Words.Word> words) {
    if (words instanceof WordStore store) {
      store.lowerCaseForms(longerThan, ids, unshared);
      return;
    }
    for (Words.Word w : words) {
      if (!w.capitalised() && w.length() > longerThan) {
        unshared.add(w, WordForms.Form.LOWER);
      }
    }
  }

  /** Whether the article writes the form {@code lower} in lower case, in a word long enough. */
  boolean contains(String lower) {
    int id = forms.idIfShared(lower);
    return id != 0 && ids.get(id) || unshared.contains(lower);
  }
}
