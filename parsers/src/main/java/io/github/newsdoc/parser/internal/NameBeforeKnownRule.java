package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * "Clinton White House": a name before a known organisation or place is not part of it, and the two are read
 * as runs of their own; but a known place or a demonym before a body of a kind names its branch there, one
 * organisation ({@link BodyBranch}): "the Kent Labour Party", "the Lithuanian Foreign Ministry"; and names no
 * one in the article is known by as a person, before a body of a kind, start its own name ({@link
 * BodysOwnName}): "the Varden-Tolk Tax Policy Center".
 */
final class NameBeforeKnownRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "name-before-known";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    List<Words.Word> words = r.words;
    int to = r.to;
    if (r.whole(p) != 0) {
      return Match.none();
    }
    for (int k = p + 1; k < to && k <= p + 3; k++) {
      if (KnownNames.whole(words, k, to) > 0) {
        if (BodyBranch.of(words, p, k, to) || BodysOwnName.of(words, p, k, to, r.ctx())) {
          r.emit(this, words.get(p).start(), end(words.get(to - 1)), EntityType.ORGANIZATION);
          return Match.to(to);
        }
        if (k == to - 1) {
          continue;
        }
        NameRun.read(r.scan, words, p, k);
        NameRun.read(r.scan, words, k, to);
        return Match.to(to);
      }
    }
    return Match.none();
  }
}
