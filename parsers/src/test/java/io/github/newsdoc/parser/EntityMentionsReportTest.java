package io.github.newsdoc.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityMentionsReportTest {
  private static final String TEXT = "Harbour talks resume\n\n"
      + "President Orvel Tane flew to Moscow on Monday to meet NATO envoys.\n\n"
      + "Tane said the talks would go on.\n";

  @Test
  void namesTheRuleAndTheEntityOfEveryMention() {
    ParseReport report = ArticleParser.standard().analyze(TEXT);
    Map<String, Entity> byId = report.article().entities().stream()
        .collect(Collectors.toMap(Entity::id, Function.identity()));
    List<String> seen = report.mentions().stream()
        .map(m -> byId.get(m.entity()).name() + "=" + m.type() + "@" + m.rule()).toList();
    assertEquals(List.of("Orvel Tane=PERSON@person-name", "Moscow=LOCATION@gazetteer",
        "NATO=ORGANIZATION@gazetteer", "Orvel Tane=PERSON@surname-alone"), seen);
    assertEquals(new EntityMention(Span.of(0, 10, 20), EntityType.PERSON, byId.values().stream()
        .filter(e -> e.name().equals("Orvel Tane")).findFirst().orElseThrow().id(), "person-name"),
        report.mentions().get(0));
  }

  @Test
  void listsAsManyMentionsAsTheEntitiesHold() {
    ParseReport report = ArticleParser.standard().analyze(TEXT);
    int held = report.article().entities().stream().mapToInt(e -> e.mentions().size()).sum();
    assertEquals(held, report.mentions().size());
  }

  @Test
  void isEmptyWithoutEntities() {
    assertTrue(ArticleParser.builder().entities(false).build().analyze(TEXT).mentions().isEmpty());
  }
}
