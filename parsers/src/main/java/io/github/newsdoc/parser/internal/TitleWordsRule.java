package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.initialOfName;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;

/**
 * Words inside a run that are no part of a name and are passed over: honorifics, title words ("Defence
 * Minister"), demonyms, connectors and groups. An honorific or a title word makes the name after it a
 * person's.
 */
final class TitleWordsRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "title-words";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    Words.Word w = r.words.get(p);
    if (Names.isHonorific(w) && !initialOfName(r.words, p) || Names.isTitleWord(w)
        || KeyFacts.demonym(w)
        || EntityWords.CONNECTORS.contains(w) && !r.firstName(p) || KeyFacts.group(w)) {
      r.titled |= Names.isHonorific(w) || Names.TITLE_WORDS.contains(w);
      return Match.keepingTitle(p + 1);
    }
    return Match.none();
  }
}
