package io.github.newsdoc.parser.internal;

/**
 * One rule of the entity recognizer: tried at a word of a text or a run of names, it answers {@link
 * Match#none()} or how far it read, having emitted the names it found under its {@link #name()}. The rules
 * and their order are listed in {@link NameRules}.
 *
 * @param <S> what the rule reads: a {@link NameScan} (a text) or a {@link NameRun} (a run of names)
 */
interface NameRule<S> {
  /** The rule's name, recorded on every mention it emits (kebab case: "place-branch"). */
  String name();

  /** Tries the rule at word {@code at}. */
  Match tryAt(S scan, int at);

  /** What a rule answered: nothing, or the word to go on at. */
  final class Match {
    private static final Match NONE = new Match(-1, false);

    private final int next;
    private final boolean keepsTitle;

    private Match(int next, boolean keepsTitle) {
      this.next = next;
      this.keepsTitle = keepsTitle;
    }

    /** The rule does not apply here: the next rule is tried. */
    static Match none() {
      return NONE;
    }

    /** The rule applied and read up to {@code next}, whether or not it emitted a name. */
    static Match to(int next) {
      return new Match(next, false);
    }

    /** As {@link #to(int)}, and a title read before still applies at {@code next}. */
    static Match keepingTitle(int next) {
      return new Match(next, true);
    }

    boolean matched() {
      return next >= 0;
    }

    int next() {
      return next;
    }

    boolean keepsTitle() {
      return keepsTitle;
    }

    @Override
    public String toString() {
      return next < 0 ? "none" : "to " + next + (keepsTitle ? ", titled" : "");
    }
  }
}
