package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.internal.FoundNames.Found;

import java.util.ArrayList;
import java.util.List;

/**
 * Types a town as its sports club by the evidence of all its mentions in the article together ({@link
 * TeamEvidence}): a place that only the gazetteer found, as a town, is an organisation when the weights of its
 * mentions add up to weak evidence or more ("scored on his debut against Velora", "the Velora striker"), and
 * stays a place when a place's context ("in Velora") weighs as much. The gazetteer knows towns, not clubs, so
 * without this every club named by its town was a place.
 */
final class TeamTyping {
  /** The least weight of evidence that makes a town its club. */
  static final int MIN_EVIDENCE = OrganisationEvidence.WEAK;

  private TeamTyping() {}

  /** The clusters, the towns whose evidence says club retyped as organisations. */
  static List<EntityClusters.Cluster> weigh(List<EntityClusters.Cluster> clusters) {
    List<EntityClusters.Cluster> kept = new ArrayList<>(clusters.size());
    for (EntityClusters.Cluster c : clusters) {
      kept.add(club(c) ? c.retyped(EntityType.ORGANIZATION) : c);
    }
    return kept;
  }

  /** Whether the place is a town that only the gazetteer found and its mentions' evidence says club. */
  static boolean club(EntityClusters.Cluster c) {
    if (!c.type.equals(EntityType.LOCATION)) {
      return false;
    }
    int weight = 0;
    for (Found f : c.found) {
      if (!f.rule().equals(GazetteerRule.NAME) || !Gazetteer.INSTANCE.town(f.form())) {
        return false;
      }
      weight += f.evidence();
    }
    return weight >= MIN_EVIDENCE;
  }
}
