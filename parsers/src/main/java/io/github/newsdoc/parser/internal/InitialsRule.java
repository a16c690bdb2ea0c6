package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.isInitial;
import static io.github.newsdoc.parser.internal.NameShapes.listInitial;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;
import static io.github.newsdoc.parser.internal.NameShapes.twoInitials;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * "C Paterson;", "KP Robertson.", "; A Craig,": initials before a surname that ends the run, as in a team
 * sheet, are a person's name though the surname names a place; not when the two words are an organisation the
 * gazetteer knows ("JP Morgan", the bank): that rule finds it.
 */
final class InitialsRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "initials";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    List<Words.Word> words = r.words;
    Words.Word w = words.get(p);
    if ((isInitial(w) && w.length() == 1 || listInitial(words, p) || twoInitials(w)) && !stops(w)
        && p + 1 < r.to && Names.isNameWord(words.get(p + 1))
        && (p + 2 == r.to || stops(words.get(p + 1)) || possessive(words.get(p + 1)))
        && !KnownNames.organisation(words, p, p + 2)) {
      r.emit(this, w.start(), end(words.get(p + 1)), EntityType.PERSON);
      return Match.to(p + 2);
    }
    return Match.none();
  }
}
