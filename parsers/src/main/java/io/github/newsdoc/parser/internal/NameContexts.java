package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.capitalisedWord;
import static io.github.newsdoc.parser.internal.NameShapes.isAcronym;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.plural;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import java.util.List;
import java.util.Set;

/**
 * What the words around a run of names say about it: an organisation's head word, a business's context, a
 * place's, an event's noun after it. Every question reads a bounded window of words.
 */
final class NameContexts {
  // the relative pronouns that may go on from a noun in apposition: "Velora, a carmaker that …"
  private static final Set<String> RELATIVES = Set.of("that", "which", "whose");

  private NameContexts() {}

  /** "Polish Foreign Ministry", "Belarusian Telegraph Agency", "Institute for the Study of War". */
  static boolean isOrganisationRun(List<Words.Word> words, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    boolean connector = false;
    boolean headOf = false; // "Coastal Chamber of Commerce": a head word before "of" or "for"
    for (int i = from; i < to; i++) {
      String lower = words.get(i).lower();
      connector |= EntityWords.CONNECTORS.contains(words.get(i));
      headOf |= i > from && (lower.equals("of") || lower.equals("for")) && Names.isOrgHead(words.get(i - 1))
          // "Citizens for Tax Justice", "Veterans for Peace": people of a cause, banded together
          || i > from && lower.equals("for") && i + 1 < to && plural(words.get(i - 1).lower());
    }
    // "BBC Radio 4": a broadcaster's number after its head word
    boolean numbered = NameShapes.channelNumber(words, to - 1);
    // "Professor Ana Ruiz of Dunmore University": a titled person, then the body they work at, is no one body
    boolean titledPersonOf = connector && titleBeforeName(words, from, firstConnector(words, from, to));
    return !titledPersonOf && (KeyFacts.organisationHead(words.get(to - 1)) || numbered || headOf)
        || KeyFacts.organisationHead(words.get(from)) && connector && !titleBeforeName(words, from, to);
  }

  // The index of the run's first connector ("of", "for", "and"), or {@code to} when it has none.
  private static int firstConnector(List<Words.Word> words, int from, int to) {
    int i = from;
    while (i < to && !EntityWords.CONNECTORS.contains(words.get(i))) {
      i++;
    }
    return i;
  }

  // "Energy Secretary Orvel Tane and …": a title word before a capitalised name makes a list of people, not
  // one body ("Office of the Secretary of Defense" has "of" after its title word).
  private static boolean titleBeforeName(List<Words.Word> words, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      Words.Word next = words.get(i + 1);
      if (EntityWords.ROLES.contains(words.get(i)) && !stops(words.get(i)) && Names.isNameWord(next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an organisation's head word follows within three capitalised words: a possessive inside its name
   * ("Amalgamated Dockers' Union") does not end it.
   */
  static boolean orgAhead(List<Words.Word> words, int j) {
    for (int k = j; k < words.size() && k < j + 3 && capitalisedWord(words.get(k)); k++) {
      if (Names.isOrgHead(words.get(k))) {
        return true;
      }
      if (stops(words.get(k))) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether words [from, to) hold an organisation's head word and no connector: "House Education" may go on
   * with "and the …", but "American Federation of Teachers" is a whole name.
   */
  static boolean plainOrgHeadIn(List<Words.Word> words, int from, int to) {
    boolean head = false;
    for (int k = from; k < to; k++) {
      String lower = words.get(k).lower();
      if (EntityWords.CONNECTORS.contains(lower)) {
        return false;
      }
      head |= Names.isOrgHead(lower);
    }
    return head;
  }

  /**
   * "the Evening Gazette said", "analysts at Cubic Holdings": a person takes no article before the name, and
   * the context of a business is an organisation's. Only a name that ends its run: in "the Woodrow Wilson
   * Center" the name is part of a longer one.
   */
  static boolean notPersonContext(List<Words.Word> words, int p, int q, int to) {
    return q == to && p > 0 && words.get(p - 1).lower().equals("the") && !words.get(p - 1).stops()
        && !attributive(words, q) || businessContext(words, p, q) || kindInApposition(words, q);
  }

  /**
   * Whether a noun naming a kind of organisation closes an apposition right after the name ending before q:
   * "Orvel Tane, the investment bank, said", "Velora, a carmaker that …". At most two modifiers stand between
   * the article and the noun, which ends the phrase (a stop, or "that", "which", "whose" after it): "Ana
   * Ruiz, a bank manager" and "Ana Ruiz, the firm's founder" are people. Reads at most five words.
   */
  static boolean kindInApposition(List<Words.Word> words, int q) {
    if (q + 1 >= words.size() || !words.get(q - 1).trailing().equals(",")) {
      return false;
    }
    String article = words.get(q).lower();
    if (!article.equals("the") && !article.equals("a") && !article.equals("an") || words.get(q).stops()) {
      return false;
    }
    for (int k = q + 1; k < words.size() && k < q + 4; k++) {
      Words.Word w = words.get(k);
      if (possessive(w)) {
        return false;
      }
      if (w.lowerCase() && EntityWords.ORGANISATION_KINDS.contains(w.lower())) {
        return w.stops() || k + 1 < words.size() && RELATIVES.contains(words.get(k + 1).lower());
      }
      if (w.stops()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the words around {@code [p, q)} say it is a business: "an analyst at …", "shares of …",
   * "… analysts", "… shares". Reads at most two words on either side.
   */
  static boolean businessContext(List<Words.Word> words, int p, int q) {
    Words.Word last = words.get(q - 1);
    if (q < words.size() && !last.stops() && !possessive(last)
        && EntityWords.BUSINESS_AFTER.contains(words.get(q).lower())) {
      return true;
    }
    if (p < 2 || words.get(p - 1).stops() || words.get(p - 2).stops()) {
      return false;
    }
    String before = words.get(p - 1).lower();
    String role = words.get(p - 2).lower();
    return before.equals("at") && EntityWords.WORK_AT.contains(role)
        || (before.equals("of") || before.equals("in")) && EntityWords.HOLDING_OF.contains(role);
  }

  /**
   * Whether a noun naming a kind of organisation stands right before the name {@code [p, q)} ("the network
   * Velora", "carmaker Tessla") or right after it, perhaps after a noun that modifies it ("the Velora network",
   * "Marrow newspapers", "the Velora news agency"). Reads one word before and two after.
   */
  static boolean kindAround(List<Words.Word> words, int p, int q) {
    Words.Word last = words.get(q - 1);
    if (q < words.size() && !last.stops() && !possessive(last) && words.get(q).lowerCase()
        && (EntityWords.ORGANISATION_KINDS.contains(words.get(q).lower())
            // "the Velora news agency", "Velora investment bank": the kind after one noun that modifies it
            || !words.get(q).stops() && q + 1 < words.size() && words.get(q + 1).lowerCase()
                && EntityWords.ORGANISATION_KINDS.contains(words.get(q + 1).lower()) && attributive(words, q))) {
      return true;
    }
    return p > 0 && !words.get(p - 1).stops() && words.get(p - 1).lowerCase()
        && EntityWords.ORGANISATION_KINDS.contains(words.get(p - 1).lower());
  }


  /**
   * Whether the name ending before q modifies a noun after it ("the Kell Marlow case"), as a person's name
   * may, rather than being the phrase's head ("the Evening Gazette said", "the Sixth Circuit ruled").
   */
  static boolean attributive(List<Words.Word> words, int q) {
    if (q >= words.size() || stops(words.get(q - 1)) || possessive(words.get(q - 1))) {
      return false;
    }
    Words.Word next = words.get(q);
    if (next.length() == 0 || !Character.isLowerCase(next.charAt(0))) {
      return false;
    }
    String lower = next.lower();
    // a verb in the past ("the Royal Society warned") or a word of grammar follows a head, not a modifier
    return !lower.endsWith("ed") && !EntityWords.NOT_NAMES.contains(lower) && !EntityWords.CONNECTORS.contains(lower)
        && !EntityWords.SPEECH.contains(lower) && !EntityWords.VERBS.contains(lower);
  }

  /** Whether an event's noun follows the name ending before q, perhaps after a year: "… 2020 exercise". */
  static boolean eventAfter(List<Words.Word> words, int q) {
    if (q >= words.size() || stops(words.get(q - 1)) || possessive(words.get(q - 1))) {
      return false;
    }
    Words.Word next = words.get(q);
    if (next.length() == 4 && Character.isDigit(next.charAt(0)) && !stops(next) && q + 1 < words.size()) {
      next = words.get(q + 1);
    }
    return next.length() > 1 && Character.isLowerCase(next.charAt(0)) && EntityWords.EVENTS_AFTER.contains(next.lower());
  }

  /**
   * Whether the name ending before q names a product, a work or an award by what follows it: a noun such as
   * "technology", "album" or "nomination" ("the Velora technology"), or a number that is no year and no score
   * ("Orvel 3", "Velora 360 consoles"), a version's or a model's, of one digit or of three or more. Reads at
   * most two words. Only the noun when {@code versions} is false: a person's name takes a number too ("Ana
   * Ruiz 1 goal").
   */
  static boolean productAfter(List<Words.Word> words, int q, boolean versions) {
    if (q >= words.size() || stops(words.get(q - 1)) || possessive(words.get(q - 1))) {
      return false;
    }
    Words.Word next = words.get(q);
    if (next.length() > 1 && Character.isLowerCase(next.charAt(0))) {
      return EntityWords.PRODUCTS_AFTER.contains(next.lower());
    }
    // a version's one digit or a model's three or more, no year ("Velora 2019"); two digits are more often a
    // player's minute or shirt in a team sheet ("Orvel 73")
    if (!versions || !digits(next) || next.length() == 2 || next.length() == 4 && (next.charAt(0) == '1' || next.charAt(0) == '2')) {
      return false;
    }
    // "Velora 2 Orvel 1": a score between two names
    return stops(next) || q + 1 == words.size() || !capitalisedWord(words.get(q + 1));
  }

  // Whether the word is digits only: "3", "360"
  private static boolean digits(Words.Word w) {
    if (w.length() == 0) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the name {@code [p, q)} speaks, as a body or a person does and a product does not: a speech verb
   * right after it ("Velora said"), or right before it when it ends the clause ("…," said Velora.).
   */
  static boolean speaks(List<Words.Word> words, int p, int q) {
    Words.Word last = words.get(q - 1);
    if (q < words.size() && !stops(last) && !possessive(last) && EntityWords.SPEECH.contains(words.get(q).lower())) {
      return true;
    }
    return p > 0 && !stops(words.get(p - 1)) && stops(last) && EntityWords.SPEECH.contains(words.get(p - 1).lower());
  }

  /**
   * Whether the words around an unknown name say it is a place: "in Dingolfing", "the town of Shklov",
   * "Chappaqua, N.Y.", or a list of known places it stands in ("Somerset, Basingstoke, Dorset").
   */
  static boolean placeContext(List<Words.Word> words, int p) {
    Words.Word w = words.get(p);
    if (p > 0 && !words.get(p - 1).stops()) {
      String before = words.get(p - 1).lower();
      if (EntityWords.LOCATIVE.contains(before)
          || before.equals("of") && p > 1 && EntityWords.PLACE_NOUNS.contains(words.get(p - 2).lower())) {
        return true;
      }
    }
    // "the Baltic region", "Idlib province": a lower-case noun of a place's kind right after the name
    if (!w.stops() && !possessive(w) && p + 1 < words.size() && words.get(p + 1).length() > 0
        && Character.isLowerCase(words.get(p + 1).first())
        && EntityWords.PLACE_NOUNS_AFTER.contains(words.get(p + 1).lower())) {
      return true;
    }
    boolean listAfter = w.trailing().startsWith(",") && p + 1 < words.size() && KnownNames.place(words.get(p + 1));
    boolean listBefore = p > 0 && words.get(p - 1).trailing().startsWith(",") && KnownNames.place(words.get(p - 1));
    return listAfter || listBefore && Gazetteer.INSTANCE.place(bare(w)) == null;
  }

  /**
   * Whether the name at p follows the possessive of a name no gazetteer knows ("Verdi's La Traviata",
   * "Bellini's Norma"): most often a work, not an entity of its own.
   */
  static boolean afterPossessive(List<Words.Word> words, int p) {
    if (p == 0) {
      return false;
    }
    Words.Word before = words.get(p - 1);
    if (!capitalisedWord(before) || !possessive(before) || before.trailingLength() > 2) {
      return false;
    }
    String key = keyOf(before);
    return Gazetteer.INSTANCE.placeByKey(key) == null && Gazetteer.INSTANCE.organisationByKey(key) == null
        && !isAcronym(bare(before));
  }

  /**
   * "Mervyn King", "Jason White": after a first name that names no place, a title word that ends the name is
   * a surname.
   */
  static boolean titleSurname(List<Words.Word> words, int p, int to) {
    Words.Word w = words.get(p + 1);
    return EntityWords.TITLE_SURNAMES.contains(keyOf(w)) && capitalisedWord(w) && !isAcronym(w.core())
        && (p + 2 == to || stops(w) || possessive(w)) && Gazetteer.INSTANCE.place(bare(words.get(p))) == null;
  }
}
