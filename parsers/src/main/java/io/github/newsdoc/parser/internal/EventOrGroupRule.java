package io.github.newsdoc.parser.internal;

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
    Words.Word last = r.words.get(q - 1);
    return KeyFacts.eventNoun(last) || q - p >= 2 && KeyFacts.group(last)
        ? Match.to(q) : Match.none();
  }
}
