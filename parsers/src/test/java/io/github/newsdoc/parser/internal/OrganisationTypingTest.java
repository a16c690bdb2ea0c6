package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.internal.FoundNames.Found;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An organisation typed by the evidence of all its mentions together (invented names). */
class OrganisationTypingTest {
  private static final String[] RULES = {SingleNameRule.NAME, UnknownNamesRule.NAME, AcronymRule.NAME,
      "organisation-head", "gazetteer"};

  private static EntityClusters.Cluster cluster(EntityType type, String form, List<String> rules, List<Integer> weights) {
    EntityClusters.Cluster c = new EntityClusters.Cluster(type);
    for (int i = 0; i < rules.size(); i++) {
      c.add(new Found(0, i * 20, i * 20 + form.length(), type, form, rules.get(i), weights.get(i), 0), List.of());
    }
    return c;
  }

  private static EntityClusters.Cluster guessed(String form, Integer... weights) {
    List<String> rules = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      rules.add(SingleNameRule.NAME);
    }
    return cluster(EntityType.ORGANIZATION, form, rules, List.of(weights));
  }

  // The types of the entities named form in an invented article of the paragraphs
  private static List<EntityType> typesOf(String form, String... paragraphs) {
    Article a = ArticleParser.standard().parse("Harbour plans move ahead\n\n" + String.join("\n\n", paragraphs) + "\n");
    List<EntityType> types = new ArrayList<>();
    for (Entity e : a.entities()) {
      if (e.name().equals(form)) {
        types.add(e.type());
      }
    }
    return types;
  }

  @Test
  void inAnArticleAGuessIsAnOrganisationOnlyWithEvidence() {
    assertEquals(List.of(), typesOf("Velorix", "Many liked the plan Velorix showed on Monday.",
        "Many people liked what they saw of Velorix there."));
    assertEquals(List.of(EntityType.ORGANIZATION), typesOf("Velorix",
        "Many liked the plan Velorix showed on Monday.",
        "\u201cWe are ready,\u201d said Ana Cole, president of Velorix."));
  }

  @Test
  void aGuessWithoutEvidenceIsLeftOut() {
    assertEquals(List.of(), OrganisationTyping.weigh(List.of(guessed("Velorix", 0, 0))));
  }

  @Test
  void theEvidenceOfAllMentionsAddsUp() {
    EntityClusters.Cluster weakOnce = guessed("Velorix", 0, OrganisationEvidence.WEAK, 0);
    assertEquals(List.of(weakOnce), OrganisationTyping.weigh(List.of(weakOnce)));
    EntityClusters.Cluster strongAgainstWork = guessed("Velorix", OrganisationEvidence.STRONG,
        OrganisationEvidence.AGAINST, OrganisationEvidence.AGAINST);
    assertEquals(List.of(), OrganisationTyping.weigh(List.of(strongAgainstWork)));
    EntityClusters.Cluster strongOutweighsWeakAgainst = guessed("Velorix", OrganisationEvidence.STRONG,
        OrganisationEvidence.STRONG, OrganisationEvidence.AGAINST);
    assertEquals(1, OrganisationTyping.weigh(List.of(strongOutweighsWeakAgainst)).size());
  }

  @Test
  void aRuleOfItsOwnEvidenceOrAGazetteerKeepsIt() {
    EntityClusters.Cluster headed = cluster(EntityType.ORGANIZATION, "Velorix Council",
        List.of("organisation-head", SingleNameRule.NAME), List.of(0, OrganisationEvidence.AGAINST));
    assertEquals(List.of(headed), OrganisationTyping.weigh(List.of(headed)));
    EntityClusters.Cluster known = cluster(EntityType.ORGANIZATION, "NATO", List.of(AcronymRule.NAME), List.of(0));
    assertEquals(List.of(known), OrganisationTyping.weigh(List.of(known)));
  }

  @Test
  void aGuessWithoutEvidenceJoinsANamesakeOfAnotherType() {
    EntityClusters.Cluster person = cluster(EntityType.PERSON, "Velorix", List.of("person-name"), List.of(0));
    EntityClusters.Cluster guess = guessed("Velorix", 0);
    List<EntityClusters.Cluster> kept = OrganisationTyping.weigh(List.of(person, guess));
    assertEquals(List.of(person), kept);
    assertEquals(2, person.mentions.size());
    assertEquals(EntityType.PERSON, kept.get(0).type);
  }

  @Test
  void typingDoesNotDependOnTheOrderOfTheMentions() {
    qt().forAll(lists().of(integers().between(0, RULES.length - 1)).ofSizeBetween(1, 8),
        lists().of(integers().between(-2, 2)).ofSize(8), integers().all()).checkAssert((rules, weights, seed) -> {
          List<String> named = new ArrayList<>();
          for (int r : rules) {
            named.add(RULES[r]);
          }
          List<Integer> w = weights.subList(0, named.size());
          boolean kept = OrganisationTyping.evidenced(cluster(EntityType.ORGANIZATION, "Velorix", named, w));
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < named.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          List<String> shuffledRules = new ArrayList<>();
          List<Integer> shuffledWeights = new ArrayList<>();
          for (int i : order) {
            shuffledRules.add(named.get(i));
            shuffledWeights.add(w.get(i));
          }
          assertEquals(kept, OrganisationTyping.evidenced(
              cluster(EntityType.ORGANIZATION, "Velorix", shuffledRules, shuffledWeights)));
          // a mention of a rule of its own evidence always keeps it
          if (named.contains("organisation-head") || named.contains("gazetteer")) {
            assertTrue(kept);
          }
        });
  }
}
