package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Quote;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.AttributionAssignment;
import io.github.newsdoc.parser.ParseReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SieveConfidenceTest {
  @Test
  void everySieveHasAConfidenceFromZeroToOne() {
    List<AttributionSieve> all = new ArrayList<>(Attributor.OWN);
    all.addAll(Attributor.CONTEXT);
    for (AttributionSieve s : all) {
      double c = SieveConfidence.of(s.name());
      assertTrue(c >= 0 && c <= 1, s.name() + ": " + c);
    }
    assertThrows(IllegalStateException.class, () -> SieveConfidence.of("no-such-sieve"));
  }

  @Test
  void everyAttributionCarriesItsSievesConfidence() {
    ParseReport r = ArticleParser.standard().analyze("Harbour vote\n\n\"We will stay,\" said Ana Ruiz.\n\n"
        + "\"It is over,\" she added. \"We lost.\"\n\nIvo Marek said the vote was \"a farce\".\n");
    List<Quote> quotes = r.article().quotes();
    assertFalse(r.attributions().isEmpty());
    for (AttributionAssignment a : r.attributions()) {
      Quote q = quotes.get(a.quote());
      assertEquals(SieveConfidence.of(a.sieve(), q.partial()), q.attribution().orElseThrow().confidence().getAsDouble(),
          a.toString());
    }
  }

  @Test
  void aNeighboursCreditIsSurerForAWholeQuoteThanForAFragment() {
    // "We lost." takes the speaker of the quote before it in its paragraph; so does the fragment "a farce",
    // in a sentence of its own: the tuning data finds the first nearly always right, the second often wrong
    ParseReport r = ArticleParser.standard().analyze("Harbour vote\n\n\"It is over,\" Ana Ruiz said. \"We lost.\"\n\n"
        + "\"It is over,\" Ana Ruiz said. Then came the count, \"a farce from the start\" for many.\n");
    List<Quote> quotes = r.article().quotes();
    double whole = confidenceOf(r, 1);
    double fragment = confidenceOf(r, 3);
    assertFalse(quotes.get(1).partial());
    assertTrue(quotes.get(3).partial());
    assertEquals(SieveConfidence.of("interrupted-quote", false), whole);
    assertEquals(SieveConfidence.of("interrupted-quote", true), fragment);
    assertTrue(whole > SieveConfidence.of("interrupted-quote") && fragment < SieveConfidence.of("interrupted-quote"),
        whole + " " + fragment);
  }

  private static double confidenceOf(ParseReport r, int quote) {
    AttributionAssignment a = r.attributions().stream().filter(x -> x.quote() == quote).findFirst().orElseThrow();
    assertEquals("interrupted-quote", a.sieve(), a.toString());
    return r.article().quotes().get(quote).attribution().orElseThrow().confidence().getAsDouble();
  }
}
