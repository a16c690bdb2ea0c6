package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import com.google.common.collect.ImmutableSet;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * A capitalised word of a part of a place ("North", "Southern", "Lower": {@code place-position-words}) right
 * before a place the gazetteer knows, which ends the run, is one place's name with it: "South Velora",
 * "Northern Marrow", "Lower Velora". Without it the gazetteer's place was read alone and the word before it
 * was lost or read as a name of its own. Not after a first name ("Ana West Velora" is no place's name), and
 * not when more name words follow the place ("South Velora Sun", a body's or a work's name).
 */
final class CompassPlaceRule implements NameRule<NameRun> {
  /** Words of a part of a place before its name. */
  static final ImmutableSet<String> POSITIONS = WordList.load("place-position-words");

  @Override
  public String name() {
    return "compass-place";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int n = length(r.words, p, r.to, r.known(p));
    if (n == 0) {
      return Match.none();
    }
    r.emit(this, r.words.get(p).start(), end(r.words.get(p + n - 1)), EntityType.LOCATION);
    return Match.to(p + n);
  }

  // The length in words of the position word and the place, or 0.
  private static int length(List<Words.Word> words, int p, int to, long knownHere) {
    Words.Word w = words.get(p);
    if (KnownNames.length(knownHere) != 0 || !w.capitalised() || !POSITIONS.contains(keyOf(w)) || stops(w)
        || possessive(w) || p + 1 >= to
        || p > 0 && !stops(words.get(p - 1)) && Gazetteer.INSTANCE.firstName(words.get(p - 1))) {
      return 0;
    }
    long place = KnownNames.longest(words, p + 1, to);
    int m = KnownNames.length(place);
    return m > 0 && KnownNames.kind(place) == KnownNames.PLACE && p + 1 + m == to ? m + 1 : 0;
  }
}
