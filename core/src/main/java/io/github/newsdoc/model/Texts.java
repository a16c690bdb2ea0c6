package io.github.newsdoc.model;

/** Checks shared by the model's invariants. */
final class Texts {
  private Texts() {}

  static void requireNotBlank(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return; // a loop, not a stream: every text of every article is checked
      }
    }
    throw new IllegalArgumentException(field + ": must not be blank, but was '" + value + "'");
  }
}
