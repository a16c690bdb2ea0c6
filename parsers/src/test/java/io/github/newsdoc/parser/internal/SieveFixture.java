package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An article of a title and paragraphs, with its quotes found, for testing one attribution sieve: the sieve
 * is asked about one quote in the state the attributor would be in at that quote (every quote's own
 * attribution found, and those before it settled), so that a test exercises that sieve alone.
 */
final class SieveFixture {
  final List<String> texts;
  final List<QuoteFinder.Found> quotes;
  private final PersonIndex people;
  private final Tokens tokens;

  private SieveFixture(List<String> texts) {
    this.texts = texts;
    this.tokens = new Tokens(texts);
    this.quotes = QuoteFinder.find(texts, tokens);
    this.people = PersonIndex.of(texts, tokens, quotes, FoundNames.of(texts, RuleBasedRecognizer.INSTANCE, tokens));
  }

  /** Every quote's attribution as the attributor settles it, with both lists of sieves in their order. */
  List<Optional<Attributed>> attributeAll() {
    return Attributor.attributeAll(texts, tokens, quotes, people);
  }

  /** An article with this title and these paragraphs. */
  static SieveFixture of(String title, String... paragraphs) {
    List<String> texts = new ArrayList<>();
    texts.add(title);
    texts.addAll(Arrays.asList(paragraphs));
    return new SieveFixture(texts);
  }

  /** What {@code sieve} answers for quote {@code index}, or null. */
  Attributed ask(AttributionSieve sieve, int index) {
    return sieve.attribute(index, quotes.get(index), contextAt(index));
  }

  /** The context as the attributor holds it at quote {@code index}: every own attribution, those before settled. */
  AttributionContext contextAt(int index) {
    AttributionContext c = new AttributionContext(texts, tokens, quotes, people);
    for (int i = 0; i < quotes.size(); i++) {
      c.own.add(Optional.ofNullable(c.remember(first(Attributor.OWN, i, c))));
    }
    for (int i = 0; i < index; i++) {
      Optional<Attributed> r = c.own.get(i);
      c.settled.add(r.isPresent() ? r : Optional.ofNullable(first(Attributor.CONTEXT, i, c)));
    }
    return c;
  }

  private Attributed first(List<AttributionSieve> sieves, int i, AttributionContext c) {
    for (AttributionSieve s : sieves) {
      Attributed a = s.attribute(i, quotes.get(i), c);
      if (a != null) {
        return a.by(s.name()); // as the attributor credits it
      }
    }
    return null;
  }

  /** Asserts that {@code sieve} credits quote {@code index} to {@code speaker} with {@code cue}. */
  void assertCredits(AttributionSieve sieve, int index, String speaker, String cue) {
    Attributed a = ask(sieve, index);
    assertNotNull(a, sieve.name() + " found no attribution for quote " + index);
    assertEquals(speaker, a.attribution().speaker(), "speaker");
    assertEquals(cue, a.attribution().cue(), "cue");
  }

  /** The text the attribution's mention covers. */
  String mention(Attributed a) {
    var m = a.attribution().mention().orElseThrow();
    return texts.get(m.block() + 1).substring(m.start(), m.end());
  }
}
