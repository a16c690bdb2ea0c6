package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.plural;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * Two name words or more that no other rule reads, none when the last is a demonym's plural ("Sikh Americans",
 * people of a kind) or the text is written in capitals: a place after "Lake", "Mount", "Fort" …; a person when
 * they are two words the article never writes in lower case, the last no plural, neither a number ("Five
 * Live"), and no article or business or a noun of an organisation's kind ("the Marrow Courant newspaper")
 * stands around them ("Misaki Yoshida", a first name the list lacks); else an organisation, the most common kind of such a name ("Goldman
 * Sachs", "Peace Corps"). None before a product's noun or a version's number ("his Marrow Quiet album"): the
 * name of a work or a product, no entity there nor, unless it speaks, anywhere else in the article.
 */
final class UnknownNamesRule implements NameRule<NameRun> {
  /** The rule's name. */
  static final String NAME = "unknown-names";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int q = r.nameEnd(p);
    int n = q - p;
    if (n < 2) {
      return Match.none();
    }
    List<Words.Word> words = r.words;
    Words.Word w = words.get(p);
    String lastWord = keyOf(words.get(q - 1));
    if (r.scan.shouting()) {
      return Match.to(q); // a text in capitals: its words look like names, known ones aside
    }
    // "Sikh Americans", "Korean Canadians": people of a kind, named by a demonym's plural last
    if (lastWord.length() > 4 && lastWord.endsWith("s")
        && Gazetteer.INSTANCE.demonymByKey(lastWord.substring(0, lastWord.length() - 1)) != null) {
      return Match.to(q);
    }
    RecognizerContext ctx = r.ctx();
    boolean personShape = n == 2 && !ctx.lowerWords.contains(w.lower())
        && !ctx.lowerWords.contains(lastWord) && !plural(lastWord)
        // "Five Live", "the Orvel Four": a number opens or ends no person's name
        && !EntityWords.NUMBERS.contains(w.lower()) && !EntityWords.NUMBERS.contains(lastWord)
        && !NameContexts.notPersonContext(words, p, q, r.to) && !NameContexts.kindAround(words, p, q);
    // "his Marrow Quiet album", "Orvel Velora 3": a work's or a product's name, no entity (a person's name
    // takes a number too: "Ana Ruiz 1 goal")
    if (NameContexts.productAfter(words, q, !personShape) && !EntityWords.UNKNOWN_PLACE_OPENERS.contains(w.lower())) {
      ctx.products.add(form(words, p, q));
      return Match.to(q);
    }
    if (NameContexts.speaks(words, p, q)) {
      ctx.speaking.add(form(words, p, q));
    }
    EntityType type = EntityWords.UNKNOWN_PLACE_OPENERS.contains(w.lower()) ? EntityType.LOCATION
        : personShape ? EntityType.PERSON : EntityType.ORGANIZATION;
    r.emit(this, w.start(), end(words.get(q - 1)), type);
    return Match.to(q);
  }

  // The name's words as found: "Marrow Quiet"
  private static String form(List<Words.Word> words, int p, int q) {
    return Text.collapse(words.get(p).source().substring(words.get(p).start(), end(words.get(q - 1))));
  }
}
