package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * "Lord Nicholls of Birkenhead": after a peer's honorific, a name, "of" and a place are one person's name.
 */
final class PeerRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "peer";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    List<Words.Word> words = r.words;
    Words.Word w = words.get(p);
    if (p > 0 && EntityWords.PEERS.contains(words.get(p - 1)) && !stops(words.get(p - 1)) && Names.isNameWord(w)
        && !stops(w) && p + 2 < r.to && words.get(p + 1).lower().equals("of") && Names.isNameWord(words.get(p + 2))) {
      r.emit(this, w.start(), end(words.get(p + 2)), EntityType.PERSON);
      return Match.to(p + 3);
    }
    return Match.none();
  }
}
