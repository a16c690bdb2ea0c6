package io.github.newsdoc.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** analyze names the sieve behind every attribution, so a wrong speaker leads to one class. */
class AttributionProvenanceTest {
  private static final String TEXT = String.join("\n\n",
      "Harbour strike enters third week",
      "\u201cWe will stay,\u201d said Ana Ruiz. \u201cAll of us, until the end.\u201d",
      "Tom Cole praised the dockers. \u201cThey never gave up, not once.\u201d",
      "The owners declined to comment on the so-called \u201cdeal\u201d on Monday.");

  @Test
  void everyAttributedQuoteNamesItsSieve() {
    ParseReport report = ArticleParser.standard().analyze(TEXT);
    assertEquals(List.of(
        new AttributionAssignment(0, "Ana Ruiz", "after-quote"),
        new AttributionAssignment(1, "Ana Ruiz", "interrupted-quote"),
        new AttributionAssignment(2, "Tom Cole", "sentence-before")), report.attributions());
    assertEquals("quote 1: Ana Ruiz (interrupted-quote)", report.attributions().get(1).toString());
  }

  @Test
  void indicesAreThoseOfTheQuotesTheArticleKeeps() {
    // the scare quote "deal" is found, credited to no one, and left out: it has no index to trace
    ParseReport report = ArticleParser.standard().analyze(TEXT);
    assertEquals(3, report.article().quotes().size());
    assertEquals("They never gave up, not once.", report.article().quotes().get(report.attributions().get(2).quote()).text());
  }

  @Test
  void withoutQuotesThereIsNothingToTrace() {
    ParseReport report = ArticleParser.builder().quotes(false).build().analyze(TEXT);
    assertEquals(List.of(), report.attributions());
  }
}
