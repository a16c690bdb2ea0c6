package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.Sentences.restIsPunctuation;

import java.util.List;
import java.util.Optional;

/** A quote that ends its paragraph, signed in the next one: {@code — Ana Ruiz}, {@code Ana Ruiz, Policy Institute.} */
final class SignatureSieve implements AttributionSieve {
  @Override
  public String name() {
    return "signature";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    boolean last = index + 1 == ctx.quotes.size()
        || ctx.quotes.get(index + 1).first().block() > q.last().block() + 1;
    return last ? signature(ctx, q) : null;
  }

  // A quote that ends its paragraph, signed in the next one: "— Ana Ruiz", "- Ana Ruiz, Tucson.", "Ana Ruiz,
  // Policy Institute." A dash, or a line too short to be prose that starts with a name.
  static Attributed signature(AttributionContext ctx, QuoteFinder.Found q) {
    int block = q.last().block() + 1;
    String own = ctx.texts.get(q.last().block() + 1);
    if (block + 1 >= ctx.texts.size() || ctx.texts.get(block + 1) == null || !restIsPunctuation(own, q.last().end())) {
      return null;
    }
    String text = ctx.texts.get(block + 1);
    if (text.length() > 120) {
      return null;
    }
    int i = 0;
    boolean dash = false;
    while (i < text.length() && ("-—–―~".indexOf(text.charAt(i)) >= 0 || Text.isSpace(text.charAt(i)))) {
      dash |= !Text.isSpace(text.charAt(i));
      i++;
    }
    int end = text.indexOf(',', i);
    int to = end < 0 ? text.length() : end;
    while (to > i && ".\"”' ".indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    List<Words.Word> words = ctx.words(block, i, to);
    if (words.isEmpty() || words.size() > 5 || !dash && end < 0) {
      return null;
    }
    List<Words.Word> name = Names.trailingName(words);
    if (name.size() != words.size() || name.size() < 2 && !ctx.people.knowsSurname(name.get(0).core())) {
      return null;
    }
    return ctx.result(block, text, name, "—", Optional.empty(), q);
  }
}
