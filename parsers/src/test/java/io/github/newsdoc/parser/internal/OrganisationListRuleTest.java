package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.recognized;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationListRuleTest {
  private static RuleMention at(String text, String form, EntityType type) {
    int start = text.indexOf(form);
    return new RuleMention(start, start + form.length(), type, "gazetteer");
  }

  @Test
  void namesInAListOfKnownOrganisationsAreOrganisations() {
    String text = "Hyundai, Reuters, Dingolfing and Hillary agreed.";
    List<RuleMention> mentions = new ArrayList<>(List.of(at(text, "Hyundai", EntityType.ORGANIZATION),
        at(text, "Reuters", EntityType.ORGANIZATION), at(text, "Dingolfing", EntityType.LOCATION),
        at(text, "Hillary", EntityType.PERSON)));
    OrganisationListRule.apply(text, mentions);
    assertEquals(List.of(EntityType.ORGANIZATION), mentions.stream().map(RuleMention::type).distinct().toList());
    assertEquals("gazetteer", mentions.get(0).rule());
    assertEquals(OrganisationListRule.NAME, mentions.get(3).rule());
  }

  @Test
  void refusesAListWithOneKnownOrganisationAndNamesApart() {
    String text = "Hyundai, Dingolfing and Hillary agreed; Reuters said.";
    List<RuleMention> mentions = new ArrayList<>(List.of(at(text, "Hyundai", EntityType.ORGANIZATION),
        at(text, "Dingolfing", EntityType.LOCATION), at(text, "Hillary", EntityType.PERSON),
        at(text, "Reuters", EntityType.ORGANIZATION)));
    List<RuleMention> before = List.copyOf(mentions);
    OrganisationListRule.apply(text, mentions);
    assertEquals(before, mentions);
  }

  @Test
  void theRecognizerRetypesTheList() {
    assertEquals(List.of("Hyundai=ORGANIZATION@gazetteer", "Reuters=ORGANIZATION@gazetteer",
        "Hillary=ORGANIZATION@organisation-list"), recognized("Buyers chose Hyundai, Reuters and Hillary."));
  }

  @Test
  void aNameWhosePossessiveOpensTheItemOwnsItAndKeepsItsType() {
    String text = "Outlets such as Reuters, Bloomberg, and Velmora's Daily Post saw it.";
    List<RuleMention> mentions = new ArrayList<>(List.of(at(text, "Reuters", EntityType.ORGANIZATION),
        at(text, "Bloomberg", EntityType.ORGANIZATION), at(text, "Velmora", EntityType.LOCATION),
        at(text, "Daily Post", EntityType.ORGANIZATION)));
    OrganisationListRule.apply(text, mentions);
    assertEquals(EntityType.LOCATION, mentions.get(2).type());
    assertEquals("gazetteer", mentions.get(2).rule());
  }

  @Test
  void possessivesThatAreTheItemsStillMakeAList() {
    String text = "Shoppers left Reuters's, Bloomberg's and Dingolfing's stores.";
    List<RuleMention> mentions = new ArrayList<>(List.of(at(text, "Reuters", EntityType.ORGANIZATION),
        at(text, "Bloomberg", EntityType.ORGANIZATION), at(text, "Dingolfing", EntityType.LOCATION)));
    OrganisationListRule.apply(text, mentions);
    assertEquals(EntityType.ORGANIZATION, mentions.get(2).type());
  }
}
