package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;

/**
 * "(R-Texas)", "D-Calif.", "R-IN": a party tag after a member's name names the member's state, a place.
 */
final class PartyTagRule implements NameRule<NameScan> {
  @Override
  public String name() {
    return "party-tag";
  }

  @Override
  public Match tryAt(NameScan s, int i) {
    Words.Word w = s.words.get(i);
    if (!partyTagged(w)) {
      return Match.none();
    }
    String state = tagState(w.core());
    int end = w.start() + 2 + state.length();
    boolean dot = end < w.end() ? w.core().charAt(end - w.start()) == '.' : w.trailing().startsWith(".");
    if (dot && Gazetteer.INSTANCE.place(state + ".") != null) {
      end++;
    }
    s.emit(this, w.start() + 2, end, EntityType.LOCATION);
    return Match.to(i + 1);
  }

  /** Whether the word is a party tag: "D-", "R-" or "I-" and a state's code or a place's name. */
  static boolean partyTagged(Words.Word w) {
    if (w.length() < 4 || w.charAt(1) != '-') {
      return false;
    }
    String c = w.core();
    if (c.length() < 4 || c.charAt(1) != '-' || "DRI".indexOf(c.charAt(0)) < 0) {
      return false;
    }
    String state = tagState(c);
    return !state.isEmpty() && (EntityWords.STATE_CODES.contains(state) || Gazetteer.INSTANCE.place(state) != null
        || Gazetteer.INSTANCE.place(state + ".") != null);
  }

  // The state of a party tag without what ends it: "D-Calif.)." gives "Calif".
  private static String tagState(String core) {
    int e = core.length();
    while (e > 2 && !Character.isLetter(core.charAt(e - 1))) {
      e--;
    }
    return core.substring(2, e);
  }
}
