package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.internal.FoundNames.Found;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types a guessed person by the evidence of all its mentions in the article together. A person that only the
 * guessing rules found (one unknown word that speaks somewhere, "Velora said"; two unknown words of a person's
 * shape: {@link #GUESSES}) is an organisation when the organisation evidence of its mentions ({@link
 * OrganisationEvidence}) outweighs their person evidence ({@link PersonEvidence}) and adds up to one strong clue
 * at least ("Velora's board", "Velora said in a statement", "analysts at Velora"; "Velora said" weighs on both
 * sides, and weak clues such as "joined Velora" are a person's too); it then joins the organisation of that
 * name when the article has one.
 */
final class PersonTyping {
  /** The rules that guess a person from a name's shape or from its speaking alone. */
  static final Set<String> GUESSES = Set.of(SingleNameRule.NAME, UnknownNamesRule.NAME);

  private PersonTyping() {}

  /** The clusters, the guessed people whose evidence says organisation retyped. */
  static List<EntityClusters.Cluster> weigh(List<EntityClusters.Cluster> clusters) {
    Map<String, EntityClusters.Cluster> organisations = null;
    List<EntityClusters.Cluster> kept = new ArrayList<>(clusters.size());
    for (EntityClusters.Cluster c : clusters) {
      if (!c.type.equals(EntityType.PERSON) || !organisation(c)) {
        kept.add(c);
        continue;
      }
      if (organisations == null) {
        organisations = new HashMap<>();
        for (EntityClusters.Cluster o : clusters) {
          if (o.type.equals(EntityType.ORGANIZATION)) {
            organisations.putIfAbsent(o.name(), o);
          }
        }
      }
      EntityClusters.Cluster same = organisations.get(c.name());
      if (same != null) {
        same.absorb(c);
        continue;
      }
      kept.add(c.retyped(EntityType.ORGANIZATION));
    }
    return kept;
  }

  /** Whether only guessing rules found the person and its mentions' evidence says organisation. */
  static boolean organisation(EntityClusters.Cluster c) {
    int body = 0;
    int person = 0;
    for (Found f : c.found) {
      if (!GUESSES.contains(f.rule())) {
        return false;
      }
      body += f.evidence();
      person += f.person();
    }
    return body >= OrganisationEvidence.STRONG && body > person;
  }
}
