package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.model.Dateline;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.RuleSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Credits of captions, reporting credits and datelines in the forms in general use; the lines are made up. */
class CaptionCreditsTest {
  private static List<Segment> segments(String text) {
    return new Segmenter(List.of(RuleSet.standard())).segment(LineSplitter.split(text, 1 << 20, 1 << 20));
  }

  private static Article article(String text) {
    return ArticleAssembler.assemble(segments(text)).article();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Pickers sort apples at an orchard near Oakmere on Friday. (WP Photo/Lena Ortt)|WP Photo/Lena Ortt",
    "Pickers sort apples at an orchard near Oakmere on Friday. (Lena Ortt/Valley Post)|Lena Ortt/Valley Post",
    "Pickers sort apples at an orchard near Oakmere on Friday [Wire Images]|Wire Images",
    "Pickers sort apples at an orchard near Oakmere on Friday. Photograph: Lena Ortt/Wireline|Lena Ortt/Wireline",
    "Pickers sort apples at an orchard near Oakmere on Friday (Photo: Lena Ortt)|Lena Ortt",
    "Photo: Pickers sort apples at an orchard near Oakmere on Friday. (Oakmere Council)|Oakmere Council",
    "Image: Pickers sort apples at an orchard near Oakmere on Friday. (Valley Post: Lena Ortt)|Valley Post: Lena Ortt",
    "Pickers sort apples at an orchard near Oakmere on Friday. © Lena Ortt|Lena Ortt",
    "Pickers sort apples at an orchard near Oakmere on Friday. — LENA ORTT/WIRE IMAGES|LENA ORTT/WIRE IMAGES",
    "Pickers sort apples at an orchard near Oakmere on Friday. LENA ORTT/THE VALLEY POST|LENA ORTT/THE VALLEY POST",
    // the outlet first, the photographer after the slash
    "Pickers sort apples at an orchard near Oakmere on Friday. GAZETTE/LENA ORTT|GAZETTE/LENA ORTT",
    "Pickers sort apples at an orchard near Oakmere on Friday. Lena Ortt / Wire Images file|Lena Ortt / Wire Images file",
    "Pickers sort apples at an orchard near Oakmere on Friday. L. Ann Ortt / AFP|L. Ann Ortt / AFP",
    "Pickers sort apples at an orchard near Oakmere on Friday. — Screengrab|Screengrab",
    "Pickers sort apples at an orchard near Oakmere on Friday. – File photo|File photo",
    // the labels of other languages
    "Pickers sort apples at an orchard near Oakmere on Friday. Zdjęcie: Lena Ortt|Lena Ortt",
    "Pickers sort apples at an orchard near Oakmere on Friday (Bild: Lena Ortt/Wireline)|Lena Ortt/Wireline",
    // a label in capitals after the last sentence
    "Pickers sort apples at an orchard near Oakmere on Friday. PHOTO: Valley Post|Valley Post",
    // a photographer's name after a dash, with the outlet's or the job's word after a slash
    "Pickers sort apples at an orchard near Oakmere on Friday. – Lena Ortt/Photographer|Lena Ortt/Photographer",
    // a courtesy in brackets
    "Pickers sort apples at an orchard near Oakmere on Friday. (Photo courtesy of Oakmere Council)"
        + "|Photo courtesy of Oakmere Council"})
  void aCreditAtTheEndOfACaption(String line, String credit) {
    Captions.Parts parts = Captions.standalone(line).or(() -> Captions.bracketedCredit(line)).orElseThrow();
    assertEquals(Optional.of(credit), parts.credit());
    assertEquals("Pickers sort apples at an orchard near Oakmere on Friday", parts.text().replaceAll("\\.$", ""));
  }

  // A bar between the caption and its label, which is no part of the text; the label in any case after it.
  @Test
  void aBarBeforeThePhotoLabel() {
    for (String label : List.of("Photo", "foto", "FOTO")) {
      Captions.Parts parts = Captions.standalone(
          "Pickers sort apples at an orchard near Oakmere on Friday. | " + label + ": Lena Ortt, Valley Post").orElseThrow();
      assertEquals(Optional.of("Lena Ortt, Valley Post"), parts.credit());
      assertEquals("Pickers sort apples at an orchard near Oakmere on Friday.", parts.text());
    }
  }

  // A label in another case than its list's within a sentence is a word of the sentence, not a credit's label.
  @Test
  void aLabelInLowerCaseInsideASentenceIsNoCredit() {
    assertEquals(Optional.empty(), Captions.standalone("He kept looking at the photo: it showed his brother on the pier."));
    // nor a label that is no picture's, in capitals, before a video's title
    assertEquals(Optional.empty(), Captions.standalone("Hundreds gathered on the quay on Friday to watch the last boat"
        + " leave. VIDEO: Ferry leaves Ostby for the last time"));
  }

  // A bar may stand for the label's colon: "Photo | Name | Outlet" after the caption's last sentence.
  @Test
  void aBarAfterThePhotoLabel() {
    for (String credit : List.of("Lena Ortt | Valley Post", "File | Valley Post")) {
      Captions.Parts parts = Captions.standalone(
          "Pickers sort apples at an orchard near Oakmere on Friday. Photo | " + credit).orElseThrow();
      assertEquals(Optional.of(credit), parts.credit());
      assertEquals("Pickers sort apples at an orchard near Oakmere on Friday.", parts.text());
    }
    // a menu's bars after a word that is no label, or a menu of one-word entries after a label
    assertEquals(Optional.empty(), Captions.standalone("Pickers sort apples at an orchard near Oakmere. News | Sport"));
    assertEquals(Optional.empty(), Captions.standalone("Pickers sort apples at an orchard near Oakmere. Photo | Video"
        + " | Podcasts"));
  }

  @Test
  void theSitesOwnNameUnderASentenceCreditsItsPicture() {
    String head = "Harbour board backs second ferry | Coast Courier\n\nHarbour board backs second ferry\n\n"
        + "The board voted on Tuesday to fund a second ferry to the island.\n\n";
    String caption = "The old ferry leaves the quay at dawn on Monday.";
    Article a = article(head + caption + "\nCoast Courier\n\nThe boat will enter service next summer.\n");
    assertEquals(1, a.captions().size(), a.toString());
    assertEquals(caption, a.captions().get(0).text());
    assertEquals(Optional.of("Coast Courier"), a.captions().get(0).credit());
    // the last paragraph glued over the site's name in the footer is no caption
    a = article("Storm closes coast road | Coast Courier\n\nStorm closes coast road\n\nThe coast road was closed on"
        + " Monday after a storm.\nCrews cleared the debris by nightfall.\nThe road reopened on Tuesday morning.\n"
        + "Coast Courier\nAbout us\n");
    assertEquals(List.of(), a.captions(), a.toString());
    // under a line that ends no sentence (a headline in a list of the site's stories), it is no credit
    a = article(head + "Ferry fares to rise in spring\nCoast Courier\n\nThe boat will enter service next summer.\n");
    assertEquals(List.of(), a.captions(), a.toString());
  }

  @Test
  void aDashBeforeWordsThatCreditNoPictureMakesNoCaption() {
    // a name alone after a dash signs a letter, an epigraph or a quotation as often as it credits a picture
    assertEquals(Optional.empty(), Captions.standalone("Pickers sort apples at an orchard near Oakmere. — Lena Ortt"));
    assertEquals(Optional.empty(), Captions.standalone(
        "\u201cWe will pick every last apple before the frost comes.\u201d — Lena Ortt"));
    // a wire story signs its last paragraph with the agency after a dash: no caption
    assertEquals(Optional.empty(), Captions.standalone(
        "The government has promised emergency funds for the worst-hit districts. — Wire"));
    assertEquals(Optional.empty(), Captions.standalone(
        "The government has promised emergency funds for the worst-hit districts. — AFP"));
    assertEquals(Optional.empty(), Captions.standalone("The growers met the minister on Friday. — The Valley Post"));
  }

  // After a bar, a photographer's name and the outlet.
  @Test
  void aPhotographerAfterABar() {
    for (String credit : List.of("Lena Ortt/Valley Post")) {
      Captions.Parts parts = Captions.standalone("Pickers sort apples at an orchard near Oakmere on Friday | " + credit)
          .orElseThrow();
      assertEquals("Pickers sort apples at an orchard near Oakmere on Friday", parts.text());
      assertEquals(Optional.of(credit), parts.credit());
    }
  }

  // "Headline | Site" is a browser's title: after a bar, a site's or an author's name makes no credit.
  @Test
  void aHeadlineBeforeItsSitesNameAfterABarIsNoCaption() {
    assertEquals(Optional.empty(), Captions.standalone(
        "Oakmere's last cider press to close as the orchard is sold | Kowloon Courier"));
    assertEquals(Optional.empty(), Captions.standalone(
        "Oakmere Growers Lash Out at Council Over Orchard Sale | Maria Ortt"));
    // nor a name alone after a headline in sentence case: its author's
    assertEquals(Optional.empty(), Captions.standalone("Why our town still needs its night buses | Helen Marsh"));
  }

  @Test
  void aGroupPhotosCaptionOpensWithTheOrderOfItsPeople() {
    String caption = "L-R: Mayor Ana Ruiz, councillor Jo Park and the harbour master, Tom Ede, at the quay on Friday.";
    Article a = article("Harbour board backs second ferry\n\nThe board voted on Tuesday to fund a second ferry to the"
        + " island.\n\n" + caption + "\n\nThe boat will enter service next summer, the board said.\n");
    assertEquals(1, a.captions().size(), a.toString());
    assertEquals(caption, a.captions().get(0).text());
    assertEquals(Optional.empty(), a.captions().get(0).credit());
    for (String line : List.of("From left: Ana Ruiz and Jo Park at the quay.", "(L-R) Ana Ruiz and Jo Park at the quay.",
        "Left to right: Ana Ruiz and Jo Park.", "Clockwise from top left: the quay, the boat and the tower.")) {
      assertEquals(true, GroupCaptions.is(line), line);
    }
    assertEquals(false, GroupCaptions.is("Left behind by the ferry, the islanders waited for hours."));
    assertEquals(false, GroupCaptions.is("From left-wing parties came the loudest complaints."));
    assertEquals(false, GroupCaptions.is("From left, right and centre, critics lined up to condemn the plan."));
  }

  @Test
  void aCaptionKnownAsOneMayEndWithAnyCreditInBrackets() {
    assertEquals(Optional.of("Oakmere Council"),
        Captions.splitCredit("Pickers sort apples at an orchard near Oakmere on Friday. (Oakmere Council)").credit());
    assertEquals(Optional.empty(),
        Captions.bracketedCredit("Pickers sort apples at an orchard near Oakmere on Friday. (Oakmere Council)"));
    assertEquals(Optional.empty(), Captions.bracketedCredit("Growers expect a record crop this autumn. [Daily Post.]"));
    assertEquals(Optional.empty(),
        Captions.splitCredit("Pickers sort apples at an orchard near Oakmere. (Published Friday, May 3, 2024)").credit());
  }

  @Test
  void linesThatEachCiteASourceInBracketsAreNotCaptions() {
    List<Segment> s = segments("Orchard harvest starts early\n\n"
        + "-Growers expect a record crop this autumn. [Farm/Wire]\n"
        + "-Prices for pickers rose by a tenth. [Wage/Wire]\n\n"
        + "The harvest started two weeks early this year, growers said on Friday, after a warm spring.\n\n"
        + "Pickers sort apples at an orchard near Oakmere on Friday. (Lena Ortt/Valley Post)\n\n"
        + "The harvest started two weeks early this year, growers said on Friday, after a warm spring.\n");
    assertEquals(LineRole.PARAGRAPH, s.get(1).role());
    assertEquals(LineRole.PARAGRAPH, s.get(2).role());
    assertEquals(LineRole.CAPTION, s.get(4).role());
  }

  @Test
  void aCreditLineUnderACaptionIsTheCaptionsCredit() {
    String text = "Orchard harvest starts early\n\n"
        + "Pickers sort apples at an orchard near Oakmere on Friday.\nCredit: Lena Ortt/Wireline\n\n"
        + "The harvest started two weeks early this year, growers said on Friday, after a warm spring.\n";
    List<Segment> s = segments(text);
    assertEquals(LineRole.CAPTION, s.get(1).role());
    assertEquals(LineRole.CAPTION_CREDIT, s.get(2).role());
    Caption caption = article(text).captions().get(0);
    assertEquals("Pickers sort apples at an orchard near Oakmere on Friday.", caption.text());
    assertEquals(Optional.of("Lena Ortt/Wireline"), caption.credit());
  }

  @Test
  void aCaptionedPhotoPrintedAgainIsOneCaption() {
    String caption = "Pickers sort apples at an orchard near Oakmere on Friday.\nCredit: Lena Ortt/Wireline\n\n";
    Article a = article("Orchard harvest starts early\n\n" + caption
        + "The harvest started two weeks early this year, growers said on Friday, after a warm spring.\n\n" + caption);
    assertEquals(1, a.captions().size());
    assertEquals(List.of("Pickers sort apples at an orchard near Oakmere on Friday.", "Credit: Lena Ortt/Wireline"),
        a.boilerplate());
  }

  @Test
  void aCreditLineAfterABlankLineIsNotTakenByTheLineAbove() {
    List<Segment> s = segments("Orchard harvest starts early\n\n"
        + "The harvest started two weeks early this year, growers said.\n\nPhoto: Lena Ortt\n");
    assertEquals(LineRole.PARAGRAPH, s.get(1).role());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Additional reporting by Jo Park in Lisbon|Jo Park in Lisbon",
    "With files from Jo Park|Jo Park",
    "(With inputs from Wireline)|Wireline",
    "Wire writer Jo Park in Helena, Montana, contributed to this report.|Wire writer Jo Park in Helena, Montana",
    // the place the contributor wrote from, after the report
    "Jo Park contributed to this story from Port Annick.|Jo Park",
    "Jo Park contributed reporting to this article in Sainte-Marie-du-Lac|Jo Park"})
  void creditLines(String line, String names) {
    assertEquals(Optional.of(List.of(names.split(";"))), CreditLines.parse(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "OAKMERE (Wire) - The council voted on Monday.|OAKMERE|Wire",
    "OAKMERE (Wire) – The council voted on Monday.|OAKMERE|Wire",
    "OAKMERE (Wire) — The council voted on Monday.|OAKMERE|Wire",
    "OAKMERE, March 3 (Wire) – The council voted on Monday.|OAKMERE|Wire",
    "OAKMERE, Vale (Wire) — The council voted on Monday.|OAKMERE, Vale|Wire",
    "OAKMERE — The council voted on Monday.|OAKMERE|"})
  void datelinesWithAnyDash(String paragraph, String place, String agency) {
    assertEquals(Optional.of(Dateline.of(place, Optional.ofNullable(agency))), Datelines.find(paragraph));
  }

  // Found by the round-trip property (a random seed in verify): a line with a bracketed credit whose only
  // cited neighbour was the same line printed twice (a caption) was read as a citation, a paragraph; its
  // canonical text, where the repeated caption is written once in its own form, read it as a caption.
  @Test
  void aNeighbourThatIsTheSameLinePrintedAgainIsNoCitation() {
    String text = "Harbour ferry stops running at the end of the month\nFerry crew on the quay at dawn (AP)\n\n"
        + "Ferry crew on the quay at dawn (AP)\nFerry crew on the quay at dawn (AP)\n";
    Article first = io.github.newsdoc.parser.Newsdoc.parse(text);
    assertEquals(first, io.github.newsdoc.parser.Newsdoc.parse(io.github.newsdoc.parser.Newsdoc.write(first)));
    assertEquals(Optional.of("AP"), ((Caption) first.blocks().get(0)).credit());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Image source, Wireline", "Image copyright Wireline", "Image copyright, Wireline"})
  void anImageSourceOrCopyrightLineCreditsTheCaptionUnderIt(String source) {
    Article a = article("Pier reopens\n\nThe pier reopened on Monday after repairs.\n\n" + source
        + "\nImage caption Crowds walk along the pier on Monday\n\nThe council paid for the work.\n");
    Caption c = a.blocks().stream().filter(Caption.class::isInstance).map(Caption.class::cast).findFirst().orElseThrow();
    assertEquals("Crowds walk along the pier on Monday", c.text());
    assertEquals(Optional.of("Wireline"), c.credit());
  }

  // After a sentence, a dash before words that are no credit leaves the line as it was.
  @Test
  void aDashOrCopyrightSignBeforeWordsThatAreNoCredit() {
    assertEquals(Optional.empty(), Captions.standalone("Pickers sort apples at an orchard near Oakmere on Friday. — and"
        + " then they rest"));
    // after a sentence, names in mixed case with no agency's word, or capitals that are no names, are no credit
    assertEquals(Optional.empty(), Captions.standalone("Pickers sort apples at an orchard near Oakmere on Friday."
        + " Lena Ortt/Valley Post"));
    assertEquals(Optional.empty(), Captions.standalone("Pickers sort apples at an orchard near Oakmere on Friday."
        + " BUY 2/GET 1 FREE"));
    assertEquals(Optional.empty(), Captions.standalone("He said the vote would be held again in May."
        + " TO BE CONTINUED/ENDS"));
    assertEquals(Optional.empty(), Captions.standalone("The band played long into the night. AC/DC FOREVER"));
    assertEquals(Optional.empty(), Captions.standalone("Pickers sort apples at an orchard near Oakmere on Friday. © 2024"));
  }
}
