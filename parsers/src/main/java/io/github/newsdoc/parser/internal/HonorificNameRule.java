package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * "Lord Liverpool", "Mr Washington": one name word right after an honorific, ending the name, is a
 * person's, though it names a place too.
 */
final class HonorificNameRule implements NameRule<NameRun> {
  /** The rule's name, which its mentions carry. */
  static final String NAME = "honorific-name";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    List<Words.Word> words = r.words;
    Words.Word w = words.get(p);
    boolean honoured = p > 0 && Names.isHonorific(words.get(p - 1)) && !words.get(p - 1).stops()
        && Names.isNameWord(w) && (p + 1 == r.to || stops(w) || possessive(w));
    if (!honoured) {
      return Match.none();
    }
    r.emit(this, w.start(), end(w), EntityType.PERSON);
    return Match.to(p + 1);
  }
}
