package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;

import java.util.List;

/**
 * In a list of three names or more ("Hyundai, Toyota, Suzuki and Ford") where organisations the gazetteer
 * knows are the most common type, at least two of them, the other names are organisations too: "Suzuki" is
 * no city there, "Ford" no person. Read over a text's names once they are all found: one pass, looking only
 * at the few characters between neighbours. A name it retypes is recorded under this rule's name. A name whose
 * possessive opens another name ("…, and Germany's Velora Zeitung") owns the list's item and is none itself.
 */
final class OrganisationListRule {
  static final String NAME = "organisation-list";

  private OrganisationListRule() {}

  /** Retypes the names of {@code mentions} (in text order) that stand in such a list. */
  static void apply(String text, List<RuleMention> mentions) {
    if (mentions.size() < 3) {
      return;
    }
    int from = 0;
    for (int k = 1; k <= mentions.size(); k++) {
      if (k < mentions.size() && listed(text, mentions.get(k - 1), mentions.get(k))) {
        continue;
      }
      if (k - from >= 3) {
        int organisations = 0;
        int people = 0;
        int places = 0;
        for (int m = from; m < k; m++) {
          RuleMention x = mentions.get(m);
          EntityType t = x.type();
          // only the organisations the gazetteer knows count: an unknown single name is one by default
          organisations += t.equals(EntityType.ORGANIZATION)
              && Gazetteer.INSTANCE.organisation(text.substring(x.start(), x.end())) != null ? 1 : 0;
          people += t.equals(EntityType.PERSON) ? 1 : 0;
          places += t.equals(EntityType.LOCATION) ? 1 : 0;
        }
        if (organisations >= 2 && organisations > people && organisations > places) {
          for (int m = from; m < k; m++) {
            RuleMention x = mentions.get(m);
            if (!x.type().equals(EntityType.ORGANIZATION)) {
              mentions.set(m, new RuleMention(x.start(), x.end(), EntityType.ORGANIZATION, NAME));
            }
          }
        }
      }
      from = k;
    }
  }

  // Whether two mentions stand next to each other in a list: only ", ", " and ", ", and ", " or " or " & "
  // between them, after a possessive ("Macy's, Gimbel's and …").
  static boolean listed(String text, RuleMention a, RuleMention b) {
    if (owner(text, b)) {
      return false;
    }
    int gap = b.start() - a.end();
    if (gap < 2 || gap > 8) {
      return false;
    }
    String between = text.substring(a.end(), b.start());
    if (between.startsWith("'s") || between.startsWith("’s")) {
      between = between.substring(2);
    }
    return between.equals(", ") || between.equals(" and ") || between.equals(", and ") || between.equals(" or ")
        || between.equals(", or ") || between.equals(" & ");
  }

  // Whether the name's possessive opens another name: "Germany's Velora Zeitung"
  private static boolean owner(String text, RuleMention m) {
    int e = m.end();
    if (e + 3 >= text.length() || text.charAt(e + 2) != ' ' || !(text.startsWith("'s", e) || text.startsWith("’s", e))) {
      return false;
    }
    return Character.isUpperCase(text.charAt(e + 3));
  }
}
