package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.ARTICLES;
import static io.github.newsdoc.parser.internal.AttributionWords.NEWS_MEDIA;
import static io.github.newsdoc.parser.internal.AttributionWords.UTTERANCES;
import static io.github.newsdoc.parser.internal.Phrases.phraseAfter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A fragment quoted in the writer's sentence that ends {@code , according to X.}: the fragment is X's, whatever
 * verbs the sentence holds, unless the sentence names a person who says it before the quote, or a body that
 * says it and X is a news medium: then X (a news agency, a statement, a transcript) is only how that
 * speaker's words came out, and is the channel.
 */
final class AccordingToAtEndSieve implements AttributionSieve {
  @Override
  public String name() {
    return "according-to-at-end";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    return q.first().block() != -1 && QuoteShapes.partial(q, ctx.texts) ? accordingToAtEnd(ctx, index, q) : null;
  }

  private static final AttributionSieve NAMED_BEFORE = new BeforeQuoteSieve();

  // "Most voters say they prefer goods labeled “Made in the U.S.A.,” even at a premium, according to a poll
  // released Thursday.": a fragment quoted in the writer's sentence is the source's that the sentence ends
  // with, whatever verbs the sentence holds.
  static Attributed accordingToAtEnd(AttributionContext ctx, int index, QuoteFinder.Found q) {
    QuoteFinder.Segment last = q.last();
    String text = ctx.texts.get(last.block() + 1);
    Sentences.Tail tail = Sentences.tail(text, last.end());
    if (tail == null || tail.lastComma() < 0) {
      return null;
    }
    List<Words.Word> words = ctx.words(last.block(), tail.lastComma() + 1, tail.end() + 1);
    if (words.size() > 2 && words.get(0).lower().equals("according") && words.get(1).lower().equals("to")) {
      List<Words.Word> subject = phraseAfter(words, 2);
      if (subject.isEmpty()) {
        return null;
      }
      // but "Ruiz said the plan was “a disaster,” …, according to a statement" or "Lavrov said the talks had
      // “failed”, according to the news agency TASS": a statement, a transcript or a body that relays the
      // words is how a named speaker's words came out; the speaker the sentence names is credited, and the
      // closing phrase is the channel. So is a news medium for a body that speaks ("The army said the convoy
      // was “never in danger”, according to the state news agency"); a poll or a study is a source of its own
      // ("Most voters say …, according to a poll")
      Attributed named = NAMED_BEFORE.attribute(index, q, ctx);
      boolean utterance = UTTERANCES.contains(subject.get(subject.size() - 1).lower());
      if (named != null && (named.person() || utterance || relays(subject))) {
        String channel = text.substring(words.get(0).start(), subject.get(subject.size() - 1).end());
        return new Attributed(named.attribution().withChannel(channel), named.person());
      }
      if (!utterance) {
        return ctx.result(last.block(), text, subject, "according to", Optional.empty(), q);
      }
    }
    return null;
  }

  // A phrase that names a news medium: the agency, paper or broadcaster that carried the words.
  private static boolean relays(List<Words.Word> phrase) {
    return namesMedium(phrase.stream().map(Words.Word::lower).toList());
  }

  /** Whether a source as credited ("state news agency", "local media") names a news medium. */
  static boolean namesMedium(String source) {
    return namesMedium(List.of(source.toLowerCase(Locale.ROOT).split(" ")));
  }

  // A medium's word heads the phrase ("state television", "local media") or opens a name ("Radio Varnia"), or a
  // carrier's noun heads it after a medium's word or "news" ("state news agency", "media reports", "radio
  // station"); a phrase headed by another noun is the source it names ("an NBC News poll", "a television poll").
  private static boolean namesMedium(List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    String beforeLast = words.size() > 1 ? words.get(words.size() - 2) : "";
    // a name opens with its word and no article ("Radio Varnia"); after an article the first word is a
    // modifier ("a television poll")
    return NEWS_MEDIA.contains(last)
        || CARRIERS.contains(last) && (NEWS_MEDIA.contains(beforeLast) || beforeLast.equals("news"))
        || !ARTICLES.contains(words.get(0)) && NEWS_MEDIA.contains(words.get(0)) && !SOURCES.contains(last);
  }

  // Nouns that carry news when a medium's word or "news" qualifies them: "news agency", "radio station".
  private static final Set<String> CARRIERS = WordList.load("attribution/news-carriers");
  // Nouns of a source of its own that a medium's name may open ("TV Rain poll").
  private static final Set<String> SOURCES = WordList.load("attribution/own-sources");
}
