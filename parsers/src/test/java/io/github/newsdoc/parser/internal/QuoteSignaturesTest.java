package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.ParseReport;
import org.junit.jupiter.api.Test;

/** A quote's signature under it is the article's ({@link QuoteSignatures}), a wire service's name is not. */
class QuoteSignaturesTest {
  private static final ArticleParser PARSER = ArticleParser.builder().entities(false).build();
  private static final String HEAD = "Readers on the harbour plan\n\nWe asked readers what they think of the plan to"
      + " close the old pier.\n\n\"It is the end of a way of life for the whole town, and nobody asked us first.\"\n";

  private static String rule(ParseReport report, String text) {
    return report.lines().stream().filter(l -> l.text().equals(text)).map(LineAssignment::rule).findFirst()
        .orElseThrow();
  }

  @Test
  void aDashAndANameUnderAQuoteSignIt() {
    ParseReport r = PARSER.analyze(HEAD + "\u2014 Ana Ruiz\n");
    assertEquals("paragraph:signature", rule(r, "\u2014 Ana Ruiz"));
  }

  @Test
  void aWireServiceAfterADashIsNoSignature() {
    ParseReport r = PARSER.analyze(HEAD + "- Reuters\n");
    assertNotEquals("paragraph:signature", rule(r, "- Reuters"));
  }

  @Test
  void aNameUnderAParagraphThatEndsWithoutAQuoteIsNoSignature() {
    ParseReport r = PARSER.analyze("Readers on the harbour plan\n\nWe asked readers what they think of the plan to"
        + " close the old pier and many wrote back at length.\n\u2014 Ana Ruiz\n");
    assertNotEquals("paragraph:signature", rule(r, "\u2014 Ana Ruiz"));
  }

  @Test
  void aSurnameAloneSignsAQuoteWhenTheArticleGivesTheFullName() {
    String text = "Claims from the harbour debate\n\nPeter Oduya and Lena Marlowe met on Tuesday for the last debate"
        + " before the vote.\n\n\"The port has never cost the city a single penny in all the years I ran it.\"\n\n- Oduya.\n\n"
        + "The figures say otherwise, and the audit of last year shows a loss.\n\n\"I wrote the budget that saved"
        + " the ferries when nobody else would.\"\n\n- Oduya.\n\nThe budget was written by a committee.\n";
    assertEquals("paragraph:signature", rule(PARSER.analyze(text), "- Oduya."));
    // a word the article never gives after a first name stays as it was
    assertNotEquals("paragraph:signature", rule(PARSER.analyze(text.replace("- Oduya.", "- Harbour.")), "- Harbour."));
  }
}
