package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;

/**
 * Name words that are no name: words the article also writes in lower case, all of them ("Social
 * Security", "Nuclear Weapons"), an event's, a treaty's or a weapon's name ("the Harbour Shield exercise",
 * "the Orvel Bay pact", "Velora Ashore defenses"), or a work after someone's possessive ("Verdi's Grand Mass").
 * Passed over; the name of an event or a thing is recorded as a product's ({@link RecognizerContext#products}),
 * so that the guessing rules find no entity in it elsewhere in the article either.
 */
final class CommonPhraseRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "common-phrase";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int q = r.nameEnd(p);
    if (q - p < 2) {
      return Match.none();
    }
    boolean common = true;
    for (int c = p; c < q && common; c++) {
      common = r.ctx().lowerWords.contains(keyOf(r.words.get(c)));
    }
    if (!common && NameContexts.eventAfter(r.words, q)) {
      // "the Orvel Bay pact", then "Orvel Bay collapsed": the thing's name wherever it stands
      Words.Word first = r.words.get(p);
      r.ctx().products.add(Text.collapse(first.source().substring(first.start(), end(r.words.get(q - 1)))));
      return Match.to(q);
    }
    return common || p == r.from && NameContexts.afterPossessive(r.words, p) ? Match.to(q) : Match.none();
  }
}
