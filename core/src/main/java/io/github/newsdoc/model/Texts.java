package io.github.newsdoc.model;

/** Checks shared by the model's invariants. */
final class Texts {
  private Texts() {}

  static void requireNotBlank(String field, String value) {
    if (value.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      throw new IllegalArgumentException(field + ": must not be blank, but was '" + value + "'");
    }
  }

  static void requireTrimmed(String field, String value) {
    if (!value.isEmpty()
        && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1)))) {
      throw new IllegalArgumentException(
          field + ": must not begin or end with white space, but was '" + value + "'");
    }
  }
}
