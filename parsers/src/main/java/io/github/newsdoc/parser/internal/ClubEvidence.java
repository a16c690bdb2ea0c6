package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import com.google.common.collect.ImmutableSet;

import java.util.List;

/**
 * What the words around a one-word name say about it being a club's, in an article about sport: a club's role
 * or crowd right after it ("Varden manager", "Varden's striker", "Varden fans") or a contest right before it
 * ("against Varden", "beat Varden", "a draw with Varden"; not when it modifies a noun after it: "against
 * Varden plans"). Read only in an article that writes enough words of
 * a match report ({@link RecognizerContext#sport}), asked last, so that most articles never count them: in a
 * report a town's name in those places is its club's ("Newcastle", "Chelsea"), elsewhere it may be the town's
 * ("sanctions against Moscow"). {@link PlaceTyping} and {@link PersonTyping} weigh it with the other evidence
 * of the name's mentions.
 */
final class ClubEvidence {
  /** Nouns right after the name: "… manager", "… fans". */
  static final ImmutableSet<String> ROLES = WordList.load("club-roles-after");
  /** Words right before the name, one or two: "against …", "draw with …". */
  static final ImmutableSet<String> BEFORE = WordList.load("club-words-before");

  private ClubEvidence() {}

  /** The weight of the evidence that the one-word name at p is a club's: {@link OrganisationEvidence#STRONG} or 0. */
  static int of(List<Words.Word> words, int p, RecognizerContext ctx) {
    // a word that modifies a noun after it is no club's name alone ("against Kurdish fighters", "against Varden
    // plans"), unless the noun is a club's role ("Varden fans")
    boolean role = roleAfter(words, p);
    boolean contest = !role && contestBefore(words, p) && !NameContexts.attributive(words, p + 1);
    return (role || contest) && !KeyFacts.demonym(words.get(p)) && ctx.sport() ? OrganisationEvidence.STRONG : 0;
  }

  // "Varden manager", "Varden's striker"
  private static boolean roleAfter(List<Words.Word> words, int p) {
    Words.Word w = words.get(p);
    if (p + 1 >= words.size() || stops(w) && !possessive(w)) {
      return false;
    }
    Words.Word next = words.get(p + 1);
    return next.lowerCase() && ROLES.contains(next.lower());
  }

  // "against Varden", "a draw with Varden"
  private static boolean contestBefore(List<Words.Word> words, int p) {
    if (p == 0 || words.get(p - 1).stops()) {
      return false;
    }
    String one = words.get(p - 1).lower();
    if (BEFORE.contains(one)) {
      return true;
    }
    return p > 1 && !words.get(p - 2).stops() && BEFORE.contains(words.get(p - 2).lower() + " " + one);
  }
}
