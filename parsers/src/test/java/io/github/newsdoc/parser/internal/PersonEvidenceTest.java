package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** The weight of what the words around one mention say about it being a person's (invented names). */
class PersonEvidenceTest {
  // The evidence around the first word "Torvane", or the run from it to the word last
  private static int weight(String text) {
    NameScan s = scan(text);
    int p = text.contains("Torvane's") ? at(s, "Torvane's") : at(s, "Torvane");
    return PersonEvidence.of(s.words, p, p + 1);
  }

  private static int weight(String text, String first, String last) {
    NameScan s = scan(text);
    return PersonEvidence.of(s.words, at(s, first), at(s, last) + 1);
  }

  @Test
  void aTitleAnHonorificOrARoleBeforeItIsStrongEvidence() {
    assertEquals(PersonEvidence.STRONG, weight("on Monday Senator Torvane spoke."));
    assertEquals(PersonEvidence.STRONG, weight("on Monday Dr Torvane spoke."));
    assertEquals(PersonEvidence.STRONG, weight("then coach Torvane left the ground."));
  }

  @Test
  void anAgeInAppositionIsStrongEvidence() {
    assertEquals(PersonEvidence.STRONG, weight("then Ilse Torvane, 45, left.", "Ilse", "Torvane"));
    assertEquals(0, weight("then Torvane, 1500, was the sum."));
    assertEquals(0, weight("then Torvane, 45 miles away, was quiet."));
  }

  @Test
  void aKinWordAfterItsPossessiveIsStrongEvidence() {
    assertEquals(PersonEvidence.STRONG, weight("and Torvane's wife arrived."));
    assertEquals(0, weight("and Torvane's shares fell."));
  }

  @Test
  void aBodysRoleOrWhoInAppositionIsStrongEvidence() {
    assertEquals(PersonEvidence.STRONG, weight("said Ilse Torvane, director of the harbour board.", "Ilse", "Torvane"));
    assertEquals(PersonEvidence.STRONG, weight("then Torvane, who left in May, came back."));
    assertEquals(0, weight("then Torvane, the harbour, came back."));
  }

  @Test
  void speechIsWeakAndAPronounAfterItStrongEvidence() {
    assertEquals(PersonEvidence.WEAK, weight("\u201cWe wait,\u201d said Torvane."));
    assertEquals(PersonEvidence.WEAK, weight("then Torvane said it would wait."));
    assertEquals(PersonEvidence.WEAK, weight("then Torvane told the court."));
    assertEquals(PersonEvidence.STRONG, weight("then Torvane said she would wait."));
    assertEquals(PersonEvidence.STRONG, weight("then Torvane told reporters he would wait."));
    assertEquals(0, weight("then TRVX said it would wait.", "TRVX", "TRVX")); // an acronym is no person's
  }

  @Test
  void aPlacesContextIsEvidenceAgainst() {
    assertEquals(PersonEvidence.AGAINST, weight("the fans in Torvane cheered."));
    assertEquals(PersonEvidence.AGAINST, weight("the town of Torvane cheered."));
  }

  @Test
  void nothingAroundItIsNoEvidence() {
    assertEquals(0, weight("they saw Torvane there."));
    assertEquals(0, weight("Torvane"));
  }

  @Test
  void anAgeIsStrongEvidenceWhateverNeutralWordsStandAround() {
    String[] neutral = {"then", "they", "saw", "there", "later", "and", "yesterday", "it", "grew", "quickly"};
    qt().forAll(integers().between(0, neutral.length - 1), integers().between(0, neutral.length - 1),
        integers().between(1, 119), integers().between(0, neutral.length - 1)).checkAssert((a, b, age, c) -> {
          String text = neutral[a] + " " + neutral[b] + " Ilse Torvane, " + age + ", " + neutral[c] + " now.";
          assertTrue(weight(text, "Ilse", "Torvane") >= PersonEvidence.STRONG, text);
        });
  }
}
