package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.sentenceInitial;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * "near Bemowo Piskie, Poland,", "in Eau Claire, Wis.", "protests in Charlotte, N.C., broke out": a run of at
 * most three name words that no gazetteer knows as a whole, ended by a comma before a place the gazetteer
 * knows and a stop, is one place inside that place, whatever its words would make it alone. Not when the
 * run is a person's (a first name and more, a title, a name the article gives a title or a speech verb) or
 * an organisation's ("Acme Works, Ohio"); nor when the two are the whole text, a signature's or a
 * dateline's line ("Henderson, Nev." under a reader's letter), which names no entity.
 */
final class PlaceBeforePlaceRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "place-before-place";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    List<Words.Word> words = r.words;
    int to = r.to;
    if (to - p > 3 || to >= words.size() || !words.get(to - 1).trailing().equals(",") || r.whole(p) != 0
        || r.titled || to - p > 1 && r.firstName(p)) {
      return Match.none();
    }
    int m = placeAfter(words, to);
    // "Nevertheless, Britain,": a word opening a sentence, never capitalised inside one, is no name
    if (m < 0 || p == 0 && m == words.size()
        || to - p == 1 && sentenceInitial(words, p) && !r.ctx().inside.contains(bare(words.get(p)))) {
      return Match.none();
    }
    for (int k = p; k < to; k++) {
      Words.Word w = words.get(k);
      if (!Names.isNameWord(w) || k < to - 1 && (stops(w) || possessive(w))
          || r.ctx().titledNames.contains(bare(w))) {
        return Match.none();
      }
    }
    if (KeyFacts.organisationHead(words.get(to - 1)) || NameContexts.isOrganisationRun(words, p, to)) {
      return Match.none();
    }
    r.emit(this, words.get(p).start(), end(words.get(to - 1)), EntityType.LOCATION);
    return Match.to(to);
  }

  // The end of a place the gazetteer knows that starts at k and ends a clause there ("…, Poland, located",
  // "…, Wis. And"), or -1; "Adriaan Schout, Europe coordinator" is a person's name and a role.
  private static int placeAfter(List<Words.Word> words, int k) {
    long known = KnownNames.longest(words, k, Math.min(words.size(), k + 4));
    int kind = KnownNames.kind(known);
    if (kind != KnownNames.PLACE && kind != KnownNames.DOTTED) {
      return -1;
    }
    int m = k + KnownNames.length(known);
    Words.Word last = words.get(m - 1);
    return !possessive(last) && (m == words.size() || stops(last)) ? m : -1;
  }
}
