package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.keyOf;

/**
 * Name words that are no name: words the article also writes in lower case, all of them ("Social
 * Security", "Nuclear Weapons"), an event's name ("the Harbour Shield exercise"), or a work after someone's
 * possessive ("Verdi's Grand Mass"). Passed over.
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
    return common || NameContexts.eventAfter(r.words, q) || p == r.from && NameContexts.afterPossessive(r.words, p)
        ? Match.to(q) : Match.none();
  }
}
