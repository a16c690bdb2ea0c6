package io.github.newsdoc.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Attribution;
import io.github.newsdoc.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A right single mark inside a curly double quote is an apostrophe ("the voters’ anger") as long as the
 * quote's own right double mark still follows before another quote opens: it never cuts the quote, and the
 * quote keeps its speaker. Checked over generated quotes with plural possessives anywhere in them.
 */
class QuoteMarksPropertiesTest {
  private static final List<String> WORDS = List.of("the", "plan", "is", "fair", "and", "we", "will", "stay",
      "until", "harbour", "rules", "change", "today", "for", "all");
  private static final List<String> PLURALS = List.of("voters’", "workers’", "Democrats’", "ministers’",
      "families’", "the councils’");
  private static final List<String> SPEAKERS = List.of("Ivo Marek", "Ana Varden", "Tom Okafor");

  private static Gen<String> pick(List<String> values) {
    return SourceDSL.integers().between(0, values.size() - 1).map(values::get);
  }

  @Test
  void aPluralPossessiveNeverClosesTheQuote() {
    Gen<List<String>> words = SourceDSL.lists().of(pick(WORDS)).ofSizeBetween(2, 12);
    Gen<int[]> at = SourceDSL.integers().between(0, 12).zip(SourceDSL.integers().between(0, PLURALS.size() - 1),
        (i, p) -> new int[] {i, p});
    qt().withExamples(ParserPropertiesTest.EXAMPLES)
        .forAll(words, at, pick(SPEAKERS), SourceDSL.booleans().all())
        .checkAssert((w, a, speaker, after) -> {
          List<String> quoted = new java.util.ArrayList<>(w);
          quoted.add(Math.min(a[0], quoted.size()), PLURALS.get(a[1]));
          String body = String.join(" ", quoted);
          String text = Character.toUpperCase(body.charAt(0)) + body.substring(1);
          String sentence = after ? "“" + text + ",” said " + speaker + "."
              : speaker + " said: “" + text + ".”";
          Article article = Newsdoc.parse("Harbour vote\n\nThe council met on Monday.\n\n" + sentence + "\n");
          assertEquals(1, article.quotes().size(), sentence);
          Quote q = article.quotes().get(0);
          assertEquals(after ? text + "," : text + ".", q.text(), sentence);
          assertEquals(speaker, q.attribution().map(Attribution::speaker).orElse("-"), sentence);
        });
  }
}
