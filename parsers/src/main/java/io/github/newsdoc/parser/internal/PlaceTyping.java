package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.internal.FoundNames.Found;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Types a town named by one word by the evidence of all its mentions together: in a match report, a town
 * whose mentions say club somewhere ({@link ClubEvidence}: "against Varden", "Varden manager") and never place
 * ("in Varden", "the town of Varden": {@link PersonEvidence}'s evidence against a person) is its club, an
 * organisation ("Newcastle", "Portsmouth"); it then joins the organisation of that name when the article has
 * one. A country stays a place whatever it does (its national side is the country's), and so does a region.
 */
final class PlaceTyping {
  private PlaceTyping() {}

  /** The clusters, the towns the evidence makes clubs retyped. */
  static List<EntityClusters.Cluster> weigh(List<EntityClusters.Cluster> clusters) {
    Map<String, EntityClusters.Cluster> organisations = null;
    List<EntityClusters.Cluster> kept = new ArrayList<>(clusters.size());
    for (EntityClusters.Cluster c : clusters) {
      if (!c.type.equals(EntityType.LOCATION) || !club(c)) {
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

  /**
   * Whether the place is a town's one word ({@link Gazetteer#town}: no country, no region) whose mentions'
   * evidence says club and none says place.
   */
  static boolean club(EntityClusters.Cluster c) {
    int body = 0;
    for (Found f : c.found) {
      if (f.form().indexOf(' ') >= 0 || f.person() < 0 || !Gazetteer.INSTANCE.town(f.form())) {
        return false;
      }
      body += f.evidence();
    }
    return body >= OrganisationEvidence.STRONG;
  }
}
