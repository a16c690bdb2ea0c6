package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes of a picture's credit ({@link CreditShapes}), on invented lines. */
class CreditShapesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Credit: Lena Ortt/Wireline|Lena Ortt/Wireline",
    "Credit...Lena Ortt for the Valley Post|Lena Ortt for the Valley Post",
    "Credit Lena Ortt/Wireline|Lena Ortt/Wireline",
    "Photo: Lena Ortt|Lena Ortt",
    "Image: Lena Ortt / Valley Post|Lena Ortt / Valley Post",
    "Foto: Lena Ortt / Wireline|Lena Ortt / Wireline",
    "Lena Ortt/Stock Images|Lena Ortt/Stock Images",
    // the labels of other languages; one that ends with a full stop needs no colon, and a bar may stand for it
    "Fot. Lena Ortt / Wireline|Lena Ortt / Wireline",
    "Fot. Straż Pożarna Lębork|Straż Pożarna Lębork",
    "Fotografía: Lena Ortt|Lena Ortt",
    "Fotó: Hírügynökség/Lena Ortt|Hírügynökség/Lena Ortt",
    "Kuva: Lena Ortt|Lena Ortt",
    "Nuotr. Lena Ortt|Lena Ortt",
    // the "by" form reads every label of the list, as the colon form does
    "Pic by Lena Ortt|Lena Ortt",
    "Foto by Lena Ortt/Wireline|Lena Ortt/Wireline",
    // a name in capitals over an agency in brackets, a reader's picture
    "MARIA ORTT (EFE)|MARIA ORTT (EFE)",
    "CONTRIBUTED|CONTRIBUTED",
    "Supplied|Supplied",
    // a label that heads other things too, before what names whose picture it is
    "Source: Lena Ortt/Wireline|Lena Ortt/Wireline",
    "Source: Reader photo|Reader photo",
    "Video: Lena Ortt / Valley Post|Lena Ortt / Valley Post",
    // after the dash a layout prints it with, and the labels of other scripts, a space before the colon too
    "- Photo: Lena Ortt|Lena Ortt",
    "— Foto: Lena Ortt/Wireline|Lena Ortt/Wireline",
    "- फोटो : जनमंच|जनमंच",
    "写真：共同|共同",
    "사진: 연합뉴스|연합뉴스",
    "صورة: رويترز|رويترز",
    "Φωτογραφία: Eurokinissi|Eurokinissi",
    "Ảnh: Lena Ortt|Lena Ortt",
    // where the picture came from before the picture's word, an agency's initials perhaps with the date; a label
    // before a word of the picture's source
    "FNA photo Dec. 2, 2026|FNA",
    "AP Photo|AP",
    "File photo|File photo",
    "FILE PHOTO|FILE PHOTO",
    "Image supplied|Image supplied"})
  void aCreditLine(String line, String credit) {
    assertEquals(Optional.of(credit), CreditShapes.creditLine(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Credit cards were declined at the till.", "Photo gallery", "and/or", "Photography",
      "Photo | Video | Podcasts", "Image | Gallery", "Foto | Notizie", "Fot. 1 z 12",
      "Fotografía y cine en la escuela",
      "The council voted 7/2 to close the depot on Monday", "Maria Ortt for The Valley Post",
      "Will Voters Turn Out for The Big Vote", "ANA RUIZ (PSOE)", "WASHINGTON (AP)", "NEW YORK (AP)", "MARIA (EFE)",
      "HARBOUR WORKS (AP)", "Source: Ministry of Agriculture", "Video: Ferry leaves Ostby for the last time",
      "Source: figures for 2024/2025 from the council", "Source: Harbour Statistics Office", "Video: Breaking News",
      "Source: Castle Hill/Mill Road", "- Photo gallery", "- and more", "-- Photo: Lena Ortt",
      "Family photo", "USA Photos", "FNA photo of the week", "The photo", "Image gallery supplied",
      // a list's items after their dashes, and initials before a picture word in capitals: a heading
      "- Photo: one recent picture of your face", "- Credit: none needed for students", "BIG PICTURE", "NEW PHOTO",
      "THE IMAGE"})
  void notCreditLines(String line) {
    assertEquals(Optional.empty(), CreditShapes.creditLine(line));
  }

  @Test
  void aPhotoCreditSaysByItsOwnWordsThatItCreditsAPicture() {
    assertEquals(Optional.of("Lena Ortt/Wire Images"), CreditShapes.photoCredit("Lena Ortt/Wire Images"));
    assertEquals(Optional.of("Lena Ortt | Wireline | Getty Images"),
        CreditShapes.photoCredit("Lena Ortt | Wireline | Getty Images"));
    assertEquals(Optional.empty(), CreditShapes.photoCredit("Notes/Queries"), "a bare pair of words: a heading");
    assertEquals(Optional.of("Lena Ortt/The Valley Post"), CreditShapes.photoCredit("Lena Ortt/The Valley Post"),
        "a person's name beside the outlet");
    assertEquals(Optional.empty(), CreditShapes.photoCredit("Lena Ortt/Senior Staff Reporter"),
        "a name beside an author's job: a byline");
    assertEquals(Optional.empty(), CreditShapes.photoCredit("Harbour Road/Station Street"), "a junction");
    assertEquals(Optional.empty(), CreditShapes.creditLine("News | Sport"), "a menu's bars name no agency");
    assertEquals(Optional.of("Lena Ortt | Valley Post"), CreditShapes.creditLine("Photo | Lena Ortt | Valley Post"),
        "a bar for the label's colon");
  }

  @Test
  void theWordsOfACredit() {
    assertTrue(CreditShapes.isCredit("Lena Ortt / Valley Post"));
    assertTrue(CreditShapes.isCredit("Lena Ortt for the Valley Post"));
    assertFalse(CreditShapes.isCredit("lena ortt"), "no capital");
    assertFalse(CreditShapes.isCredit("One Two Three Four Five Six Seven Eight Nine"), "more than eight words");
    assertTrue(CreditShapes.namesAgency("Lena Ortt/Getty Images"));
    assertFalse(CreditShapes.namesAgency("Lena Ortt/Valley Post"));
  }

  @Test
  void thePartsOfACreditShapedAsAPersonsName() {
    assertTrue(CreditShapes.personName("Lena Ortt"));
    assertTrue(CreditShapes.personName("Rosa Delgado-Finch"));
    assertTrue(CreditShapes.personName(" Sarah O'Neill McLean "));
    assertFalse(CreditShapes.personName("Castle Hill"), "no known first name");
    assertFalse(CreditShapes.personName("Breaking News"), "no known first name");
    assertFalse(CreditShapes.personName("Lena"), "one word");
    assertFalse(CreditShapes.personName("The Valley Post"), "a word of grammar");
    assertFalse(CreditShapes.personName("AP Photo"), "capitals");
    assertFalse(CreditShapes.personName("New Zealand"), "a place");
    assertFalse(CreditShapes.personName("Channel 5 News"), "a digit");
    assertTrue(CreditShapes.credited("Lena Ortt/Valley Post"));
    assertTrue(CreditShapes.credited("Valley Post/Getty Images"));
    assertFalse(CreditShapes.credited("Valley Post/Staff Writer"), "an author's job");
    assertFalse(CreditShapes.credited("VALLEY POST/WIRELINE"), "capitals, no agency");
  }
}
