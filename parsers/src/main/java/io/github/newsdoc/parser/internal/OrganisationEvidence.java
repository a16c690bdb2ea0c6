package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import com.google.common.collect.ImmutableSet;

import java.util.List;

/**
 * What the words around one mention of a name say about it being an organisation's, as a signed weight:
 * read where the name is found, in the recognizer's one pass over the words, from a window of at most three
 * words on either side. {@link OrganisationTyping} adds up the weights of all the mentions of an entity.
 *
 * <p>Strong evidence ({@link #STRONG}): a noun of an organisation's kind beside it ("the network Velora") or
 * closing an apposition after it ("Velora, the investment bank,"),
 * a business's context ("analysts at Velora"), an organisation's suffix as its last word ("Velora Holdings"),
 * a role that a body has ("president of Velora", "a spokesman for Velora", "Velora founder"), a statement it
 * issues ("Velora said in a statement"). Weak evidence ({@link #WEAK}): "at Velora", "on Velora", "joined Velora", "told Velora", a
 * speech verb beside it ("Velora said"), a verb of an actor after it ("Velora announced"). Evidence against ({@link #AGAINST}): the noun of a work or a
 * product beside it ("the film Velora", "the Velora album"), an event's noun after it, a demonym as its last
 * word ("the New Zealander"), an indefinite article before it ("a Velora story"), unless a body's noun or role
 * follows it, whose article it is ("a Velora spokesman", "a Velora poll").
 */
final class OrganisationEvidence {
  /** The weight of strong evidence. */
  static final int STRONG = 2;
  /** The weight of weak evidence. */
  static final int WEAK = 1;
  /** The weight of evidence against. */
  static final int AGAINST = -2;

  /** Roles a body has: "president of …", "… founder". */
  static final ImmutableSet<String> ROLES = WordList.load("organisation-roles");
  /** Verbs right after a name that an actor does: "… ruled", "… announced". */
  static final ImmutableSet<String> VERBS_AFTER = WordList.load("organisation-verbs-after");
  /** Prepositions right before a name that a body often follows: "at …", "on …". */
  static final ImmutableSet<String> PREPOSITIONS = WordList.load("organisation-prepositions-before");
  /** Verbs right before a name that take a body: "joined …". */
  static final ImmutableSet<String> VERBS_BEFORE = WordList.load("organisation-verbs-before");
  /** What a body issues: "… said in a statement". */
  static final ImmutableSet<String> STATEMENTS = WordList.load("statement-words");
  /** Verbs besides speech verbs that a statement follows: "… issued a statement". */
  static final ImmutableSet<String> STATEMENT_VERBS = WordList.load("statement-verbs");
  /** Common nouns beside a name that make it a body's: "the advocacy group …", "the … business". */
  static final ImmutableSet<String> NOUNS_NEAR = WordList.load("organisation-nouns-near");
  private static final ImmutableSet<String> SUFFIXES = WordList.load("organisation-suffixes");

  private OrganisationEvidence() {}

  /** The signed weight of the evidence around the name {@code [p, q)} of {@code words}. */
  static int of(List<Words.Word> words, int p, int q) {
    int weight = 0;
    Words.Word last = words.get(q - 1);
    String lastKey = keyOf(last);
    if (q - p > 1 && SUFFIXES.contains(lastKey)) {
      weight += STRONG;
    }
    if (Gazetteer.INSTANCE.demonymByKey(lastKey) != null || q - p == 2
        && Gazetteer.INSTANCE.demonymByKey(keyOf(words.get(p)) + " " + lastKey) != null) {
      weight += AGAINST;
    }
    if (NameContexts.kindAround(words, p, q) || NameContexts.businessContext(words, p, q)
        || NameContexts.kindInApposition(words, q)) {
      weight += STRONG;
    }
    int before = before(words, p, possessive(last));
    int after = after(words, q);
    if (before == AGAINST && after >= STRONG && indefinite(words, p)) {
      before = 0; // "a Velora spokesman", "a Velora poll": the article is the body noun's, not the name's
    }
    weight += before + after;
    if (weight == 0 && NameContexts.speaks(words, p, q)) {
      weight = WEAK; // "…," said Velora.
    }
    return weight;
  }

  // "president of …", "a spokesman for …", "editors at …", "joined …", "on …", "the film …", "a … story"; a role
  // before a possessive name may be that of what it owns ("chairman of Velora's campaign"): weak evidence
  private static int before(List<Words.Word> words, int p, boolean possessed) {
    if (p == 0 || words.get(p - 1).stops()) {
      return 0;
    }
    String one = words.get(p - 1).lower();
    if (one.equals("a") || one.equals("an")) {
      return AGAINST;
    }
    if (EntityWords.WORK_NOUNS.contains(one) && !EntityWords.WORK_NOUNS_AMBIGUOUS.contains(one)) {
      return AGAINST;
    }
    if (VERBS_BEFORE.contains(one)) {
      return WEAK;
    }
    if (NOUNS_NEAR.contains(one) && words.get(p - 1).lowerCase()) {
      return STRONG;
    }
    // "members of the …": the article between the role's link and the name is passed over
    int link = p - 1;
    if (one.equals("the") && p > 1 && !words.get(p - 2).stops()) {
      link = p - 2;
    }
    String linkWord = words.get(link).lower();
    boolean linking = linkWord.equals("of") || linkWord.equals("for") || linkWord.equals("at");
    if (linking && link > 0 && !words.get(link - 1).stops() && ROLES.contains(words.get(link - 1).lower())) {
      return possessed ? WEAK : STRONG;
    }
    return PREPOSITIONS.contains(one) ? WEAK : 0; // "analysts at …", "streaming on …"
  }

  // Whether "a" or "an" stands right before the name at p.
  private static boolean indefinite(List<Words.Word> words, int p) {
    if (p == 0 || words.get(p - 1).stops()) {
      return false;
    }
    String one = words.get(p - 1).lower();
    return one.equals("a") || one.equals("an");
  }

  // "… founder", "… said in a statement", "… said", "… album", "… exercise"
  private static int after(List<Words.Word> words, int q) {
    Words.Word last = words.get(q - 1);
    if (q >= words.size() || stops(last)) {
      return 0;
    }
    String next = words.get(q).lower();
    if ((ROLES.contains(next) || NOUNS_NEAR.contains(next)) && words.get(q).lowerCase()) {
      return STRONG; // "Velora founder", "the Velora group"
    }
    if (possessive(last)) {
      // "Velora's main shareholder": a role after one word more
      boolean role = !words.get(q).stops() && q + 1 < words.size() && words.get(q + 1).lowerCase()
          && ROLES.contains(words.get(q + 1).lower());
      return role ? STRONG : 0;
    }
    if (NameContexts.productAfter(words, q, false) || NameContexts.eventAfter(words, q)) {
      return AGAINST;
    }
    if (EntityWords.SPEECH.contains(next) || STATEMENT_VERBS.contains(next)) {
      for (int k = q + 1; k < Math.min(words.size(), q + 4); k++) {
        if (STATEMENTS.contains(words.get(k).lower())) {
          return STRONG;
        }
        if (words.get(k).stops()) {
          break;
        }
      }
    }
    return VERBS_AFTER.contains(next) ? WEAK : 0;
  }

}
