package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Position;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.parser.ParseProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Credits each quote found ({@link Attributor}'s sieves) and adds the quotes to the article: a short
 * fragment no one is credited with (a scare quote, a term) is left out, and a quote never closed is
 * reported. Each credit carries the confidence of its sieve for its quote's shape ({@link SieveConfidence}).
 * Needs {@link Doc#found}, the texts and their words; adds the article's quotes and {@link Doc#sieves}.
 */
final class AttributionStage implements Stage {
  @Override
  public String name() {
    return "attribution";
  }

  @Override
  public void apply(Doc doc) {
    List<QuoteFinder.Found> found = doc.found;
    if (found.isEmpty()) {
      return;
    }
    List<String> texts = doc.speech;
    List<Optional<Attributed>> attributions = Attributor.attributeAll(texts, doc.tokens, found, PersonIndex.of(texts, doc.tokens, found, doc.names()));
    List<Quote> quotes = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      QuoteFinder.Found f = found.get(i);
      Optional<Attributed> by = attributions.get(i);
      boolean partial = QuoteShapes.partial(f, texts);
      if (by.isEmpty() && QuoteShapes.term(f, texts, partial)) {
        continue; // a scare quote ("the so-called 'deal'") or a term, not words anyone is credited with
      }
      if (by.isEmpty() && (QuoteShapes.titled(f, texts) || QuoteShapes.cited(f, texts))) {
        continue; // the title of a work or an article (in a reference) no one is credited with saying
      }
      if (f.unclosed()) {
        doc.problem(f.first().block(), f.first().start() - 1,
            "quotation mark is never closed; the quote ends with its paragraph");
      }
      quotes.add(Quote.builder()
          .text(QuoteShapes.text(f, texts))
          .start(Position.of(f.first().block(), f.first().start()))
          .end(Position.of(f.last().block(), f.last().end()))
          .partial(partial)
          .attribution(by.map(a -> a.attribution().withConfidence(SieveConfidence.of(a.sieve(), partial))))
          .build());
      doc.sieves.add(by.map(Attributed::sieve).orElse(""));
    }
    doc.quotes = quotes;
    doc.problems.sort(Comparator.comparingInt(ParseProblem::line).thenComparingInt(ParseProblem::column));
  }
}
