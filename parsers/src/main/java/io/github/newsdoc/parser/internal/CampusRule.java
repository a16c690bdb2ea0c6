package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.capitalisedWord;
import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * "the University of Velora, Orvel Bay,", "the University of Velora at Orvel Bay": a university or a college of a
 * known place, then a comma or "at" and another known place that ends the clause, is one organisation, the
 * campus of a university system, not the system and a place (nor a person: the campus's town may be a first
 * name too, "Berkeley"). Tried at the head word, which no capitalised word of the same name precedes.
 */
final class CampusRule implements NameRule<NameScan> {
  /** Head words of a body named after the place it serves, whose campuses the place after it names. */
  private static final java.util.Set<String> HEADS = WordList.load("campus-heads");

  @Override
  public String name() {
    return "campus";
  }

  @Override
  public Match tryAt(NameScan s, int i) {
    List<Words.Word> words = s.words;
    Words.Word head = words.get(i);
    if (!HEADS.contains(head.lower()) || stops(head) || i + 3 >= words.size()
        || i > 0 && capitalisedWord(words.get(i - 1)) && !stops(words.get(i - 1))
        || !words.get(i + 1).lower().equals("of") || stops(words.get(i + 1))) {
      return Match.none();
    }
    int system = placeEnd(words, i + 2);
    if (system < 0) {
      return Match.none();
    }
    Words.Word last = words.get(system - 1);
    int campusStart;
    if (last.trailingIs(",")) {
      campusStart = system;
    } else if (!stops(last) && system + 1 < words.size() && words.get(system).lower().equals("at")
        && !stops(words.get(system))) {
      campusStart = system + 1;
    } else {
      return Match.none();
    }
    int campus = campusEnd(words, campusStart);
    // the campus ends the clause: "…, Berkeley, said", "… at Irvine." (not "…, Trump said")
    if (campus < 0 || campus < words.size() && !stops(words.get(campus - 1)) && !possessive(words.get(campus - 1))) {
      return Match.none();
    }
    s.emit(this, head.start(), end(words.get(campus - 1)), EntityType.ORGANIZATION);
    return Match.to(campus);
  }

  // The end of a place the gazetteer knows starting at k, or -1.
  private static int placeEnd(List<Words.Word> words, int k) {
    if (k >= words.size() || !capitalisedWord(words.get(k))) {
      return -1;
    }
    long known = KnownNames.longest(words, k, Math.min(words.size(), k + 4));
    int kind = KnownNames.kind(known);
    return kind == KnownNames.PLACE || kind == KnownNames.DOTTED ? k + KnownNames.length(known) : -1;
  }

  // The end of the campus's town starting at k: a place the gazetteer knows, or one or two name words no list
  // knows otherwise ("Berkeley", a first name in the list, names no person here), none an organisation's head;
  // or -1.
  private static int campusEnd(List<Words.Word> words, int k) {
    int known = placeEnd(words, k);
    if (known > 0) {
      return known;
    }
    int j = k;
    while (j < words.size() && j < k + 2 && Names.isNameWord(words.get(j)) && !Names.isOrgHead(words.get(j))
        && !EntityWords.NOT_NAMES.contains(words.get(j))
        && KnownNames.longest(words, j, Math.min(words.size(), j + 4)) == 0) {
      j++;
      if (stops(words.get(j - 1)) || possessive(words.get(j - 1))) {
        break;
      }
    }
    return j > k ? j : -1;
  }
}
