package io.github.newsdoc.parser;

import static io.github.newsdoc.parser.QuotesTest.only;
import static io.github.newsdoc.parser.QuotesTest.parse;
import static io.github.newsdoc.parser.QuotesTest.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Quote;
import io.github.newsdoc.model.Attribution;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotes in a headline and who said them: a name and a colon, a title-case subject and verb, labels. */
class HeadlineQuotesTest {
  @Test
  void headlineQuotes() {
    Article a = Newsdoc.parse("'We will not back down', says minister\n\nThe minister spoke on Monday.\n");
    Quote q = only(a);
    assertEquals(-1, q.start().block());
    assertEquals("We will not back down", q.text());
    assertEquals("says", q.attribution().orElseThrow().cue());

    // a name and a colon open the headline: the rest of it is that person's
    Article b = Newsdoc.parse("Cole: Harbour Strike Will End 'When the Offer Is Fair'\n\nInes Cole spoke on Monday.\n");
    Quote r = only(b);
    assertEquals("When the Offer Is Fair", r.text());
    assertEquals("Ines Cole", speaker(r));
    assertEquals(":", r.attribution().orElseThrow().cue());

    // the colon's speaker comes first, before a subject and verb inside the quoted headline
    Quote c = only(Newsdoc.parse("Ana Ruiz: Dock Workers Worried About Pay; It Is 'in Their Heads'\n\n"
        + "Ana Ruiz spoke on Monday.\n"));
    assertEquals("Ana Ruiz", speaker(c));
    // "X on Y:" — X speaks on Y; a one-word name counts when the article names it again
    Quote d = only(Newsdoc.parse("Brennick on Cole Leaving Office: 'I Think She Will'\n\nBrennick spoke on Monday.\n"));
    assertEquals("Brennick", speaker(d));
    Quote e = only(Newsdoc.parse("Portwatch: Harbour Fees Are Up, 'Thousands of Ships' Hit\n\nPortwatch counted ships.\n"));
    assertEquals("Portwatch", speaker(e));
    // a title-case headline's opening subject and verb
    Article g = Newsdoc.parse("Dock Workers Rip Harbour Board As A 'Heartless Machine'\n\nThe board met.\n");
    Attribution f = only(g).attribution().orElseThrow();
    assertEquals("Rip", f.cue());
    assertEquals("Dock Workers", g.textOf(f.mention().orElseThrow()));
    // a question or a list is no statement by its opening words
    for (String h : List.of("Why Reyes Calls It 'Rigged'", "5 Things Reyes Says 'Matter Most Now'")) {
      Article w = Newsdoc.parse(h + "\n\nThe board met.\n");
      assertTrue(w.quotes().stream().allMatch(x -> x.attribution().isEmpty()), () -> h + ": " + w.quotes());
    }

    // found by review: a label is not a name ("Fact Check", "Watch Live", "Live Updates")
    for (String label : List.of("Fact Check", "Watch Live", "Live Updates", "Full Text")) {
      Quote l = only(Newsdoc.parse(label + ": Harbour Strike Will End 'When the Offer Is Fair'\n\nThe board met.\n"));
      assertEquals(Optional.empty(), l.attribution(), label);
      Quote m = only(Newsdoc.parse(label + ": 'We Will Not Back Down'\n\nThe board met.\n"));
      assertEquals(Optional.empty(), m.attribution(), label);
    }
  }

  @Test
  void aLabelTheBodyOnlyOpensASentenceWithIsNotAName() {
    // found by review: "Warning signs" in the body does not make "Warning:" a speaker
    Quote w = only(Newsdoc.parse("Warning: 'Do Not Drink the Water'\n\nWarning signs went up at the port.\n"));
    assertEquals(Optional.empty(), w.attribution());
  }
}
