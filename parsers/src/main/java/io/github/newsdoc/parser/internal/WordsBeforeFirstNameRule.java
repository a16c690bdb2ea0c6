package io.github.newsdoc.parser.internal;

/**
 * "Democrat Hillary Clinton", "Follow Pam Key": in name words that no rule makes a person's, the words
 * before a first name are no part of the name; reading goes on at the first name.
 */
final class WordsBeforeFirstNameRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "words-before-first-name";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int q = r.nameEnd(p);
    if (q - p < 2) {
      return Match.none();
    }
    int k = p + 1;
    while (k < q - 1 && !Gazetteer.INSTANCE.firstName(r.words.get(k))) {
      k++;
    }
    return k < q - 1 ? Match.keepingTitle(k) : Match.none();
  }
}
