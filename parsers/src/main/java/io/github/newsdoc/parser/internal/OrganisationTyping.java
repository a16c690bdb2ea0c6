package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.internal.FoundNames.Found;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types an organisation by the evidence of all its mentions in the article together. A cluster that some
 * rule of its own evidence found (a gazetteer, an organisation's head word, a list of organisations…) stays an
 * organisation, and so does one a gazetteer knows. One that only the guessing rules found (an unknown word
 * capitalised twice, unknown words together, an unknown acronym: {@link #GUESSES}) is an organisation only
 * when the weights of the evidence around its mentions ({@link OrganisationEvidence}) add up to {@link
 * #MIN_EVIDENCE} or more: one weak clue, or a strong one, and no more against than for. Else it joins another
 * entity of the same name when the article has one ("Velora" as a person's surname elsewhere), takes the
 * type its other mentions were given when some were given another ("in Velora"), and is left out when
 * neither (the measures on the tuning sets favoured leaving it out over keeping it).
 */
final class OrganisationTyping {
  /** The rules that guess an organisation from a name's shape alone. */
  static final Set<String> GUESSES = Set.of(SingleNameRule.NAME, UnknownNamesRule.NAME, AcronymRule.NAME);
  /** The least weight of evidence that keeps a guessed organisation. */
  static final int MIN_EVIDENCE = OrganisationEvidence.WEAK;

  private OrganisationTyping() {}

  /** The clusters, the guessed organisations without evidence joined to a namesake or left out. */
  static List<EntityClusters.Cluster> weigh(List<EntityClusters.Cluster> clusters) {
    Map<String, EntityClusters.Cluster> others = null;
    List<EntityClusters.Cluster> kept = new ArrayList<>(clusters.size());
    for (EntityClusters.Cluster c : clusters) {
      if (!c.type.equals(EntityType.ORGANIZATION) || evidenced(c)) {
        kept.add(c);
        continue;
      }
      if (others == null) {
        others = namesakes(clusters);
      }
      EntityClusters.Cluster namesake = others.get(c.name());
      if (namesake != null) {
        namesake.absorb(c);
        continue;
      }
      EntityType other = otherType(c);
      if (other != null) {
        kept.add(c.retyped(other));
      }
    }
    return kept;
  }

  // The type most of the cluster's mentions were given, when not an organisation's: "in Velora" and "Velora"
  // joined by their one name are a place (the first such type among equals), or null.
  private static EntityType otherType(EntityClusters.Cluster c) {
    Map<EntityType, Integer> counts = new HashMap<>();
    for (Found f : c.found) {
      counts.merge(f.type(), 1, Integer::sum);
    }
    EntityType best = null;
    for (Found f : c.found) {
      EntityType t = f.type();
      if (!t.equals(EntityType.ORGANIZATION) && (best == null || counts.get(t) > counts.get(best))) {
        best = t;
      }
    }
    return best;
  }


  /**
   * Whether a rule of its own evidence found the cluster or a gazetteer knows one of its names ("NATO" the
   * acronym rule found), or its mentions' evidence adds up.
   */
  static boolean evidenced(EntityClusters.Cluster c) {
    int weight = 0;
    for (Found f : c.found) {
      if (!GUESSES.contains(f.rule()) && !f.rule().equals(FoundNames.TITLE_CASE_HEADLINE)
          || Gazetteer.INSTANCE.organisation(f.form()) != null) {
        return true;
      }
      weight += f.evidence();
    }
    return weight >= MIN_EVIDENCE;
  }

  // The forms of the entities of other types, each naming the first that uses it.
  private static Map<String, EntityClusters.Cluster> namesakes(List<EntityClusters.Cluster> clusters) {
    Map<String, EntityClusters.Cluster> byForm = new HashMap<>();
    for (EntityClusters.Cluster c : clusters) {
      if (!c.type.equals(EntityType.ORGANIZATION)) {
        for (String form : c.forms.keySet()) {
          byForm.putIfAbsent(form, c);
        }
      }
    }
    return byForm;
  }
}
