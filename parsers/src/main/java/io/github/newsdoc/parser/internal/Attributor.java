package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds who each quote is credited to, with two ordered lists of {@linkplain AttributionSieve sieves}. The
 * first reads the quote's own sentence: the headline's speaker, a fragment's closing {@code according to},
 * the clause after the quote, the clause before it, the end of its sentence, a headline's subject, and last
 * the subject of its sentence. A quote none of those credits then takes its attribution from its context: the
 * quote that ends the paragraph before (for a paragraph that opens with the quote), a neighbouring quote of
 * its paragraph, the sentence that introduces it, a signature under it, the person the sentence before
 * it is about (for a quote that is a sentence of its own), or the person quoted just before when no one else
 * has been named since; a headline that
 * ends on a claim in quotes takes the body's first credited source. The first sieve that answers wins, and its name is kept as the
 * attribution's provenance. Sources are resolved as they are found: pronouns to the person named last,
 * descriptions ({@code the official}) to the fuller phrase the article used earlier ({@code a NATO
 * official}), surnames to full names.
 */
final class Attributor {
  /** The sieves that read a quote's own sentence, in the order they are tried. */
  static final List<AttributionSieve> OWN = List.of(new HeadlineSpeakerSieve(), new AccordingToAtEndSieve(),
      new AfterQuoteSieve(), new BeforeQuoteSieve(), new AccordingToInSentenceSieve(), new SentenceEndSieve(),
      new HeadlineSubjectSieve(), new SharedSentenceSieve(),
      new SentenceSubjectSieve());
  /** The sieves that credit a quote from its context, tried in this order when no sieve of {@link #OWN} answers. */
  static final List<AttributionSieve> CONTEXT = List.of(new ContinuedQuoteSieve(), new InterruptedQuoteSieve(),
      new IntroductionSieve(), new SentenceBeforeSieve(), new SignatureSieve(), new SubjectBeforeSieve(),
      new OngoingSpeakerSieve(), new HeadlineClaimSieve());

  private Attributor() {}

  /**
   * Attributes every quote of an article, in order; an entry is empty where the text does not give the
   * source. {@code texts.get(t)} is block {@code t - 1} (the title at 0), null for a caption; {@code tokens}
   * holds the same texts' words.
   */
  static List<Optional<Attributed>> attributeAll(List<String> texts, Tokens tokens, List<QuoteFinder.Found> quotes,
      PersonIndex people) {
    AttributionContext c = new AttributionContext(texts, tokens, quotes, people);
    for (int i = 0; i < quotes.size(); i++) {
      c.own.add(Optional.ofNullable(c.remember(first(OWN, i, quotes.get(i), c))));
    }
    for (int i = 0; i < quotes.size(); i++) {
      Optional<Attributed> result = c.own.get(i);
      if (result.isEmpty()) {
        result = Optional.ofNullable(first(CONTEXT, i, quotes.get(i), c));
      }
      c.settled.add(result);
    }
    return new ArrayList<>(c.settled);
  }

  private static Attributed first(List<AttributionSieve> sieves, int index, QuoteFinder.Found q, AttributionContext c) {
    for (AttributionSieve sieve : sieves) {
      Attributed found = sieve.attribute(index, q, c);
      if (found != null) {
        return found.by(sieve.name());
      }
    }
    return null;
  }
}
