package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.Newsdoc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.newsdoc.parser.internal.WrappedLinesTest.paragraphs;
import static io.github.newsdoc.parser.internal.WrappedLinesTest.wrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A heading printed right over its wrapped lead, at the text's start or after a blank line. */
class WrapHeadingsTest {
  private static final String LEAD = "The council of Glenharrow voted on Tuesday to build a new sea wall along the"
      + " old harbour front, ending a dispute between fishermen and the owners of the holiday flats that has"
      + " lasted for more than eleven years.";
  private static final String BODY = LEAD + "\n\n"
      + "Work on the wall will begin in the spring and is expected to take two years, the council said, with most"
      + " of the money coming from the regional coast fund and the rest from a levy on the moorings.\n\n"
      + "Fishermen said they were glad the long dispute was over but warned that the levy would fall hardest on"
      + " the smallest boats in the harbour.\n";
  // as wide as the wrap at 72: the wrap's evidence agrees with joining it to the lead's first line
  private static final String HEADLINE = "Glenharrow council approves a new sea wall for the old harbour frontage";
  private static final String CHROME = "Home\nWorld\nBusiness\nSport\nThe Glenharrow Courier\n";

  // A page that opens with its menu and the site's name, a blank line, then the headline glued over the wrapped
  // lead (or the headline alone at the text's start): the headline is the title, the lead its own paragraph.
  @Test
  void aHeadlineOverItsWrappedLeadStaysTheTitle() {
    for (String head : List.of(CHROME + "\n", "")) {
      String text = head + HEADLINE + "\n" + wrap(BODY, 72);
      Article a = Newsdoc.parse(text);
      assertEquals(HEADLINE, a.title(), text);
      assertEquals(paragraphs(Newsdoc.parse(head + HEADLINE + "\n\n" + BODY)), paragraphs(a), text);
      assertEquals(LEAD, paragraphs(a).get(0), text);
    }
  }

  @Test
  void theFirstLineOfABlockOverACapitalIsAHeading() {
    assertTrue(WrapHeadings.headingOver(lines(HEADLINE + "\n" + wrap(BODY, 72)), 1)); // the text's first line
    // after a blank line, over a line that opens with a capitalised word of grammar, which opens a sentence
    assertTrue(WrapHeadings.headingOver(lines("Harbour news\n\n" + HEADLINE + "\n" + wrap(BODY, 72)), 2));
    // after a blank line, over a name: a paragraph's first line broken before the name
    assertFalse(WrapHeadings.headingOver(lines("Harbour news\n\nThe council met on Tuesday with the owners and"
        + " Mayor Ilse\nVarn, who asked for the wall to be built before the winter storms\ncame.\n"), 2));
    // a line that ends on a word of grammar, or holds a sentence's end, is no heading
    assertFalse(WrapHeadings.headingOver(lines("The council met on\nTuesday with the owners of the flats and\nthe"
        + " mayor.\n"), 1));
    assertFalse(WrapHeadings.headingOver(lines("The council met. It voted for the wall at Glenharrow\nBay and"
        + " the owners of the\nflats.\n"), 1));
    // a wrapped paragraph's second line under its first, the line over that a paragraph's end
    List<Line> paragraph = lines("The harbour was quiet.\nThe council met on Tuesday with the owners of the"
        + " flats and\nMayor Ilse Varn, who asked for\nthe wall to be built.\n");
    assertFalse(WrapHeadings.headingOver(paragraph, 2));
    // a heading wrapped onto a second line, the end of its block
    assertFalse(WrapHeadings.headingOver(lines(HEADLINE + "\nAnd Its Quay\n\n" + BODY), 1));
    // a line that ends inside a sentence
    assertFalse(WrapHeadings.headingOver(lines("The survey was written by Dr.\nIlse Varn of the\nboard.\n"), 1));
    // a line under it in small letters
    assertFalse(WrapHeadings.headingOver(lines(HEADLINE + "\nand its quay\nwere built.\n"), 1));
  }

  // Lines over a wrapped lead that are no heading of it, or a heading already split off: the lead's lines are
  // one paragraph (review: a short headline, a date line, a greeting over the lead split it after its first line).
  @Test
  void aShortLineOverAWrappedLeadDoesNotSplitTheLead() {
    for (String over : List.of("Sea wall approved\n", "Glenharrow Courier\nSea wall approved\n",
        "By Ana Ruiz\nMarch 3, 2026\n", "Dear members,\n")) {
      Article a = Newsdoc.parse(over + wrap(BODY, 72));
      // the lead is read whole (as the title when nothing over it is a headline)
      assertTrue(paragraphs(a).contains(LEAD) || a.title().equals(LEAD), over + " -> " + paragraphs(a));
    }
  }

  // After a blank line, a paragraph whose first line a wrap broke before a name that opens with a capitalised word
  // of grammar ("The Harbour Gazette", "The Hague") is one paragraph.
  @Test
  void aNameOpeningWithAWordOfGrammarIsNoSentencesStart() {
    assertFalse(WrapHeadings.headingOver(lines("Harbour news\n\n\u201cWe will all be back at work at six on Tuesday,"
        + "\u201d Velden told\nThe Harbour Gazette on Monday, adding that the union would\nhold its vote at the old"
        + " customs hall later in the week.\n"), 2));
    assertFalse(WrapHeadings.headingOver(lines("Harbour news\n\nThe envoys will travel from Tarrant to meet in\n"
        + "The Hague next week, officials said on Monday after the\ntalks.\n"), 2));
  }

  private static List<Line> lines(String text) {
    return SourceReader.lines(text, SourceReader.Limits.NONE, m -> { });
  }
}
