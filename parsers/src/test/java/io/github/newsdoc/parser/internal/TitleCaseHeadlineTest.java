package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The part of a title-case headline's run that the body names ("title-case-headline" in FoundNames). */
class TitleCaseHeadlineTest {
  @Test
  void thePartTakesTheTypeTheBodyGivesIt() {
    List<String> texts = List.of("Russia Sends Troops to Belarus, Challenging NATO",
        "Russia has moved troops to Belarus, officials said.");
    FoundNames.Found russia = FoundNames.of(texts, RuleBasedRecognizer.INSTANCE, new Tokens(texts)).stream()
        .filter(f -> f.block() < 0 && f.form().equals("Russia")).findFirst().orElseThrow();
    assertEquals(EntityType.LOCATION, russia.type());
  }
}
