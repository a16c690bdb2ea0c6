package io.github.newsdoc.parser.internal;

import java.util.Optional;

/**
 * A headline that ends on a claim in quotation marks after a short subject, with no speaker of its own
 * ({@code Port plan 'will cost jobs'}, {@code Ferry firm 'to cut winter sailings'}): the headline reports what
 * the article's sources say, and it is credited as the body's first quote credited from its own sentence is.
 * A quote that opens the headline, a question, a headline whose quote is followed by more words, and a fragment
 * of one or two words (a term, which stays uncredited and is left out of the quotes) are left alone.
 */
final class HeadlineClaimSieve implements AttributionSieve {
  // the most words a headline's subject has before its claim
  private static final int SUBJECT_WORDS = 6;

  @Override
  public String name() {
    return "headline-claim";
  }

  @Override
  public Attributed attribute(int index, QuoteFinder.Found q, AttributionContext ctx) {
    if (q.first().block() != -1 || q.last().block() != -1 || !claimShape(ctx.texts.get(0), q)
        || QuoteShapes.term(q, ctx.texts, QuoteShapes.partial(q, ctx.texts))
        || QuoteShapes.titled(q, ctx.texts) || QuoteShapes.cited(q, ctx.texts)) {
      return null; // a term or a title stays one: this sieve credits claims the article already quotes
    }
    for (int j = 0; j < ctx.quotes.size(); j++) {
      Optional<Attributed> own = ctx.own.get(j);
      if (ctx.quotes.get(j).first().block() >= 0 && own.isPresent()) {
        return own.get();
      }
    }
    return null;
  }

  // Whether the title is a short subject, then the quote, then nothing but closing marks and a full stop.
  static boolean claimShape(String title, QuoteFinder.Found q) {
    int open = q.first().start() - 1; // the opening mark
    if (open <= 0) {
      return false;
    }
    for (int i = q.last().end(); i < title.length(); i++) {
      char c = title.charAt(i);
      if (!Text.isSpace(c) && c != '.' && c != '\'' && c != '"' && c != '\u2019' && c != '\u201d') {
        return false; // more words, a question mark, a colon: not a headline ending on a claim
      }
    }
    String before = title.substring(0, open).strip();
    if (before.isEmpty() || before.indexOf(':') >= 0 || before.indexOf('?') >= 0 || before.indexOf('\u2013') >= 0
        || before.indexOf('\u2014') >= 0 || before.endsWith("-")) {
      return false; // "Name: '…'" is a speaker's label (another sieve's), "… – '…'" a second headline
    }
    return Text.words(Text.collapse(before)) <= SUBJECT_WORDS && Character.isUpperCase(before.codePointAt(0));
  }
}
