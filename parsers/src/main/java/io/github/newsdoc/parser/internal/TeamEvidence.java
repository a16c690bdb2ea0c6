package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.possessive;

import com.google.common.collect.ImmutableSet;

import java.util.List;

/**
 * What the words around one mention of a town's name say about it naming the town's sports club rather than
 * the town, as a signed weight in {@link OrganisationEvidence}'s units; {@link TeamTyping} adds up the
 * weights of all the mentions of a place. Clubs are most often named by their town alone ("Velora beat
 * Marrow"), and the gazetteer knows the town only.
 *
 * <p>Strong evidence ({@link OrganisationEvidence#STRONG}): a noun for the club's people right after the name
 * or its possessive ("the Velora striker", "Velora's manager": {@code team-roles}). Weak evidence ({@link
 * OrganisationEvidence#WEAK}): a word or phrase of a match right before it ("a draw against Velora", "Marrow v
 * Velora", "a win over Velora": {@code team-match-words}). Evidence against ({@link
 * OrganisationEvidence#AGAINST}): a place's context ("in Velora", "the town of Velora": {@link
 * NameContexts#placeContext}). Countries and regions are not read at all: a national side stays its country, as
 * the rule has it ("countries are places even when they act").
 */
final class TeamEvidence {
  /** Nouns after a name for a club's people: "… striker", "… boss". */
  static final ImmutableSet<String> ROLES = WordList.load("team-roles");
  /** Words and two-word phrases right before a name that make it a side in a match: "against …", "draw with …". */
  static final ImmutableSet<String> MATCH = WordList.load("team-match-words");

  private TeamEvidence() {}

  /** The signed weight of the evidence around the town's name {@code [p, q)} of {@code words}. */
  static int of(List<Words.Word> words, int p, int q) {
    if (NameContexts.placeContext(words, p)) {
      return OrganisationEvidence.AGAINST;
    }
    Words.Word last = words.get(q - 1);
    if (q < words.size() && (!last.stops() || possessive(last) && !last.trailing().startsWith(","))
        && words.get(q).lowerCase() && ROLES.contains(words.get(q).lower())) {
      return OrganisationEvidence.STRONG;
    }
    if (p > 0 && !words.get(p - 1).stops()) {
      String one = words.get(p - 1).lower();
      boolean two = p > 1 && !words.get(p - 2).stops() && MATCH.contains(words.get(p - 2).lower() + " " + one);
      if (two || MATCH.contains(one) && words.get(p - 1).lowerCase()) {
        return OrganisationEvidence.WEAK;
      }
    }
    return 0;
  }
}
