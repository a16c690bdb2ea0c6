package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameRulesTest {
  @Test
  void everyRuleHasItsOwnKebabCaseName() {
    List<NameRule<?>> all = new ArrayList<>();
    all.addAll(NameRules.TEXT);
    all.addAll(NameRules.WHOLE);
    all.addAll(NameRules.RUN);
    all.addAll(NameRules.WORD);
    Set<String> names = new HashSet<>();
    for (NameRule<?> rule : all) {
      assertTrue(rule.name().matches("[a-z]+(-[a-z]+)*"), rule.name());
      assertTrue(names.add(rule.name()), "two rules named " + rule.name());
    }
    assertEquals(34, names.size());
  }

  @Test
  void theRecognizerNamesTheRuleOfEveryMention() {
    assertEquals(List.of("Lord Nicholls of Birkenhead=PERSON@peer".substring(5), "Moscow=LOCATION@gazetteer",
        "Orvel Tane=PERSON@person-name"),
        RuleFixture.recognized("Lord Nicholls of Birkenhead flew to Moscow with President Orvel Tane."));
  }
}
