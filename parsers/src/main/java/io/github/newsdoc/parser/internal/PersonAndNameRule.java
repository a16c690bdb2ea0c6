package io.github.newsdoc.parser.internal;

import java.util.List;

/**
 * "Ana Ruiz and Orvel Records", "Kate Velmont and Joy Division": a person's name (a first name the list knows,
 * then one to three name words or initials, no organisation's head among them) and "and" before more names
 * are two names, read as two runs, not one organisation's name that ends with the head of the second. Not a
 * first name alone before "and" ("the Bill and Melinda Gates Foundation"), nor one word after it ("Henry Holt
 * and Company"), nor a firm's word after it ("Tom Cole and Sons Ltd"), nor a capitalised "And", nor a run a
 * gazetteer knows as a whole.
 */
final class PersonAndNameRule implements NameRule<NameRun> {
  // The words after "and" that make a firm of a person's name ("Tom Cole and Sons Ltd", "Ana Ruiz and Partners").
  private static final java.util.Set<String> COMPANY_AFTER_AND = java.util.Set.of("sons", "son", "brothers",
      "partners", "associates", "co", "co.", "company", "daughters");

  @Override
  public String name() {
    return "person-and-name";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    List<Words.Word> words = r.words;
    if (!Gazetteer.INSTANCE.firstName(words.get(p)) || r.whole(p) != 0) {
      return Match.none();
    }
    for (int k = p + 2; k <= p + 4 && k < r.to - 2; k++) {
      Words.Word w = words.get(k - 1);
      if (NameShapes.stops(w) || NameShapes.possessive(w) || Names.isOrgHead(w)
          || !Names.isNameWord(w) && !NameShapes.isInitial(w)) {
        return Match.none(); // the person's name ends at a comma, a possessive, or a body's head word
      }
      if (words.get(k).core().equals("and") && !words.get(k).stops() && !COMPANY_AFTER_AND.contains(
          words.get(k + 1).lower())) {
        NameRun.read(r.scan, words, p, k);
        NameRun.read(r.scan, words, k + 1, r.to);
        return Match.to(r.to);
      }
    }
    return Match.none();
  }
}
