package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;

import io.github.newsdoc.model.EntityType;

/**
 * Name words that end with a place's last word are a place: "Red Square", "Kara Sea", "Gomel Oblast".
 */
final class PlaceByLastWordRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "place-by-last-word";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int q = r.nameEnd(p);
    if (q - p < 2 || !KeyFacts.placeLast(r.words.get(q - 1))) {
      return Match.none();
    }
    r.emit(this, r.words.get(p).start(), end(r.words.get(q - 1)), EntityType.LOCATION);
    return Match.to(q);
  }
}
