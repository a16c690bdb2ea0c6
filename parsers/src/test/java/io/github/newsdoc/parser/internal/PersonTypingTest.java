package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A guessed person typed by the evidence of all its mentions together (invented names). */
class PersonTypingTest {
  private static final String[] RULES = {SingleNameRule.NAME, UnknownNamesRule.NAME, "person-name"};

  // A person's cluster of one mention per rule, with its organisation and person evidence
  private static EntityClusters.Cluster person(String form, List<String> rules, List<Integer> body,
      List<Integer> person) {
    EntityClusters.Cluster c = new EntityClusters.Cluster(EntityType.PERSON);
    for (int i = 0; i < rules.size(); i++) {
      c.add(new Found(0, i * 20, i * 20 + form.length(), EntityType.PERSON, form, rules.get(i), body.get(i),
          person.get(i)), List.of());
    }
    return c;
  }

  // The type of the entity named form in an invented article of the paragraphs, or null
  private static EntityType typeOf(String form, String... paragraphs) {
    Article a = ArticleParser.standard().parse("Harbour plans move ahead\n\n" + String.join("\n\n", paragraphs) + "\n");
    for (Entity e : a.entities()) {
      if (e.name().equals(form)) {
        return e.type();
      }
    }
    return null;
  }

  @Test
  void inAnArticleAGuessThatSpeaksIsABodyWhenTheEvidenceOfABodyOutweighs() {
    // "Velorix said" makes a person of an unknown word; a body's board and statement say otherwise
    assertEquals(EntityType.ORGANIZATION, typeOf("Velorix", "Velorix said its profits rose.",
        "Later Velorix said in a statement that the deal was done.", "The Velorix board met."));
    // with a pronoun of a person after its speech, it stays a person
    assertEquals(EntityType.PERSON, typeOf("Velorix", "Velorix said she was ready.",
        "Later Velorix said she would wait for the harbour board."));
  }

  @Test
  void aStrongClueOfABodyThatOutweighsThePersonsRetypesAGuess() {
    EntityClusters.Cluster c = person("Velorix", List.of(SingleNameRule.NAME, SingleNameRule.NAME),
        List.of(OrganisationEvidence.STRONG, OrganisationEvidence.WEAK), List.of(0, PersonEvidence.WEAK));
    List<EntityClusters.Cluster> kept = PersonTyping.weigh(List.of(c));
    assertEquals(EntityType.ORGANIZATION, kept.get(0).type);
    assertEquals(2, kept.get(0).mentions.size());
  }

  @Test
  void weakCluesOrPersonEvidenceOrARuleOfItsOwnKeepAPerson() {
    EntityClusters.Cluster weak = person("Velorix", List.of(SingleNameRule.NAME),
        List.of(OrganisationEvidence.WEAK), List.of(0));
    assertEquals(EntityType.PERSON, PersonTyping.weigh(List.of(weak)).get(0).type);
    EntityClusters.Cluster balanced = person("Velorix", List.of(SingleNameRule.NAME),
        List.of(OrganisationEvidence.STRONG), List.of(PersonEvidence.STRONG));
    assertEquals(EntityType.PERSON, PersonTyping.weigh(List.of(balanced)).get(0).type);
    EntityClusters.Cluster named = person("Ilse Velorix", List.of("person-name", UnknownNamesRule.NAME),
        List.of(OrganisationEvidence.STRONG, OrganisationEvidence.STRONG), List.of(0, 0));
    assertEquals(EntityType.PERSON, PersonTyping.weigh(List.of(named)).get(0).type);
  }

  @Test
  void aRetypedGuessJoinsTheOrganisationOfItsName() {
    EntityClusters.Cluster body = new EntityClusters.Cluster(EntityType.ORGANIZATION);
    body.add(new Found(1, 0, 7, EntityType.ORGANIZATION, "Velorix", "organisation-head"), List.of());
    EntityClusters.Cluster guess = person("Velorix", List.of(SingleNameRule.NAME),
        List.of(OrganisationEvidence.STRONG), List.of(0));
    assertEquals(List.of(body), PersonTyping.weigh(List.of(body, guess)));
    assertEquals(2, body.mentions.size());
  }

  @Test
  void typingDoesNotDependOnTheOrderOfTheMentions() {
    qt().forAll(lists().of(integers().between(0, RULES.length - 1)).ofSizeBetween(1, 8),
        lists().of(integers().between(-2, 2)).ofSize(8), lists().of(integers().between(-2, 2)).ofSize(8),
        integers().all()).checkAssert((rules, body, person, seed) -> {
          List<String> named = new ArrayList<>();
          for (int r : rules) {
            named.add(RULES[r]);
          }
          List<Integer> b = body.subList(0, named.size());
          List<Integer> p = person.subList(0, named.size());
          boolean retyped = PersonTyping.organisation(person("Velorix", named, b, p));
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < named.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          List<String> r2 = new ArrayList<>();
          List<Integer> b2 = new ArrayList<>();
          List<Integer> p2 = new ArrayList<>();
          for (int i : order) {
            r2.add(named.get(i));
            b2.add(b.get(i));
            p2.add(p.get(i));
          }
          assertEquals(retyped, PersonTyping.organisation(person("Velorix", r2, b2, p2)));
          if (named.contains("person-name")) {
            assertEquals(false, retyped); // a person a rule of its own evidence found stays one
          }
        });
  }
}
