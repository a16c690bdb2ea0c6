package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.stops;

import java.util.List;

/**
 * "Trade and Industry Secretary …": one name word joined by "and" before a role is part of the title, no
 * name. Passed over.
 */
final class TitleJoinRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "title-join";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int q = r.nameEnd(p);
    List<Words.Word> words = r.words;
    return q - p == 1 && q < r.to && !stops(words.get(p)) && EntityWords.ROLES.contains(words.get(q))
        && p > r.from && (words.get(p - 1).lower().equals("and") || words.get(p - 1).lower().equals("&"))
        ? Match.to(q) : Match.none();
  }
}
