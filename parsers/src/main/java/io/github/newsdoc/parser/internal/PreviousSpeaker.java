package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The speaker of the quote before a pronoun, as what "he" or "she" stands for when the person named last is
 * only mentioned: {@code Noel Dempsey said Mr Ahern had been "very committed". "He is disappointed," he
 * said.} credits Dempsey, not Ahern. The speaker just quoted is the most salient person; a person named
 * after him, not as a sentence's subject, does not take his place; nor does a person named only inside the
 * quote before's source ({@code President Castro's chief aide}).
 */
final class PreviousSpeaker {
  private PreviousSpeaker() {}

  /**
   * The own attribution of the quote before offset {@code offset} of block {@code block}, when it credits a
   * person the article names, who agrees with the pronoun ({@code agrees}) and is not {@code named}, the
   * person named last, and when {@code named} is not its sentence's subject; null otherwise. The quote must end
   * in the pronoun's block or the one before it.
   */
  static Attributed over(AttributionContext ctx, PersonIndex.Mention named, int block, int offset,
      Predicate<String> agrees) {
    if (named == null) {
      return null;
    }
    int q = Text.lastWhere(Math.min(ctx.own.size(), ctx.quotes.size()), i -> {
      QuoteFinder.Segment last = ctx.quotes.get(i).last();
      return last.block() < block || last.block() == block && last.end() <= offset;
    });
    if (q < 0 || ctx.own.get(q).isEmpty() || ctx.quotes.get(q).last().block() < block - 1) {
      return null;
    }
    Attributed previous = ctx.own.get(q).get();
    if (insideSource(previous, named)) {
      return previous;
    }
    String speaker = previous.attribution().speaker();
    if (!previous.person() || speaker.equals(named.name()) || !agrees.test(speaker)
        || !ctx.people.knowsSurname(speaker.substring(speaker.lastIndexOf(' ') + 1))) {
      return null;
    }
    return subject(ctx, named) ? null : previous;
  }

  /**
   * The person credited, through a mention that is no name of theirs ("he claimed", "the minister said"), after
   * {@code named} (the person named last who agrees with the pronoun) and before offset {@code before} of block
   * {@code block}: such a mention refers to its person as a name would, so that person is the more recent.
   * {@code Tom Cole spoke. Ivo Marek has failed, he claimed. Ivo Marek, he said, …}: the second "he" is Tom
   * Cole, whom the first one credited after Ivo Marek was named. Null when no attribution so far has such a
   * mention, or its person does not agree ({@code agrees}) or is {@code named}.
   */
  static Attributed creditedSince(AttributionContext ctx, PersonIndex.Mention named, int block, int before,
      Predicate<String> agrees) {
    if (named == null) {
      return null;
    }
    Attributed latest = null;
    Span latestAt = null;
    for (int i = 0; i < ctx.own.size(); i++) {
      Optional<Attributed> a = i < ctx.settled.size() ? ctx.settled.get(i) : ctx.own.get(i);
      Span at = a.flatMap(x -> x.attribution().mention()).orElse(null);
      if (at == null || !a.get().person() || !byReference(ctx, at) || !after(at, named.block(), named.end())
          || after(at, block, before) || latestAt != null && !after(at, latestAt.block(), latestAt.end())) {
        continue;
      }
      latest = a.get();
      latestAt = at;
    }
    if (latest == null) {
      return null;
    }
    String speaker = latest.attribution().speaker();
    return speaker.equals(named.name()) || !agrees.test(speaker)
        || !ctx.people.knowsSurname(speaker.substring(speaker.lastIndexOf(' ') + 1)) ? null : latest;
  }

  // Whether a source's mention refers without naming: a pronoun or a description ("he", "the minister"); a
  // name ("President Ana Ruiz") is the person index's to count.
  private static boolean byReference(AttributionContext ctx, Span at) {
    List<Words.Word> words = ctx.words(at.block(), at.start(), at.end());
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0).lower();
    return Names.PRONOUNS.contains(first) || Names.DETERMINERS.contains(first) || !words.get(0).capitalised()
        || SpeakerNames.byOwner(words); // "China's envoy"
  }

  // Whether the span starts at or after offset {@code offset} of block {@code block}.
  private static boolean after(Span at, int block, int offset) {
    return at.block() > block || at.block() == block && at.start() >= offset;
  }

  // Whether the person named last is only a word of the quote before's source ("President Castro's chief
  // aide said …. "…," he said"): the source, not the person it names, is who "he" goes on with.
  private static boolean insideSource(Attributed previous, PersonIndex.Mention named) {
    Span source = previous.attribution().mention().orElse(null);
    return source != null && source.block() == named.block() && source.start() <= named.start()
        && named.end() <= source.end() && (source.start() < named.start() || named.end() < source.end())
        && !previous.attribution().speaker().equals(named.name());
  }

  // Whether the name is its sentence's subject ("PCS leader Mark Serwotka warned", "The chief executive of
  // Yahoo, Marissa Mayer, said"): as salient as the speaker before.
  private static boolean subject(AttributionContext ctx, PersonIndex.Mention named) {
    int start = ctx.wholeSentenceStart(named.block(), named.start());
    String text = ctx.texts.get(named.block() + 1);
    List<Words.Word> subject = Subjects.leadingSubject(
        ctx.words(named.block(), start, Math.min(text.length(), named.end() + 40)));
    if (!subject.isEmpty() && subject.get(0).start() <= named.start()
        && named.end() <= subject.get(subject.size() - 1).end()) {
      return true;
    }
    // the name in apposition to the subject, between commas before the verb
    List<Words.Word> around = ctx.words(named.block(), start, Math.min(text.length(), named.end() + 40));
    for (int i = 1; i + 1 < around.size(); i++) {
      Words.Word w = around.get(i);
      if (w.end() >= named.end() && w.start() < named.end()) {
        int first = i;
        while (first > 0 && around.get(first - 1).start() >= named.start()) {
          first--;
        }
        if (w.stops() && inverted(around, first, named.block())) {
          return true;
        }
        Words.Word next = around.get(i + 1);
        return first > 0 && around.get(first - 1).trailing().endsWith(",") && w.trailing().endsWith(",")
            && !next.capitalised() && !next.core().isEmpty();
      }
    }
    return false;
  }

  // "Not least, said Paul King, a consultant, because …": the name right after a verb of saying that opens its
  // clause (at the sentence's start or after a comma), and that a comma or a stop ends, is that verb's subject,
  // set after it; not "Ruiz, who sang with him, said Cole was …", where the name opens what was said.
  private static boolean inverted(List<Words.Word> words, int first, int block) {
    if (first < 1) {
      return false;
    }
    Words.Word verb = words.get(first - 1);
    return Cues.isCue(verb, AttributionWords.SPEECH, block) && !verb.lower().endsWith("ing") && !verb.stops()
        && (first == 1 || words.get(first - 2).trailing().endsWith(","));
  }
}
