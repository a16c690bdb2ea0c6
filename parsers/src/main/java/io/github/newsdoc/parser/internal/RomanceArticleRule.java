package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * "La Scala", "El Pais": a name opened by a Romance article is no person's but an organisation's (the
 * gazetteers know the places, "Los Angeles"); after someone's possessive it is a work ("Verdi's La
 * Traviata"), no entity.
 */
final class RomanceArticleRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "romance-article";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    List<Words.Word> words = r.words;
    int to = r.to;
    Words.Word w = words.get(p);
    if (!(EntityWords.ROMANCE_ARTICLES.contains(w) && Character.isLowerCase(w.charAt(1)) && p + 1 < to
        && !stops(w) && Names.isNameWord(words.get(p + 1))
        && !r.ctx().titledNames.contains(bare(words.get(to - 1))))) {
      return Match.none();
    }
    int e = p + 1;
    while (e < to && !stops(words.get(e - 1)) && !possessive(words.get(e - 1))
        && !words.get(e).lower().equals("and") && !words.get(e).lower().equals("&")) {
      e++;
    }
    if (!(p == r.from && NameContexts.afterPossessive(words, p)) || KeyFacts.organisationHead(words.get(e - 1))) {
      r.emit(this, w.start(), end(words.get(e - 1)), EntityType.ORGANIZATION);
    }
    return Match.to(e);
  }
}
