package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.plural;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * A known name and one or two names no gazetteer knows after it, ending the run, are one name: a
 * landmark's ("Stamford Bridge", "… Province", "… Roads", a place's word in the plural) or, ending in another
 * plural, a team's or firm's ("the Tampa Bay Buccaneers"); a known body and one more name are its branch or channel ("BBC Sport", "ITV Wales").
 */
final class KnownAndMoreRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "known-and-more";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    long known = r.known(p);
    int n = KnownNames.length(known);
    if (n == 0 || p + n >= r.to) {
      return Match.none();
    }
    EntityType type = placeAndMore(r, p, known);
    if (type == null) {
      return Match.none();
    }
    r.emit(this, r.words.get(p).start(), end(r.words.get(r.to - 1)), type);
    return Match.to(r.to);
  }

  private static EntityType placeAndMore(NameRun r, int p, long known) {
    List<Words.Word> words = r.words;
    int to = r.to;
    RecognizerContext ctx = r.ctx();
    int m = p + KnownNames.length(known);
    int kind = KnownNames.kind(known);
    Gazetteer g = Gazetteer.INSTANCE;
    if (to - m > 2 || kind != KnownNames.PLACE && kind != KnownNames.ORGANISATION) {
      return null;
    }
    if (kind == KnownNames.ORGANISATION) {
      Words.Word w = words.get(m);
      String key = keyOf(w);
      boolean branch = to - m == 1 && !stops(words.get(m - 1)) && !possessive(words.get(m - 1))
          && (Names.isNameWord(w) || g.placeByKey(key) != null) && !g.firstName(w)
          && !ctx.titledNames.contains(bare(w)) && !EntityWords.EVENT_NOUNS.contains(key)
          && !EntityWords.GROUPS.contains(key) && g.demonymByKey(key) == null && !ctx.lowerWords.contains(key);
      return branch ? EntityType.ORGANIZATION : null;
    }
    for (int k = p; k < to - 1; k++) {
      if (stops(words.get(k)) || possessive(words.get(k))) {
        return null;
      }
    }
    for (int k = m; k < to; k++) {
      Words.Word w = words.get(k);
      String key = keyOf(w);
      if (!Names.isNameWord(w) && !placeWord(key) || EntityWords.GROUPS.contains(key)
          || g.firstName(w) || ctx.titledNames.contains(bare(w)) || g.demonymByKey(key) != null
          || KnownNames.longest(words, k, to) != 0 || EntityWords.EVENT_NOUNS.contains(key)) {
        return null;
      }
    }
    String last = keyOf(words.get(to - 1));
    return placeWord(last) ? EntityType.LOCATION : plural(last) ? EntityType.ORGANIZATION : null;
  }

  // Whether a (lower-case) word ends a place's name, in the singular or the plural: "… Valley", "… Roads"
  // ("Hampton Roads" is a place, not a team as "the Tampa Zorblies" is).
  private static boolean placeWord(String lower) {
    return PersonIndex.isPlaceLast(lower)
        || plural(lower) && PersonIndex.isPlaceLast(lower.substring(0, lower.length() - 1));
  }
}
