package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.internal.FoundNames.Found;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighs, across the article, the one-word names that are also a person's surname but were found as a place
 * a gazetteer knows ("Hamilton" after "Lewis Hamilton"): the evidence of all their mentions for a person ({@link
 * PersonEvidence}: "Hamilton said", "coach Hamilton") against that for a place (its negative part: "in
 * Hamilton"). A name stays a place when the place's evidence outweighs the person's; a country's name stays one
 * unless the person's evidence outweighs the place's ("Israel said she", after "Ana Israel"): countries stay
 * places when nothing says otherwise ("the Ireland and Scotland players", after "Tom Ireland"). A body's name
 * is the person's whatever its evidence ("Trump said in a statement").
 */
final class SurnameWeights {
  private SurnameWeights() {}

  /** The surnames among {@code found}'s one-word names of places that stay places (every name weighed). */
  static Set<String> otherThanPerson(List<Found> found, Set<String> surnames) {
    return otherThanPerson(found, surnames, null);
  }

  /**
   * As {@link #otherThanPerson(List, Set)}; a name whose person evidence was left unweighed is weighed from the
   * words of its text {@code tokens} holds ({@link PersonEvidence#of(Tokens, Found)}).
   */
  static Set<String> otherThanPerson(List<Found> found, Set<String> surnames, Tokens tokens) {
    Map<String, int[]> weights = new HashMap<>(); // per form: for a person, for a place
    Gazetteer g = Gazetteer.INSTANCE;
    for (Found f : found) {
      if (f.form().indexOf(' ') < 0 && !f.type().equals(EntityType.PERSON) && surnames.contains(f.form())
          && g.place(f.form()) != null) {
        weights.put(f.form(), new int[2]);
      }
    }
    if (weights.isEmpty()) {
      return Set.of();
    }
    // every mention of the one word counts, those already found as the person's too ("Hamilton said")
    for (Found f : found) {
      int[] w = weights.get(f.form());
      if (w != null) {
        int person = PersonEvidence.of(tokens, f);
        w[0] += Math.max(0, person);
        w[1] += Math.max(0, -person);
      }
    }
    Set<String> others = new HashSet<>();
    weights.forEach((form, w) -> {
      if (w[1] > w[0] || g.country(form) && w[1] == w[0]) {
        others.add(form);
      }
    });
    return others;
  }
}
