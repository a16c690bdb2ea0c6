package io.github.newsdoc.parser.internal;

/**
 * Finds the quotes of the title and the paragraphs. Needs the texts; adds {@link Doc#found}, at most
 * {@code maxQuotes} of them (a problem says where the rest were cut).
 */
final class QuotesStage implements Stage {
  private final int maxQuotes;

  QuotesStage(int maxQuotes) {
    this.maxQuotes = maxQuotes;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public void apply(Doc doc) {
    doc.found = QuoteFinder.find(doc.speech, doc.tokens);
    if (doc.found.size() > maxQuotes) {
      QuoteFinder.Segment first = doc.found.get(maxQuotes).first();
      doc.problem(first.block(), first.start() - 1,
          "more than the limit of " + maxQuotes + " quotes; quotes from here on are not reported");
      doc.found = doc.found.subList(0, maxQuotes);
    }
  }
}
