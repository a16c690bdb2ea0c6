package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An organisation named by the last words of a longer organisation's name is that organisation: "Tax Policy
 * Center" after "the Urban-Varden Tax Policy Center", "Foreign Ministry" after "the Ruritanian Foreign
 * Ministry". The shorter name has two words or more and ends with a head word; it joins the longer one only
 * when one longer name of the article ends with it ("National Committee" under two parties' committees joins
 * neither) and what the longer one adds ends with no place ("Ohio Supreme Court" and "Supreme Court" may be
 * two courts) and holds no word in lower case ("Legal Counsel of the European Parliament" is no parliament).
 */
final class OrganisationTails {
  private OrganisationTails() {}

  /** The clusters, each organisation named by another's tail joined to it, in order of first mention. */
  static List<EntityClusters.Cluster> merge(List<EntityClusters.Cluster> clusters) {
    // every tail of two words or more of every organisation's name, with the one cluster it is a tail of
    // (null when two are); a name has at most ten words or so, so this stays linear in the names
    Map<String, EntityClusters.Cluster> byTail = new HashMap<>();
    for (EntityClusters.Cluster c : clusters) {
      if (!c.type.equals(EntityType.ORGANIZATION)) {
        continue;
      }
      String name = c.name();
      for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
        String tail = name.substring(space + 1);
        if (tail.indexOf(' ') < 0) {
          break;
        }
        if (Character.isLowerCase(name.charAt(name.lastIndexOf(' ', space - 1) + 1))) {
          break; // "Legal Counsel of the European Parliament": a title or another body before a connector
        }
        if (!placeBefore(name, space)) {
          byTail.put(tail, byTail.containsKey(tail) && byTail.get(tail) != c ? null : c);
        }
      }
    }
    if (byTail.isEmpty()) {
      return clusters;
    }
    List<EntityClusters.Cluster> kept = new ArrayList<>(clusters.size());
    for (EntityClusters.Cluster c : clusters) {
      EntityClusters.Cluster longer = c.type.equals(EntityType.ORGANIZATION) && headLast(c.name())
          ? byTail.get(c.name()) : null;
      if (longer == null || longer == c) {
        kept.add(c);
        continue;
      }
      // the longest of a chain of tails, itself joined to none (names only grow along it)
      for (EntityClusters.Cluster next = tailOf(byTail, longer); next != null; next = tailOf(byTail, longer)) {
        longer = next;
      }
      longer.absorb(c);
    }
    return kept;
  }

  private static EntityClusters.Cluster tailOf(Map<String, EntityClusters.Cluster> byTail, EntityClusters.Cluster c) {
    EntityClusters.Cluster longer = headLast(c.name()) ? byTail.get(c.name()) : null;
    return longer == c ? null : longer;
  }

  // Whether the one to three words before {@code space} are a place's name: "Ohio Supreme Court", "U.S. Supreme
  // Court" (the bare "Supreme Court" may be another), and a longer run read wrong ("Addressing New York State
  // Republican Party") names no place's party for the bare "Republican Party".
  private static boolean placeBefore(String name, int space) {
    int start = space;
    for (int n = 0; n < 3 && start > 0; n++) {
      start = name.lastIndexOf(' ', start - 1) + 1;
      if (Gazetteer.INSTANCE.place(name.substring(start, space)) != null) {
        return true;
      }
      start--;
    }
    return false;
  }

  // A head word last, or a broadcaster's number after one ("Radio 1")
  private static boolean headLast(String name) {
    int space = name.lastIndexOf(' ');
    String last = name.substring(space + 1).toLowerCase(Locale.ROOT);
    if (space > 0 && Text.digits(last, 2)) {
      last = name.substring(name.lastIndexOf(' ', space - 1) + 1, space).toLowerCase(Locale.ROOT);
      return EntityWords.NUMBERED_HEADS.contains(last);
    }
    return Names.isOrgHead(last);
  }
}
