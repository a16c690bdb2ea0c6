package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.RuleFixture.at;
import static io.github.newsdoc.parser.internal.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The weight of what the words around one mention say about it being an organisation's (invented names). */
class OrganisationEvidenceTest {
  // The evidence around the first word "Velorix", or the run from it to the word last
  private static int weight(String text) {
    NameScan s = scan(text);
    int p = text.contains("Velorix's") ? at(s, "Velorix's") : at(s, "Velorix");
    return OrganisationEvidence.of(s.words, p, p + 1);
  }

  private static int weight(String text, String last) {
    NameScan s = scan(text);
    return OrganisationEvidence.of(s.words, at(s, "Velorix"), at(s, last) + 1);
  }

  @Test
  void aRoleOfABodyIsStrongEvidence() {
    assertEquals(OrganisationEvidence.STRONG, weight("said Ana Cole, president of Velorix on Monday."));
    assertEquals(OrganisationEvidence.STRONG, weight("a spokesman for Velorix declined to comment."));
    assertEquals(OrganisationEvidence.STRONG, weight("one of the members of the Velorix there."));
    assertEquals(OrganisationEvidence.STRONG, weight("then Velorix founder Ana Cole left."));
    assertEquals(OrganisationEvidence.STRONG, weight("a team of Velorix officials came."));
    assertEquals(OrganisationEvidence.STRONG, weight("and Velorix's main shareholder sold."));
  }

  @Test
  void aRoleBeforeAPossessiveNameIsWeakEvidence() {
    // the role may be that of what the name owns: "chairman of Velorix's campaign"
    assertEquals(OrganisationEvidence.WEAK, weight("said Ana Cole, chairman of Velorix's campaign."));
  }

  @Test
  void aNounOfABodyBesideItIsStrongEvidence() {
    assertEquals(OrganisationEvidence.STRONG, weight("the advocacy group Velorix began a drive."));
    assertEquals(OrganisationEvidence.STRONG, weight("the Velorix business was sold."));
    assertEquals(OrganisationEvidence.STRONG, weight("the carmaker Velorix fell."));
    assertEquals(OrganisationEvidence.STRONG, weight("a new Velorix poll showed a lead."));
    assertEquals(OrganisationEvidence.STRONG, weight("they sold Velorix Holdings last year.", "Holdings"));
    assertEquals(OrganisationEvidence.STRONG, weight("then Velorix, the German investment bank, said no."));
    assertEquals(OrganisationEvidence.STRONG, weight("the statistics body Velorix counted them."));
    assertEquals(OrganisationEvidence.STRONG, weight("the regulator Velorix fined them."));
    // the kind after a noun that modifies it
    assertEquals(OrganisationEvidence.STRONG, weight("the state Velorix news agency quoted him."));
    assertEquals(OrganisationEvidence.STRONG, weight("she sold the Velorix investment bank last year."));
    assertEquals(0, weight("the Velorix tapes date from May."));
  }

  @Test
  void aStatementIsStrongAndSpeechWeakEvidence() {
    assertEquals(OrganisationEvidence.STRONG, weight("then Velorix said in a statement that it would wait."));
    assertEquals(OrganisationEvidence.STRONG, weight("then Velorix issued a statement."));
    assertEquals(OrganisationEvidence.WEAK, weight("then Velorix said it would wait."));
    assertEquals(OrganisationEvidence.WEAK, weight("\u201cWe wait,\u201d said Velorix."));
  }

  @Test
  void atOrJoiningIsWeakEvidence() {
    assertEquals(OrganisationEvidence.WEAK, weight("she worked hard at Velorix for years."));
    assertEquals(OrganisationEvidence.WEAK, weight("she joined Velorix in May."));
    assertEquals(OrganisationEvidence.WEAK, weight("the show is streaming on Velorix now."));
    assertEquals(OrganisationEvidence.WEAK, weight("he said, telling Velorix he would run."));
  }

  @Test
  void aWorkAnIndefiniteArticleOrADemonymIsEvidenceAgainst() {
    assertEquals(OrganisationEvidence.AGAINST, weight("they saw the film Velorix twice."));
    assertEquals(OrganisationEvidence.AGAINST, weight("it was a Velorix story after all."));
    // unless a body's noun follows: the article is the noun's ("a Velorix spokesman", "a Velorix poll")
    assertEquals(OrganisationEvidence.STRONG, weight("said a Velorix spokesman on Monday."));
    assertEquals(OrganisationEvidence.STRONG, weight("then a Velorix poll showed a lead."));
    assertEquals(OrganisationEvidence.AGAINST, weight("they sang the Velorix album twice."));
    assertTrue(weight("said the Velorix Norwegian on Monday.", "Norwegian") < 0);
  }

  @Test
  void nothingAroundItIsNoEvidence() {
    assertEquals(0, weight("they saw Velorix there."));
    assertEquals(0, weight("Velorix"));
  }

  @Test
  void anOrganisationsSuffixIsStrongEvidenceWhateverNeutralWordsStandAround() {
    String[] neutral = {"then", "they", "saw", "there", "later", "and", "yesterday", "it", "grew", "quickly"};
    qt().forAll(integers().between(0, neutral.length - 1), integers().between(0, neutral.length - 1),
        integers().between(0, neutral.length - 1)).checkAssert((a, b, c) -> {
          String text = neutral[a] + " " + neutral[b] + " Velorix Holdings " + neutral[c] + " now.";
          assertTrue(weight(text, "Holdings") >= OrganisationEvidence.STRONG, text);
        });
  }

  @Test
  void aKindOfBodyClosingAnAppositionMakesItABodyAndAPossessiveKindDoesNot() {
    List<String> kinds = List.copyOf(EntityWords.ORGANISATION_KINDS);
    String[] articles = {"the", "a", "an"};
    String[] modifiers = {"", "big ", "German ", "investment ", "big old "};
    qt().forAll(integers().between(0, kinds.size() - 1), integers().between(0, articles.length - 1),
        integers().between(0, modifiers.length - 1)).checkAssert((k, a, m) -> {
          String phrase = articles[a] + " " + modifiers[m] + kinds.get(k);
          String closed = "then Velorix, " + phrase + ", said no.";
          assertTrue(weight(closed) >= OrganisationEvidence.STRONG, closed);
          NameScan s = scan(closed);
          assertTrue(NameContexts.kindInApposition(s.words, at(s, "Velorix") + 1), closed);
          // the kind's possessive, or a noun after the kind, makes the apposition a person's role
          for (String open : List.of("then Velorix, " + phrase + "'s founder, said no.",
              "then Velorix, " + phrase + " manager, said no.")) {
            NameScan t = scan(open);
            assertFalse(NameContexts.kindInApposition(t.words, at(t, "Velorix") + 1), open);
          }
        });
  }
}
