package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;

import java.util.List;

/**
 * Whether names no gazetteer knows, written just before a known body of a kind, are the start of that body's own
 * longer name ("the Varden-Tolk Tax Policy Center", "the Zorbly Rotary Club") rather than a person or a place
 * before it ("the Clinton White House", "Kell Foreign Ministry officials"). A body of a kind ends with its head
 * noun as written and has two words or more (before one, "Zorbly Parliament", {@link OrganisationHeadRule} reads
 * the name); the words before it are taken for its own only when nothing in the article makes any of
 * them a person's name: none is a common first name, none is given a title or an honorific or speaks ("Mr
 * Kell", "Kell said"), none is written after a first name ("Ana Kell"), none is a place, a demonym or a
 * known name of its own, and none stands in the article more often than the body's first word does (a name the article also
 * writes apart, "the Kell administration", is one of its own); nor is the first a word capitalised only at a
 * sentence's start ("Enter the …", "Distributor Zorbly Pictures said").
 */
final class BodysOwnName {
  private BodysOwnName() {}

  /** Whether words [from, at) start the name of the known body of a kind [at, to). */
  static boolean of(List<Words.Word> words, int from, int at, int to, RecognizerContext ctx) {
    if (from >= at || at >= to - 1 || !KeyFacts.organisationHead(words.get(to - 1))
        || !KnownNames.organisation(words, at, to)) {
      return false;
    }
    Gazetteer g = Gazetteer.INSTANCE;
    if (NameShapes.sentenceInitial(words, from) && (ctx.lowerWords.contains(words.get(from).lower())
        || ctx.inside.count(bare(words.get(from))) == 0)) {
      return false; // "Enter the Zorbly Party": a word capitalised by the sentence, never inside one
    }
    int body = ctx.inside.count(bare(words.get(at)));
    for (int i = from; i < at; i++) {
      Words.Word w = words.get(i);
      String name = bare(w);
      if (w.stops() || possessive(w) || !Names.isNameWord(w) || g.firstName(w)
          || ctx.titledNames.contains(name) || ctx.surnames.contains(name)
          || KnownNames.lengthAt(words, i, at) > 0 || g.demonymByKey(NameShapes.keyOf(w)) != null
          || ctx.inside.count(name) > body) {
        return false;
      }
    }
    return true;
  }
}
