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
      assertEquals(SieveConfidence.of(a.sieve()),
          quotes.get(a.quote()).attribution().orElseThrow().confidence().getAsDouble(), a.toString());
    }
  }
}
