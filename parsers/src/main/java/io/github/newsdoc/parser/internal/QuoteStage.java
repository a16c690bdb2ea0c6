package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.model.Position;
import io.github.newsdoc.model.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Adds the quotes and their attributions to an assembled article. */
public final class QuoteStage {
  private QuoteStage() {}

  /**
   * Returns the article with its quotes; {@code unclosed} is told the block and offset of each opening mark
   * that was never closed.
   */
  public static Article apply(Article article, BiConsumer<Integer, Integer> unclosed) {
    return apply(article, tokens(article), Integer.MAX_VALUE, unclosed, found -> { });
  }

  /** Tokens of the article's title and blocks, to share between stages. */
  public static Tokens tokens(Article article) {
    List<String> all = new ArrayList<>(article.blocks().size() + 1);
    all.add(article.title());
    article.blocks().forEach(b -> all.add(b.text()));
    return new Tokens(all);
  }

  /**
   * Returns the article with at most {@code maxQuotes} quotes; when there are more, {@code cut} is told the
   * first one left out, and the rest of the article keeps no quotes.
   */
  public static Article apply(Article article, Tokens tokens, int maxQuotes, BiConsumer<Integer, Integer> unclosed,
      java.util.function.Consumer<QuoteFinder.Segment> cut) {
    List<String> texts = texts(article);
    List<QuoteFinder.Found> found = QuoteFinder.find(texts);
    if (found.isEmpty()) {
      return article;
    }
    if (found.size() > maxQuotes) {
      cut.accept(found.get(maxQuotes).first());
      found = found.subList(0, maxQuotes);
    }
    List<Optional<Attributed>> attributions = Attributor.attributeAll(texts, tokens, found,
        PersonIndex.build(texts, tokens, found));
    List<Quote> quotes = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      QuoteFinder.Found f = found.get(i);
      boolean partial = partial(f, texts);
      if (partial && attributions.get(i).isEmpty() && isShort(f, texts) && !exclaims(f, texts)) {
        continue; // a scare quote ("the so-called 'deal'") or a term, not words anyone is credited with
      }
      if (f.unclosed()) {
        unclosed.accept(f.first().block(), f.first().start() - 1);
      }
      StringBuilder text = new StringBuilder();
      for (QuoteFinder.Segment s : f.segments()) {
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(texts.get(s.block() + 1), s.start(), s.end());
      }
      quotes.add(Quote.builder()
          .text(text.toString())
          .start(Position.of(f.first().block(), f.first().start()))
          .end(Position.of(f.last().block(), f.last().end()))
          .partial(partial)
          .attribution(attributions.get(i).map(Attributed::attribution))
          .build());
    }
    return article.withQuotes(quotes);
  }

  /** Whether the quote is at most {@value #SHORT} words. */
  static boolean isShort(QuoteFinder.Found f, List<String> texts) {
    if (f.segments().size() > 1) {
      return false;
    }
    QuoteFinder.Segment s = f.first();
    return s.end() - s.start() < 60
        && Text.words(Text.normalise(texts.get(s.block() + 1).substring(s.start(), s.end()))) <= SHORT;
  }

  static final int SHORT = 2;

  // "You lie!", "Too many.": a sentence of its own, however short, is something someone said.
  private static boolean exclaims(QuoteFinder.Found f, List<String> texts) {
    QuoteFinder.Segment s = f.first();
    String quoted = texts.get(s.block() + 1).substring(s.start(), s.end());
    return Text.endsSentence(quoted) && Character.isUpperCase(quoted.codePointAt(0));
  }

  /** The title and the paragraphs' texts; null for captions, which hold no speech. */
  static List<String> texts(Article article) {
    List<String> texts = new ArrayList<>(article.blocks().size() + 1);
    texts.add(article.title());
    for (Block b : article.blocks()) {
      texts.add(b instanceof Paragraph ? b.text() : null);
    }
    return texts;
  }

  // A quote is whole when it starts a sentence (or follows a colon, a comma or a dash) with a capital;
  // otherwise it is a fragment inside the writer's sentence.
  static boolean partial(QuoteFinder.Found f, List<String> texts) {
    if (f.segments().size() > 1) {
      return false;
    }
    QuoteFinder.Segment s = f.first();
    String text = texts.get(s.block() + 1);
    int first = text.codePointAt(s.start());
    if (!Character.isUpperCase(first) && !Character.isDigit(first) && !Character.isLetter(first)
        || Character.isLowerCase(first)) {
      return true;
    }
    int i = s.start() - 2;
    while (i >= 0 && Text.isSpace(text.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    return ":,.!?—–-([".indexOf(c) < 0 && !QuoteFinder.isDouble(c) && !QuoteFinder.isSingle(c);
  }
}
