package io.github.newsdoc.model;

/** Checks shared by the model's invariants. */
final class Texts {
  private Texts() {}

  static void requireNotBlank(String field, String value) {
    if (value.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      throw new IllegalArgumentException(field + ": must not be blank, but was '" + value + "'");
    }
  }
}
