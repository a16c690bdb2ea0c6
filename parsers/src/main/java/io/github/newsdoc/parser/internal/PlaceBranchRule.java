package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * A known place or a demonym, then a known body of a kind ({@link BodyBranch}), are that body's branch there:
 * "Ohio Democratic Party Chairman …" names the party of Ohio, one organisation.
 */
final class PlaceBranchRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "place-branch";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int n = branch(r.words, p, r.to, r.known(p));
    if (n == 0) {
      return Match.none();
    }
    r.emit(this, r.words.get(p).start(), end(r.words.get(p + n - 1)), EntityType.ORGANIZATION);
    return Match.to(p + n);
  }

  // The length in words of the place and the body, or 0.
  private static int branch(List<Words.Word> words, int p, int to, long place) {
    int n = KnownNames.kind(place) == KnownNames.PLACE ? KnownNames.length(place)
        : Gazetteer.INSTANCE.demonymByKey(keyOf(words.get(p))) != null ? 1 : 0;
    if (n == 0 || p + n >= to || stops(words.get(p + n - 1)) || possessive(words.get(p + n - 1))) {
      return 0;
    }
    long org = KnownNames.longest(words, p + n, to);
    int m = KnownNames.length(org);
    return m > 0 && KnownNames.kind(org) == KnownNames.ORGANISATION && BodyBranch.of(words, p, p + n, p + n + m)
        ? n + m : 0;
  }
}
