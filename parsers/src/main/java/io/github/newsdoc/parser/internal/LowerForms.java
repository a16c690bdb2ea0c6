package io.github.newsdoc.parser.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The lower-case forms the words of an article share, one string each, numbered from 1 so that a word keeps
 * its form as a {@code char} (0 meaning none) instead of a reference: two bytes a word, where a parse holds
 * every word of the article at once (issue 19). At most {@link #MAX} forms: a text's common words come first
 * and are shared; the rarer forms past the limit are made when asked for and not kept. Clean news text of
 * tens of megabytes stays near the limit, while text full of undecodable bytes, where nearly every word is
 * a form of its own, would otherwise keep a string and an entry a word.
 */
final class LowerForms {
  /** The most forms shared: their numbers fit in a {@code char} beside 0. */
  static final int MAX = Character.MAX_VALUE;

  private final Map<String, Integer> ids = new HashMap<>();
  private String[] forms = new String[16];

  /** The number of {@code form}, added when new and there is room; 0 when the table is full. */
  int idOf(String form) {
    Integer id = ids.get(form);
    if (id != null) {
      return id;
    }
    int size = ids.size();
    if (size == MAX) {
      return 0;
    }
    if (size + 1 == forms.length) {
      forms = Arrays.copyOf(forms, forms.length * 2);
    }
    forms[size + 1] = form;
    ids.put(form, size + 1);
    return size + 1;
  }

  /** The form numbered {@code id} (1 or more). */
  String form(int id) {
    return forms[id];
  }

  /** How many forms are shared. */
  int size() {
    return ids.size();
  }
}
