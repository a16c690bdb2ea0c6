package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.keyOf;

/**
 * A run of names that ends with the noun of an event, a law or a prize heading no organisation, and that no
 * gazetteer knows, is no entity, nor is the place in it: "the London Marathon", "the Paris Agreement".
 */
final class EventRunRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "event-run";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    if (r.to - r.from < 2) {
      return Match.none();
    }
    String last = keyOf(r.words.get(r.to - 1));
    boolean event = EntityWords.EVENT_NOUNS.contains(last) && !Names.isOrgHead(last)
        && r.whole(r.from) == 0;
    return event ? Match.to(r.to) : Match.none();
  }
}
