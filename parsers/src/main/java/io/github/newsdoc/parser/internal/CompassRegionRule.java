package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;

import io.github.newsdoc.model.EntityType;

/**
 * "the West", "the Midwest": a compass word after "the" is a region, though the article writes "west" too.
 */
final class CompassRegionRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "compass-region";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int q = r.nameEnd(p);
    Words.Word w = r.words.get(p);
    if (q - p == 1 && p > 0 && r.words.get(p - 1).lower().equals("the") && EntityWords.COMPASS.contains(keyOf(w))
        && !possessive(w)) {
      r.emit(this, w.start(), end(w), EntityType.LOCATION);
      return Match.to(q);
    }
    return Match.none();
  }
}
