package io.github.newsdoc.parser.internal;

import java.util.List;

/**
 * "Jason Leopold of Vice News": a first name, then "of" or "at" and a body, are a person's name and the body
 * they belong to, read as two runs (not "Lord Nicholls of Birkenhead", a peer's title).
 */
final class PersonOfBodyRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "person-of-body";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    List<Words.Word> words = r.words;
    for (int k = p + 2; k < r.to - 1 && k <= p + 4; k++) {
      String lower = words.get(k).lower();
      if ((lower.equals("of") || lower.equals("at")) && Gazetteer.INSTANCE.firstName(words.get(p).core())
          && !EntityWords.PEERS.contains(words.get(k - 2))) {
        NameRun.read(r.scan, words, p, k);
        NameRun.read(r.scan, words, k + 1, r.to);
        return Match.to(r.to);
      }
    }
    return Match.none();
  }
}
