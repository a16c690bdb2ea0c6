package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.isInitial;
import static io.github.newsdoc.parser.internal.NameShapes.personEnd;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * Two name words or more are a person's when a first name opens them ("Ken Mayland"), a title or a role
 * stands before them ("President Orvel Tane", "economist Ken Mayland"), an initial opens them, or their
 * surname speaks or is titled elsewhere in the article; not after "the" or in a business's context
 * ("the Evening Gazette", "analysts at Cubic Holdings") unless titled, not when the article writes every
 * one of their words in lower case too, and not when a title and a name follow them: then they qualify the
 * title ("Shadow Home Secretary David Davis"). After a title and its "of", "for", "to" or "at", the words
 * before a first name name what the title serves, and the person's name starts at the first name ("Director of
 * Public Prosecution Anna Persson").
 */
final class PersonNameRule implements NameRule<NameRun> {
  @Override
  public String name() {
    return "person-name";
  }

  @Override
  public Match tryAt(NameRun r, int p) {
    int q = r.nameEnd(p);
    List<Words.Word> words = r.words;
    if (q - p < 2 || !(r.person(p) || isInitial(words.get(p)) || r.ctx().titledNames.contains(bare(words.get(q - 1))))
        || !(r.titled || !NameContexts.notPersonContext(words, p, q, r.to)) || commonWords(r, p, q)) {
      return Match.none();
    }
    if (q + 1 < words.size() && !NameShapes.stops(words.get(q - 1)) && Names.isTitleWord(words.get(q))
        && words.get(q).capitalised() && words.get(q + 1).capitalised() && !NameShapes.stops(words.get(q))
        && !Genders.commonFirstName(words.get(p).core())) {
      // "Shadow Home Secretary David Davis": the words before a title that a name follows qualify the title
      return Match.to(q);
    }
    int named = complementEnd(r, p, q);
    if (named > p) {
      // "Deputy Director of Public Prosecution Anna Persson": the words after the title's "of" up to a first
      // name name what the title serves; the person's name starts at the first name
      return Match.keepingTitle(named);
    }
    r.emit(this, words.get(p).start(), personEnd(words.get(q - 1)), EntityType.PERSON);
    return Match.to(q);
  }

  // Where a first name starts inside words p to q that follow a title and its link (Roles.TITLE_LINKS: "Director
  // of Public Prosecution Anna Persson"), with a name word after it; p when the words follow no such link.
  private static int complementEnd(NameRun r, int p, int q) {
    List<Words.Word> words = r.words;
    if (p < 2 || !Roles.TITLE_LINKS.contains(words.get(p - 1).lower()) || NameShapes.stops(words.get(p - 2))
        || !Names.isTitleWord(words.get(p - 2))) {
      return p;
    }
    for (int k = p + 1; k < q - 1; k++) {
      if (r.firstName(k)) {
        return k;
      }
    }
    return p;
  }


  // "the Secretary for International Development; international development is …": words the article also
  // writes in lower case, every one of them, are a capitalised phrase, not a person's name
  private static boolean commonWords(NameRun r, int p, int q) {
    for (int i = p; i < q; i++) {
      if (!r.ctx().lowerWords.contains(r.words.get(i).lower())) {
        return false;
      }
    }
    return true;
  }
}
