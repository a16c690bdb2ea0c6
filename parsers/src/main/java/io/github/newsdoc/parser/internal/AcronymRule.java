package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.isAcronym;
import static io.github.newsdoc.parser.internal.NameShapes.isInitial;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * An acronym: a place or an organisation the gazetteers know ("UK", "NATO"), else an organisation, unless
 * the text shouts, the article writes it as a word, it names no entity ("CEO", "GDP"), it has six capitals or
 * more ("WARNING"), it is a person's initials ("JP McManus") or a roman numeral ("World War II"). A title
 * before it still applies after it ("nominee TV Diaries").
 */
final class AcronymRule implements NameRule<NameRun> {
  /** The rule's name. */
  static final String NAME = "acronym";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    List<Words.Word> words = r.words;
    Words.Word w = words.get(p);
    if (!isAcronym(bare(w)) || isInitial(w)) {
      return Match.none();
    }
    if (NameShapes.regnalNumber(w)) {
      return Match.keepingTitle(p + 1); // "World War II", "Edward IV": a number, no body's name
    }
    Gazetteer g = Gazetteer.INSTANCE;
    String place = g.place(bare(w));
    if (place != null || g.organisation(bare(w)) != null) {
      r.emit(this, w.start(), end(w), place != null ? EntityType.LOCATION : EntityType.ORGANIZATION);
    } else if (!r.scan.shouting() && !r.ctx().lowerWords.contains(w.lower())
        && !EntityWords.NOT_ACRONYMS.contains(bare(w))
        // "FACEBOOK.", "WARNING:", "THE MANY CAVEATS": a word of six capitals or more is shouted
        && bare(w).length() < 6
        && !(p + 1 < r.to && Names.isNameWord(words.get(p + 1)) && w.core().length() <= 2)) {
      r.emit(this, w.start(), end(w), EntityType.ORGANIZATION);
    }
    // a title before the acronym still applies after it: "nominee TV Diaries"
    return Match.keepingTitle(p + 1);
  }
}
