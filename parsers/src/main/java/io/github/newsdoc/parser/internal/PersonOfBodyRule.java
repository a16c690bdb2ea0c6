package io.github.newsdoc.parser.internal;

import java.util.List;

/**
 * "Jason Leopold of Vice News": a first name, then "of" or "at" and a body, are a person's name and the body
 * they belong to, read as two runs (not "Lord Nicholls of Birkenhead", a peer's title); so is an initial
 * before a first name ("J. Bradford Lowell of the Varden Institute"). A first name the list
 * lacks does as well when two name words stand before "of" and a body's name with its head word after it
 * ("Darvo Kessel of Marlow Baptist Church").
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
      if ((lower.equals("of") || lower.equals("at"))
          && (Gazetteer.INSTANCE.firstName(words.get(p)) || initialled(words, p, k)
              || k == p + 2 && personShaped(r, p) && orgAfter(r, k))
          && !EntityWords.PEERS.contains(words.get(k - 2))
          // "Maxwell School of Varden University": a head word ends a body's name, not a person's
          && !Names.isOrgHead(words.get(k - 1))) {
        NameRun.read(r.scan, words, p, k);
        NameRun.read(r.scan, words, k + 1, r.to);
        return Match.to(r.to);
      }
    }
    return Match.none();
  }

  // "J. Bradford Lowell of …": an initial, then a first name the list has, and a name word more before "of" at k.
  private static boolean initialled(List<Words.Word> words, int p, int k) {
    return k >= p + 3 && NameShapes.isInitial(words.get(p)) && Gazetteer.INSTANCE.firstName(words.get(p + 1));
  }

  // Two name words, neither a place the gazetteer knows nor a word the article writes in lower case, the last
  // no plural: a first name the list lacks and a surname ("Darvo Kessel of ..."), not "Monthly Notices of the
  // Royal Society".
  private static boolean personShaped(NameRun r, int p) {
    for (int q = p; q < p + 2; q++) {
      Words.Word w = r.words.get(q);
      if (NameShapes.stops(w) || NameShapes.possessive(w) || !Names.isNameWord(w) || KnownNames.place(w)
          || r.ctx().lowerWords.contains(w.lower()) || q > p && NameShapes.plural(w.lower())) {
        return false;
      }
    }
    return true;
  }

  // After "of" at k, a body's name up to the run's end: "... of Marlow Baptist Church", "... of Goldman Sachs".
  private static boolean orgAfter(NameRun r, int k) {
    return NameContexts.isOrganisationRun(r.words, k + 1, r.to) || KnownNames.organisation(r.words, k + 1, r.to);
  }
}
