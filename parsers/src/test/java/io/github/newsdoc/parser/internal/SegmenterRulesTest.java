package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.parser.BoilerplateRule;
import io.github.newsdoc.parser.RuleSet;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule sets' rules other than exact lines: tried in their order (the first that matches names the line), a
 * prefix only on lines that open with its first character, case aside.
 */
class SegmenterRulesTest {
  private static String rule(RuleSet set, String line) {
    List<Segment> s = new Segmenter(List.of(set)).segment(LineSplitter.split(
        "Harbour strike enters third week\n\n" + line + "\n\n"
            + "The strike went on for a third week at the harbour on Monday, and the owners stayed away.\n",
        1 << 20, 1 << 20));
    return s.get(1).rule();
  }

  @Test
  void theFirstRuleInOrderNamesTheLineWhateverItsKind() {
    RuleSet set = RuleSet.read("site", new StringReader(
        "pattern: (?i)read .{0,40}\nprefix: Read more:\nsuffix: more\nprefix: Sign up\n"));
    List<BoilerplateRule> rules = set.rules();
    assertEquals("site/" + rules.get(0).name(), rule(set, "Read more: Ferry fares"));
    assertEquals("site/" + rules.get(2).name(), rule(set, "Tell us more"));
    // a prefix in other case than the line's, and the rule after a prefix of another first character
    assertEquals("site/" + rules.get(3).name(), rule(set, "SIGN UP for the morning briefing"));
    assertEquals("default:paragraph", rule(set, "Ferries stay in port"));
  }

  @Test
  void aPrefixMatchesOnlyLinesThatOpenWithItsFirstCharacter() {
    RuleSet set = RuleSet.read("site", new StringReader("prefix: Also read\nprefix: ÉDITION\n"));
    assertEquals("site/" + set.rules().get(0).name(), rule(set, "also read: Ferry fares"));
    assertEquals("site/" + set.rules().get(1).name(), rule(set, "édition du soir"));
    assertEquals("default:paragraph", rule(set, "We also read the ferry timetable"));
  }
}
