package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Sentence boundaries indexed once answer as a scan back from the offset would. */
class SentenceIndexTest {
  private static final Gen<String> TEXTS = strings().betweenCodePoints(0, 11).ofLengthBetween(1, 80)
      .map(s -> s.chars().mapToObj(c -> String.valueOf("ab Mr.U!?\u201c\u201d ".charAt(c))).reduce("", String::concat));

  @Test
  void theClauseStartIsTheLastBoundaryWithinTheWindow() {
    qt().withExamples(5_000).forAll(TEXTS, integers().between(0, 80), integers().between(1, 30))
        .checkAssert((text, m, window) -> {
          int mark = Math.min(m, text.length());
          SentenceIndex index = new SentenceIndex(text, new Marks(text));
          assertEquals(scan(text, mark, window, false), index.clauseStart(mark, window, false), text + " @" + mark);
          assertEquals(scan(text, mark, window, true), index.clauseStart(mark, window, true), text + " @" + mark);
        });
  }

  @Test
  void aDotBeforeALowerCaseWordEndsNoSentence() {
    // a name's suffix and a company's abbreviation: "Jr. said", "Corp. said"
    String text = "Robert Casey Jr. said so. Acme Corp. said no. It left.";
    SentenceIndex index = new SentenceIndex(text, new Marks(text));
    assertEquals(0, index.clauseStart(text.indexOf("said so"), 400, false));
    assertEquals(text.indexOf(" Acme"), index.clauseStart(text.indexOf("said no"), 400, false));
    assertEquals(text.indexOf(" It"), index.clauseStart(text.length(), 400, false));
  }

  @Test
  void anAbbreviationEndsNoSentence() {
    String text = "Mr. Cole spoke. Then he left.";
    assertEquals(15, new SentenceIndex(text, new Marks(text)).clauseStart(20, 400, false)); // just after "spoke."
    assertEquals(0, new SentenceIndex(text, new Marks(text)).clauseStart(12, 400, false));
  }

  @Test
  void aClauseStartsAfterTheMarkClosingTheQuoteBefore() {
    String text = "\u201cWe stay,\u201d she said, \u201cand win.\u201d";
    int mark = text.lastIndexOf('\u201c');
    assertEquals(text.indexOf('\u201d') + 1, new SentenceIndex(text, new Marks(text)).clauseStart(mark, 400, false));
    assertEquals(0, new SentenceIndex(text, new Marks(text)).clauseStart(mark, 400, true));
  }

  // The scan the index replaces: back from the offset, at most window characters.
  private static int scan(String text, int mark, int window, boolean overQuotes) {
    int limit = Math.max(0, mark - window);
    for (int i = mark - 1; i > limit; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && (Text.isSpace(text.charAt(i + 1))
          || overQuotes && i + 2 < text.length() && QuoteFinder.isDouble(text.charAt(i + 1))
          && Text.isSpace(text.charAt(i + 2))) && !Sentences.abbreviation(text, i)) {
        return i + 1;
      }
      if (!overQuotes && QuoteFinder.isDouble(c) && i < mark - 1) {
        return i + 1;
      }
    }
    return limit;
  }
}
