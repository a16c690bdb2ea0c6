package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;

/**
 * One name word after a title, an honorific or a role is a person: "President Tane", "Mr Egelton"; not a
 * word before more title words, which is part of the title ("Foreign Affairs High Commissioner"), nor one
 * after "the" ("Lord of the Rings").
 */
final class TitledSingleRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "titled-single";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int q = r.nameEnd(p);
    if (q - p != 1 || !r.titled) {
      return Match.none();
    }
    Words.Word w = r.words.get(p);
    // "Lord of the Rings", "King of the Hill": a person's name takes no article, so a title that ends in "the"
    // names a work or a thing
    if (p > 0 && r.words.get(p - 1).lowerCase() && r.words.get(p - 1).lower().equals("the")) {
      return Match.none();
    }
    if (q < r.to && !stops(w) && Names.TITLE_WORDS.contains(r.words.get(q))
        && !Gazetteer.INSTANCE.firstName(w)) {
      return Match.none();
    }
    r.emit(this, w.start(), end(w), EntityType.PERSON);
    return Match.to(q);
  }
}
