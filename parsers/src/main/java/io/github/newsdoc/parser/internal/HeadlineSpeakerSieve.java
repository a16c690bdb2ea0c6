package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.HEADLINE_LABELS;
import static io.github.newsdoc.parser.internal.Sentences.WINDOW;

import java.util.List;
import java.util.Optional;

/** A headline that opens with a name and a colon: {@code Ruiz: Voters Worried About '…'}. */
final class HeadlineSpeakerSieve implements AttributionSieve {
  @Override
  public String name() {
    return "headline-speaker";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    return q.first().block() == -1 ? headlineSpeaker(ctx, q) : null;
  }

  // "McCain: Populist Anger Appeals to ‘Bad Angels’": a headline that starts with a name and a colon gives
  // the rest of the headline as that person's words.
  static Attributed headlineSpeaker(AttributionContext ctx, QuoteFinder.Found q) {
    String title = ctx.texts.get(0);
    // a name of at most five words: the colon is near the start, and only that stretch is read, once a quote
    int colon = -1;
    for (int i = 0; i < Math.min(title.length(), q.first().start()) && i < WINDOW; i++) {
      if (title.charAt(i) == ':') {
        colon = i;
        break;
      }
    }
    if (colon <= 0) {
      return null;
    }
    List<Words.Word> words = ctx.words(-1, 0, colon);
    if (words.isEmpty() || words.size() > 5) {
      return null;
    }
    for (int k = 1; k < words.size(); k++) {
      if (words.get(k).lower().equals("on")) {
        words = words.subList(0, k); // "Ruiz on the Strike: ‘…’": Ruiz speaks on the strike
        break;
      }
    }
    List<Words.Word> name = Names.trailingName(words);
    if (name.isEmpty() || name.size() < 2 && !ctx.people.knowsSurname(name.get(0).core()) && !ctx.namedInBody(name.get(0))
        || name.stream().anyMatch(w -> HEADLINE_LABELS.contains(w.lower()))) {
      return null;
    }
    return ctx.result(-1, title, name, ":", Optional.empty(), q);
  }
}
