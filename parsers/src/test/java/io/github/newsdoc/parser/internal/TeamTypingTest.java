package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.internal.FoundNames.Found;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town typed as its club by the evidence of all its mentions together (invented people and sentences;
 * Tampere and Dunedin, towns the gazetteer knows).
 */
class TeamTypingTest {
  // A place's cluster of one mention per rule, with its evidence
  private static EntityClusters.Cluster place(String form, List<String> rules, List<Integer> weights) {
    EntityClusters.Cluster c = new EntityClusters.Cluster(EntityType.LOCATION);
    for (int i = 0; i < rules.size(); i++) {
      c.add(new Found(0, i * 20, i * 20 + form.length(), EntityType.LOCATION, form, rules.get(i), weights.get(i),
          0), List.of());
    }
    return c;
  }

  // The type of the entity named form in an invented article of the paragraphs, or null
  private static EntityType typeOf(String form, String... paragraphs) {
    Article a = ArticleParser.standard().parse("Cup tie set\n\n" + String.join("\n\n", paragraphs) + "\n");
    for (Entity e : a.entities()) {
      if (e.name().equals(form)) {
        return e.type();
      }
    }
    return null;
  }

  @Test
  void inAnArticleATownThatPlaysAMatchIsItsClub() {
    assertEquals(EntityType.ORGANIZATION, typeOf("Tampere",
        "Ilkka Vorn scored twice on his debut against Tampere.", "He joined the side in May."));
    assertEquals(EntityType.ORGANIZATION, typeOf("Dunedin",
        "Dunedin striker Ilkka Vorn is out for a month.", "The club said the injury was worse than feared."));
  }

  @Test
  void inAnArticleATownWithoutAMatchOrAlsoInAPlacesContextStaysAPlace() {
    assertEquals(EntityType.LOCATION, typeOf("Tampere", "Ilkka Vorn opened a bakery in Tampere last year."));
    assertEquals(EntityType.LOCATION, typeOf("Tampere", "The final against Marrow Rovers is in Tampere.",
        "Fans flew to Tampere on Friday.", "They lost against Tampere once."));
  }

  @Test
  void weakEvidenceOfTheGazetteersTownIsEnough() {
    List<EntityClusters.Cluster> kept = TeamTyping.weigh(List.of(
        place("Tampere", List.of(GazetteerRule.NAME, GazetteerRule.NAME), List.of(OrganisationEvidence.WEAK, 0))));
    assertEquals(EntityType.ORGANIZATION, kept.get(0).type);
    assertEquals(2, kept.get(0).mentions.size());
  }

  @Test
  void noEvidenceAPlacesContextAnotherRuleOrACountryKeepsAPlace() {
    assertEquals(EntityType.LOCATION, TeamTyping.weigh(List.of(
        place("Tampere", List.of(GazetteerRule.NAME), List.of(0)))).get(0).type);
    assertEquals(EntityType.LOCATION, TeamTyping.weigh(List.of(place("Tampere",
        List.of(GazetteerRule.NAME, GazetteerRule.NAME),
        List.of(OrganisationEvidence.WEAK, OrganisationEvidence.AGAINST)))).get(0).type);
    assertEquals(EntityType.LOCATION, TeamTyping.weigh(List.of(place("Tampere",
        List.of(GazetteerRule.NAME, "place-by-last-word"), List.of(OrganisationEvidence.STRONG, 0)))).get(0).type);
    // a national side stays its country
    assertEquals(EntityType.LOCATION, TeamTyping.weigh(List.of(
        place("Singapore", List.of(GazetteerRule.NAME), List.of(OrganisationEvidence.STRONG)))).get(0).type);
  }
}
