package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines at an article's end that are not its paragraphs; the lines are made up. */
class ArticleEndsTest {
  private static final String PROSE = "The harvest started two weeks early this year, growers said on Friday, after a"
      + " warm spring and a dry summer that ripened the fruit sooner than anyone in the valley expected.";

  private static Segment line(String text, String wanted) {
    List<Segment> segments = new Segmenter(List.of(RuleSet.standard()))
        .segment(LineSplitter.split(text, 1 << 20, 1 << 20));
    return segments.stream().filter(s -> s.line().text().equals(wanted)).findFirst().orElseThrow();
  }

  @Test
  void aNoticeRightAboveTheFooterIsTheSites() {
    String notice = "Catch up on the harvest with our weekly farming podcast.";
    String text = "Orchard harvest starts early\n\n" + PROSE + "\n\n" + PROSE + " Again.\n\n" + notice
        + "\n\nMost popular\n\nPickers strike at the cannery\n";
    Segment s = line(text, notice);
    assertEquals(LineRole.BOILERPLATE, s.role());
    assertEquals("notice:above-footer", s.rule());
    // without the footer's marker under it, a clean article keeps the line
    assertEquals(LineRole.PARAGRAPH, line("Orchard harvest starts early\n\n" + PROSE + "\n\n" + notice + "\n\n" + PROSE
        + " Again.\n", notice).role());
  }

  @Test
  void aNoteOnWhereTheStoryFirstAppearedIsNoParagraph() {
    String note = "This article was originally published by the Valley Post.";
    assertEquals(LineRole.BOILERPLATE, line("Orchard harvest starts early\n\n" + PROSE + "\n\n" + note + "\n", note).role());
    String update = "This article has been updated to correct the date of the harvest festival.";
    assertEquals(LineRole.PARAGRAPH, line("Orchard harvest starts early\n\n" + PROSE + "\n\n" + update + "\n", update).role());
  }

  @Test
  void aPrintEditionsNoteIsNoParagraph() {
    for (String note : List.of("A version of this article appears in print on March 15, 2024, Section A, Page 12 of "
        + "the City edition with the headline: Harvest Starts Early.", "This story appears in the print edition of the Valley Post.",
        "Published in the print edition on March 15, 2024, of the Valley Post, under the title \"Harvest starts early\".")) {
      assertEquals(LineRole.BOILERPLATE, line("Orchard harvest starts early\n\n" + PROSE + "\n\n" + note + "\n", note)
          .role(), note);
    }
    String prose = "This article appears in print for the first time since the orchard closed.";
    assertEquals(LineRole.PARAGRAPH, line("Orchard harvest starts early\n\n" + PROSE + "\n\n" + prose + "\n", prose).role());
  }

  @Test
  void whereTheReportersWroteFromIsNoParagraph() {
    String where = "Reporting from Oakmere, Vale.";
    assertEquals(LineRole.BOILERPLATE, line("Orchard harvest starts early\n\nBy Jo Park\n" + where + "\n\n" + PROSE + "\n",
        where).role());
    String prose = "Reporting from Oakmere is hard in winter.";
    assertEquals(LineRole.PARAGRAPH, line("Orchard harvest starts early\n\n" + PROSE + "\n\n" + prose + "\n", prose).role());
  }

  @Test
  void informationUsedInTheReportIsACredit() {
    String used = "Information from Valley Stats was used in this report.";
    Segment s = line("Orchard harvest starts early\n\n" + PROSE + "\n\n" + used + "\n", used);
    assertEquals(LineRole.CREDITS, s.role());
    assertEquals(java.util.Optional.of(List.of("Valley Stats")), CreditLines.parse(used));
  }

  @Test
  void theCommentsUnderAnArticleAreThePages() {
    String heading = "3 thoughts on \u201cOrchard harvest starts early\u201d";
    String comment = "Lovely piece, we picked ours last week and the pears were sweeter than ever.";
    String text = "Orchard harvest starts early\n\n" + PROSE + "\n\n" + PROSE + " Again.\n\n" + heading + "\n\n" + comment + "\n";
    assertEquals(LineRole.BOILERPLATE, line(text, heading).role());
    assertEquals(LineRole.BOILERPLATE, line(text, comment).role());
  }

  @Test
  void aCopyrightNoticeNamingTheDocumentIsTheSites() {
    String notice = "This document is subject to copyright and may not be reproduced without permission.";
    String text = "Orchard harvest starts early\n\n" + PROSE + "\n\n" + notice + "\n\nMost popular\n\nPickers strike\n";
    assertEquals(LineRole.BOILERPLATE, line(text, notice).role());
  }

  @Test
  void aRelatedHeadingWithAnEllipsisEndsTheArticle() {
    String teaser = "Who will pick the orchard queen this year?";
    for (String heading : new String[] {"You may also like...", "Related stories:", "Most read \u2026"}) {
      String text = "Orchard harvest starts early\n\n" + PROSE + "\n\n" + PROSE + " Again.\n\n" + heading + "\n\n" + teaser + "\n";
      assertEquals(LineRole.BOILERPLATE, line(text, teaser).role(), heading);
    }
  }

  @Test
  void howToReachTheAuthorIsTheirBio() {
    String contact = "Have a tip? Jo Park may be reached at jpark@example.com.";
    Segment s = line("Orchard harvest starts early\n\nBy Jo Park\n\n" + PROSE + "\n\n" + PROSE + " Again.\n\n" + contact
        + "\n", contact);
    assertEquals(LineRole.BOILERPLATE, s.role());
    assertEquals(AuthorBios.BIO_RULE, s.rule());
  }
}
