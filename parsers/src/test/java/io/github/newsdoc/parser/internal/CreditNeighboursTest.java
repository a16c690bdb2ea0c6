package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.RuleSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Photo credit lines in more shapes, and credit lines paired with the caption beside them; the lines are made up. */
class CreditNeighboursTest {
  private static final String CAPTION = "Pickers sort apples at an orchard near Oakmere on Friday.";
  private static final String PROSE = "The harvest started two weeks early this year, growers said on Friday, after a"
      + " warm spring and a dry summer that ripened the fruit sooner than anyone in the valley expected.";

  private static List<Segment> segments(String text) {
    return new Segmenter(List.of(RuleSet.standard())).segment(LineSplitter.split(text, 1 << 20, 1 << 20));
  }

  private static Article article(String text) {
    return ArticleAssembler.assemble(segments(text)).article();
  }

  private static LineRole role(List<Segment> segments, String text) {
    return segments.stream().filter(s -> s.line().text().equals(text)).findFirst().orElseThrow().role();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "(Image credit: Lena Ortt)#Lena Ortt",
    "(Image: © Valley Post)#Valley Post",
    "Image Credit: Lena Ortt#Lena Ortt",
    "Photo by Lena Ortt/Wireline#Lena Ortt/Wireline",
    "Photo: Valley Farms Inc.#Valley Farms Inc.",
    "Lena Ortt | Valley Post | Getty Images#Lena Ortt | Valley Post | Getty Images",
    "Getty Images#Getty Images",
    "AFP via Getty Images#AFP via Getty Images"})
  void morePhotoCreditLines(String line, String credit) {
    assertEquals(Optional.of(credit), CreditShapes.creditLine(line));
    assertEquals(Optional.of(credit), CreditShapes.photoCredit(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sign In / Sign Up", "Photos: Desert blooms after the rains", "Image 1 of / 5",
      "News | Sport | Weather", "Credit: the council paid for it."})
  void notCreditLines(String line) {
    assertEquals(Optional.empty(), CreditShapes.creditLine(line));
  }

  @Test
  void aBareSlashPairCreditsAPictureOnlyWithAnAgencysWordOrAPersonsName() {
    assertEquals(Optional.of("Notes/Queries"), CreditShapes.creditLine("Notes/Queries"));
    assertEquals(Optional.empty(), CreditShapes.photoCredit("Notes/Queries"));
    assertEquals(Optional.of("Lena Ortt/Wire Images"), CreditShapes.photoCredit("Lena Ortt/Wire Images"));
  }

  @Test
  void anAgencyAloneAfterTheLastSentenceCreditsACaption() {
    Captions.Parts parts = Captions.standalone(CAPTION + " Getty").orElseThrow();
    assertEquals(CAPTION, parts.text());
    assertEquals(Optional.of("Getty"), parts.credit());
    assertEquals(Optional.of("AFP/Getty Images"), Captions.standalone(CAPTION + " AFP/Getty Images").orElseThrow().credit());
    assertEquals(Optional.empty(), Captions.standalone(CAPTION + " Valley Post"));
    assertEquals(Optional.of("REUTERS/Lena Ortt/File Photo"),
        Captions.standalone(CAPTION + " REUTERS/Lena Ortt/File Photo").orElseThrow().credit());
    assertEquals(Optional.of("LENA ORTT/AFP/Getty Images"),
        Captions.standalone(CAPTION + " LENA ORTT/AFP/Getty Images").orElseThrow().credit());
    assertEquals(Optional.empty(), Captions.standalone(CAPTION + " Notes/Queries"));
    assertEquals(Optional.empty(), Captions.standalone("He left. Reuters"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "(Photo by Lena Ortt/Wire Images for Valley Farms)|Photo by Lena Ortt/Wire Images for Valley Farms",
    "(WP Photo/Lena Ortt, File)|WP Photo/Lena Ortt, File",
    "(Image credit: Valley Farms)|Image credit: Valley Farms"})
  void moreBracketedCredits(String credit, String expected) {
    Captions.Parts parts = Captions.bracketedCredit(CAPTION + " " + credit).orElseThrow();
    assertEquals(CAPTION, parts.text());
    assertEquals(Optional.of(expected), parts.credit());
  }

  @Test
  void aSpacedNameAndAgencyUnderACaptionIsItsCredit() {
    String text = "Orchard harvest starts early\n\n" + PROSE + "\n\n" + CAPTION + "\nLena Ortt / Getty Images\n\n" + PROSE
        + " More.\n";
    Caption caption = article(text).captions().get(0);
    assertEquals(CAPTION, caption.text());
    assertEquals(Optional.of("Lena Ortt / Getty Images"), caption.credit());
    // alone, the same shape is a caption naming its subject
    Caption alone = article("Orchard harvest starts early\n\n" + PROSE + "\n\nMayor Jo Park / Getty Images\n\n" + PROSE
        + " More.\n").captions().get(0);
    assertEquals("Mayor Jo Park", alone.text());
    assertEquals(Optional.empty(), CreditShapes.creditLine("Blob/ File"));
  }

  @Test
  void aNewsAgencyInBracketsCreditsACaption() {
    assertEquals(Optional.of("Xinhua"), Captions.bracketedCredit(CAPTION + " (Xinhua)").orElseThrow().credit());
    assertEquals(Optional.of("Yonhap"), Captions.bracketedCredit(CAPTION + " (Yonhap)").orElseThrow().credit());
    assertEquals(Optional.empty(), Captions.bracketedCredit(CAPTION + " (Valley Council)"));
  }

  @Test
  void aCreditLineRightOverItsCaptionCreditsIt() {
    String text = "Orchard harvest starts early\n\n" + PROSE + "\n\nLena Ortt | Getty Images\n" + CAPTION + "\n\n" + PROSE
        + " More.\n";
    List<Segment> s = segments(text);
    assertEquals(LineRole.CAPTION_CREDIT, role(s, "Lena Ortt | Getty Images"));
    assertEquals(LineRole.CAPTION, role(s, CAPTION));
    Caption caption = article(text).captions().get(0);
    assertEquals(CAPTION, caption.text());
    assertEquals(Optional.of("Lena Ortt | Getty Images"), caption.credit());
  }

  // A photographer's name and the outlet, over the caption: the name says whose picture it is, no agency needed.
  @Test
  void aPhotographersNameAndOutletRightOverTheCaptionCreditIt() {
    String text = "Orchard harvest starts early\n\n" + PROSE + "\n\nLena Ortt/The Valley Post\n" + CAPTION + "\n\n"
        + PROSE + " More.\n";
    Caption caption = article(text).captions().get(0);
    assertEquals(CAPTION, caption.text());
    assertEquals(Optional.of("Lena Ortt/The Valley Post"), caption.credit());
    // a name over an author's job is a byline's shape, no picture's credit
    String byline = text.replace("Lena Ortt/The Valley Post", "Lena Ortt/Senior Staff Reporter");
    assertEquals(List.of(), article(byline).captions());
  }

  @Test
  void aCaptionAndItsCreditApartFromTheProseArePairedAcrossABlankLine() {
    String below = "Orchard harvest starts early\n\nPublished March 3, 2024\n\n" + CAPTION
        + "\n\nImage: Lena Ortt/Valley Post\n\nShare\n\n" + PROSE + "\n";
    assertEquals(Optional.of("Lena Ortt/Valley Post"), article(below).captions().get(0).credit());
    String above = "Orchard harvest starts early\n\nPublished March 3, 2024\n\nLena Ortt | Getty Images\n\n" + CAPTION
        + "\n\nBy Jo Park\n\n" + PROSE + "\n";
    Caption caption = article(above).captions().get(0);
    assertEquals(CAPTION, caption.text());
    assertEquals(Optional.of("Lena Ortt | Getty Images"), caption.credit());
  }

  @Test
  void acrossABlankLineTheCreditOfAPictureBetweenParagraphsIsNotTheirs() {
    String text = "Orchard harvest starts early\n\n" + PROSE + "\n\n" + CAPTION + "\n\nImage: Lena Ortt\n\n" + PROSE
        + " More.\n";
    assertEquals(LineRole.PARAGRAPH, role(segments(text), CAPTION));
  }

  // A scraped page that prints a blank line after every line, its menu and share buttons too.
  private static String doubleSpaced(String... middle) {
    List<String> lines = new java.util.ArrayList<>(List.of("Orchard harvest starts early | Valley Post", "Home",
        "News", "Farming", "Weather", "Opinion", "Sign in", "Search", "Orchard harvest starts early", "By Jo Park",
        "Share", "Email", PROSE));
    lines.addAll(List.of(middle));
    lines.addAll(List.of(PROSE + " More.", "Most read", "Tractor show returns", "Frost warning for Sunday",
        "Contact us", "Privacy"));
    return String.join("\n\n", lines) + "\n";
  }

  // On a double-spaced page, a credit line under a line that describes a picture is that caption's, though
  // paragraphs stand above and below the pair.
  @Test
  void onADoubleSpacedPageACaptionBetweenParagraphsTakesTheCreditUnderIt() {
    Article a = article(doubleSpaced(CAPTION, "Credit: Lena Ortt/Wireline"));
    assertEquals(1, a.captions().size(), a.toString());
    assertEquals(CAPTION, a.captions().get(0).text());
    assertEquals(Optional.of("Lena Ortt/Wireline"), a.captions().get(0).credit());
  }

  // A cookie notice over the menu is no line of the article's prose: the menu under it still makes the page.
  @Test
  void aCookieNoticeOverTheMenuLeavesItAPage() {
    String cookies = "We use cookies to give you the best experience on our site, and by continuing you agree to"
        + " our use of them.";
    Article a = article(cookies + "\n\n" + doubleSpaced(CAPTION, "Credit: Lena Ortt/Wireline"));
    assertEquals(1, a.captions().size(), a.toString());
  }

  // There, a paragraph over a picture that has only a credit stays a paragraph: it quotes someone, or runs on
  // longer than a caption.
  @Test
  void onADoubleSpacedPageAParagraphThatQuotesOrRunsOnKeepsItsPlace() {
    String quoting = "\u201cWe have never picked this early,\u201d said Mara Quill, who has run the orchard since 1998.";
    String running = PROSE + " Buyers from the city arrived a week later.";
    for (String line : List.of(quoting, running)) {
      List<Segment> s = segments(doubleSpaced(line, "Photo by Lena Ortt"));
      assertEquals(LineRole.PARAGRAPH, role(s, line), line);
      assertEquals(LineRole.BOILERPLATE, role(s, "Photo by Lena Ortt"), line);
    }
  }

  // A clean article with a blank line after every line prints no menu, though it may print a list in its text:
  // a credit under a short paragraph there is not taken by it.
  @Test
  void aCleanDoubleSpacedArticleWithAListKeepsItsParagraphs() {
    String said = "The judges said the standard was the highest they had seen in years.";
    List<String> lines = new java.util.ArrayList<>(List.of("Orchard show names its winners", PROSE,
        "The winners are:"));
    lines.addAll(List.of("Mara Quill", "Oren Bask", "Tilda Marsh", "Jo Park", "Ana Ruiz", "Lena Ortt", "Ben Ode",
        "Ivo Sand"));
    lines.addAll(List.of(said, "Photo: Lena Ortt", PROSE + " More."));
    List<Segment> s = segments(String.join("\n\n", lines) + "\n");
    assertEquals(LineRole.PARAGRAPH, role(s, said));
  }

  @Test
  void aLineOfHardWrappedProseIsNoCaption() {
    String text = "Orchard harvest starts early\n\nThe harvest started two weeks early this year,\n"
        + "Pickers sorted apples at the orchard for most of the week.\n\nPhoto by Lena Ortt\n\nShare\n";
    assertEquals(LineRole.PARAGRAPH, role(segments(text), "Pickers sorted apples at the orchard for most of the week."));
  }

  @Test
  void aLineThatSpeaksToTheReaderIsNoCaption() {
    String notice = "Subscribe to our orchard magazine for the latest news from the valley! (Image credit: Valley Post)";
    String text = "Orchard harvest starts early\n\n" + PROSE + "\n\n" + notice + "\n";
    assertEquals(LineRole.PARAGRAPH, role(segments(text), notice));
  }

  @Test
  void aPhotoCreditWithNoCaptionBesideItIsNoParagraph() {
    String text = "Orchard harvest starts early\n\n" + PROSE + "\n\nPhoto by Lena Ortt\n\n" + PROSE + " More.\n";
    List<Segment> s = segments(text);
    assertEquals(LineRole.BOILERPLATE, role(s, "Photo by Lena Ortt"));
    assertEquals(CreditNeighbours.CREDIT_ALONE,
        s.stream().filter(x -> x.line().text().equals("Photo by Lena Ortt")).findFirst().orElseThrow().rule());
    assertEquals(2, article(text).paragraphs().size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "Pickers at the orchard near Oakmere | photo by Lena Ortt#Pickers at the orchard near Oakmere#Lena Ortt",
    "Pickers at the orchard near Oakmere. Photograph by Lena Ortt/Wire#Pickers at the orchard near Oakmere.#Lena Ortt/Wire",
    "Pickers at the orchard near Oakmere — Photo by Lena Ortt#Pickers at the orchard near Oakmere#Lena Ortt",
    // every label of the picture labels' list: "Pic by", "(Foto by …)"
    "Pickers at the orchard near Oakmere yesterday. Pic by Lena Ortt#Pickers at the orchard near Oakmere "
        + "yesterday.#Lena Ortt",
    // "courtesy of" as "by"
    "Pickers at the orchard near Oakmere on Friday. Photo courtesy of Oakmere Growers#Pickers at the orchard near "
        + "Oakmere on Friday.#Oakmere Growers"})
  void aPhotographerAfterABarADashOrTheLastSentence(String line, String text, String credit) {
    Captions.Parts parts = Captions.standalone(line).orElseThrow();
    assertEquals(text, parts.text());
    assertEquals(Optional.of(credit), parts.credit());
  }

  @Test
  void aBracketedCreditReadsEveryPictureLabel() {
    Captions.Parts parts = Captions.bracketedCredit("Pickers at the orchard near Oakmere. (Pic by Lena Ortt)").orElseThrow();
    assertEquals("Pickers at the orchard near Oakmere.", parts.text());
    assertEquals(Optional.of("Pic by Lena Ortt"), parts.credit(), "a credit in brackets keeps its label");
  }

  // A Japanese caption's credit in full-width brackets: the name before 撮影, or a source ending with 写真.
  @Test
  void aJapaneseCaptionsCreditInFullWidthBrackets() {
    Captions.Parts parts = Captions.bracketedCredit("港に水揚げされたイワシを選別する従業員＝3日午前、霧浜町（山田花子撮影）")
        .orElseThrow();
    assertEquals("港に水揚げされたイワシを選別する従業員＝3日午前、霧浜町", parts.text());
    assertEquals(Optional.of("山田花子"), parts.credit());
    assertEquals(Optional.of("資料写真"), Captions.bracketedCredit("にぎわっていたころの霧浜漁港＝2008年10月（資料写真）")
        .orElseThrow().credit());
    // a short line or a note in brackets that names no picture is no caption
    assertEquals(Optional.empty(), Captions.bracketedCredit("霧浜町（撮影）"));
    // when or how it was taken is no photographer: a date, a particle, a day's word; "写真" alone names no one
    for (String note : new String[] {"（2025年10月撮影）", "（ドローンで撮影）", "（前日撮影）", "（写真）", "（3日、東京都内で撮影）"}) {
      assertEquals(Optional.empty(), Captions.bracketedCredit("港に水揚げされたイワシを選別する漁業関係者たち" + note), note);
    }
    assertEquals(Optional.empty(), Captions.bracketedCredit("大場誠一社長が新しい生産ラインを説明した（右から2人目）"));
  }

  @Test
  void aPhotoByInTheMiddleOfASentenceIsNoCredit() {
    assertEquals(Optional.empty(), Captions.standalone("She showed the visitors a photo by Lena Ortt"));
    assertEquals(Optional.empty(), Captions.standalone("She showed the visitors a photo courtesy of Lena Ortt"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Image 2 of 5", "Photo 3 / 12", "Slide 4 of 9"})
  void aGallerysCounterIsChrome(String counter) {
    String text = "Orchard harvest starts early\n\n" + PROSE + "\n\n" + counter + "\n\n" + PROSE + " More.\n";
    assertEquals(LineRole.BOILERPLATE, role(segments(text), counter));
  }
}
