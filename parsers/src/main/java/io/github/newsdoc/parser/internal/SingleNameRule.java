package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.plural;
import static io.github.newsdoc.parser.internal.NameShapes.sentenceInitial;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * One capitalised word that no gazetteer knows, inside a sentence: a name unless the article also writes it
 * in lower case (or it is a plural, a group, a demonym, a contraction). A person when the article titles
 * them or it is a first name; a place after "in", "near"… or in a list of places; an organisation when a noun
 * of an organisation's kind stands beside it ("the network Velora", "Marrow newspapers") or ("Audi",
 * "Twitter") the article capitalises it inside sentences twice, or, named once, when strong organisation evidence
 * stands around it and no noun after it ("a spokesman for Velora", "analysts at Velora"; not "the Velora
 * spokesman", where it may be an adjective: {@link OrganisationEvidence}); else nothing. A product's noun or a version's
 * number after it ("the Velora technology", "Orvel 3") makes it a product's name, no organisation there nor,
 * unless it speaks, anywhere else in the article ({@link RecognizerContext#products}).
 */
final class SingleNameRule implements NameRule<NameRun> {
  /** The rule's name. */
  static final String NAME = "single-name";

  @Override
  public String name() {
    return NAME;
  }

  // How often an unknown single name must be capitalised inside sentences before it counts as an
  // organisation's: once may be a capitalised common noun ("the Crown", "the Constitution").
  private static final int MIN_UNKNOWN = 2;

  @Override
  public Match tryAt(NameRun r, int p) {
    int q = r.nameEnd(p);
    if (q - p != 1) {
      return Match.none();
    }
    EntityType type = type(r.words, p, r.ctx());
    if (type != null) {
      Words.Word w = r.words.get(p);
      r.emit(this, w.start(), end(w), type);
    }
    return Match.to(q);
  }

  private static EntityType type(List<Words.Word> words, int p, RecognizerContext ctx) {
    Words.Word w = words.get(p);
    String core = bare(w);
    String lower = keyOf(w);
    Gazetteer g = Gazetteer.INSTANCE;
    if (sentenceInitial(words, p) || ctx.lowerWords.contains(lower) || EntityWords.NOT_NAMES.contains(lower)
        || Names.SAINTS.contains(w)
        // (the key's lists and the gazetteer's answers, read from the form's record: KeyFacts)
        || KeyFacts.eventNoun(w) || KeyFacts.group(w)
        || KeyFacts.demonym(w) || KeyFacts.placeLast(w) || core.length() < 3
        // a contraction ("I'm") is no name
        || core.indexOf('\'') >= 0 || core.indexOf('’') >= 0
        // a plural ("Oscars", "Clintons", "Independents") names a kind or a family, rarely one entity; but
        // "Yukos" or "Reuters" is no plural of a word the article uses
        || plural(lower) && ctx.readAsPlural(lower)) {
      return null;
    }
    boolean the = p > 0 && words.get(p - 1).lower().equals("the");
    boolean place = NameContexts.placeContext(words, p);
    if (ctx.titledNames.contains(core)) {
      return EntityType.PERSON;
    } else if (!place && NameContexts.afterPossessive(words, p)) {
      return null; // "Bellini's Norma": a work of someone's, not "the Clintons' Chappaqua, N.Y., home"
    } else if (NameContexts.kindAround(words, p, p + 1)) {
      return EntityType.ORGANIZATION; // "the network Velora", "the Velora network"
    } else if (g.firstName(core) && !the) {
      // a person takes no article: "the West" is no one's name
      return EntityType.PERSON;
    } else if (place) {
      return EntityType.LOCATION;
    } else if (!NameContexts.attributive(words, p + 1)
        && OrganisationEvidence.of(words, p, p + 1) >= OrganisationEvidence.STRONG) {
      // "a spokesman for Velora", "Velora said in a statement", "Velora, the carmaker,": a body's, if only once;
      // but a word before a noun may be an adjective ("Conservative spokesman", "Permanent workers")
      return EntityType.ORGANIZATION;
    } else if (NameContexts.productAfter(words, p + 1, true)) {
      // "the Velora technology", "Orvel 3": a product's name, here and (unless it speaks) elsewhere
      ctx.products.add(Text.collapse(w.source().substring(w.start(), end(w))));
      return null;
    } else if (ctx.inside.count(core) >= MIN_UNKNOWN) {
      if (NameContexts.speaks(words, p, p + 1)) {
        ctx.speaking.add(Text.collapse(w.source().substring(w.start(), end(w))));
      }
      return EntityType.ORGANIZATION;
    }
    return null;
  }
}
