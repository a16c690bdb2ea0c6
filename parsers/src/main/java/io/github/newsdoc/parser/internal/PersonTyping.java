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
 * name when the article has one. A person of a first name and more or of initials is an organisation too when
 * a business's kind or context stands around one of its mentions and nothing around any says person
 * ("carmaker Varden Pike", "Varden Pike, the investment bank,"; not "publisher Ana Varden").
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

  /**
   * The rules that find a person by a name's shape alone, a first name and more or initials, and the passes
   * that join its surname to it: a company may be named so ("Varden Pike", "KL Marrow").
   */
  static final Set<String> SHAPES = Set.of("person-name", "initials", UnknownNamesRule.NAME,
      SingleNameRule.NAME, FoundNames.SURNAME_ALONE, FoundNames.SURNAME_OF_PERSON);
  // The rules of a full name of a person's shape, whose evidence is OrganisationEvidence.ofPersonsShape.
  private static final Set<String> FULL = Set.of("person-name", "initials");

  /**
   * Whether the person's mentions' evidence says organisation: when only guessing rules found it, as the class
   * says; when rules of a person's shape found it ({@link #SHAPES}), a business's kind or context around one of
   * its mentions at least ({@link OrganisationEvidence#ofPersonsShape}: "carmaker Varden Pike", "Varden Pike,
   * the investment bank,") and no evidence of a person around any of them (a title, an age, "he said").
   */
  static boolean organisation(EntityClusters.Cluster c) {
    int body = 0;
    int person = 0;
    int shape = 0;
    boolean guesses = true;
    boolean personal = false;
    for (Found f : c.found) {
      if (!SHAPES.contains(f.rule())) {
        return false;
      }
      guesses &= GUESSES.contains(f.rule());
      body += f.evidence();
      person += f.person();
      personal |= f.person() > 0;
      // the business evidence of the full names alone (the others' is that of a guessed body: "on …")
      shape += FULL.contains(f.rule()) ? f.evidence() : 0;
    }
    return guesses ? body >= OrganisationEvidence.STRONG && body > person
        : shape >= OrganisationEvidence.STRONG && !personal;
  }
}
