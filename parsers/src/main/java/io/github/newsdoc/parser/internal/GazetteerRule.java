package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * The longest place or organisation name the gazetteers know starting at the word ("Calif.", with its dot;
 * an organisation before a place of the same name: "Toyota").
 */
final class GazetteerRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "gazetteer";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    long known = r.known(p);
    int n = KnownNames.length(known);
    if (n == 0) {
      return Match.none();
    }
    List<Words.Word> words = r.words;
    Words.Word last = words.get(p + n - 1);
    int kind = KnownNames.kind(known);
    if (kind == KnownNames.DOTTED) {
      // "Calif.", "Fla.": the abbreviation's dot is part of the name
      r.emit(this, words.get(p).start(), last.end() + 1, EntityType.LOCATION);
    } else {
      r.emit(this, words.get(p).start(), end(last),
          kind == KnownNames.PLACE ? EntityType.LOCATION : EntityType.ORGANIZATION);
    }
    return Match.to(p + n);
  }
}
