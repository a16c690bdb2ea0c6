package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.keyOf;

/**
 * Name words ending with an event's, a law's or a plan's noun ("Marshall Plan"), or two or more ending with
 * a group's ("Roman Catholics"), are no entity: passed over.
 */
final class EventOrGroupRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "event-or-group";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int q = r.nameEnd(p);
    if (q == p) {
      return Match.none();
    }
    String last = keyOf(r.words.get(q - 1));
    return EntityWords.EVENT_NOUNS.contains(last) || q - p >= 2 && EntityWords.GROUPS.contains(last)
        ? Match.to(q) : Match.none();
  }
}
