package io.github.newsdoc.parser.internal;

/**
 * The discourse so far, as the attributor reads an article in order: the latest person credited and the
 * latest other source (a body, a document), which later pronouns and bare documents ("the statement")
 * resolve to.
 */
final class DiscourseState {
  private Attributed lastPerson;
  private Attributed lastOther;

  /** The latest attribution to a person, or null. */
  Attributed lastPerson() {
    return lastPerson;
  }

  /** The latest attribution to a source that is not a person, or null. */
  Attributed lastOther() {
    return lastOther;
  }

  /** Records {@code r} (when not null) as the latest of its kind, and returns it. */
  Attributed remember(Attributed r) {
    if (r != null && r.person()) {
      lastPerson = r;
    } else if (r != null) {
      lastOther = r;
    }
    return r;
  }
}
