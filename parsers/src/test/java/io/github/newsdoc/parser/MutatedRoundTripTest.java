package io.github.newsdoc.parser;

import io.github.newsdoc.json.NewsJson;
import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.model.Paragraph;
import io.github.newsdoc.parser.testing.MutatedTexts;
import org.junit.jupiter.api.Test;

import static org.quicktheories.QuickTheory.qt;

/**
 * The text round trip over real-shaped documents broken as scrapers break them ({@link MutatedTexts}):
 * {@code parse(write(parse(t)))} equals {@code parse(t)}, page mode included. {@code mvn verify} runs a few
 * thousand; {@code mvn -B verify -Pmutations -pl parsers -am} runs a million (the count is the system property
 * {@code newsdoc.mutations}).
 */
class MutatedRoundTripTest {
  static final int EXAMPLES = Integer.getInteger("newsdoc.mutations", 3_000);

  @Test
  void writingWhatWasParsedReadsBackTheSameAfterAnyMutation() {
    qt().withExamples(EXAMPLES)
        .withGenerateAttempts(EXAMPLES)
        .forAll(MutatedTexts.texts())
        .checkAssert(t -> {
          Article first = Newsdoc.parse(t);
          String text = Newsdoc.write(first);
          Article second = Newsdoc.parse(text);
          if (!second.equals(first)) {
            throw new AssertionError("source:\n" + t + "\nwritten:\n" + text + "\nfirst:  " + NewsJson.write(first)
                + "\nsecond: " + NewsJson.write(second));
          }
        });
  }

  // Found by the mutations: lines that were chrome only by their place on a page (menu entries, a headline
  // printed again) came back as paragraphs once written apart from the page.
  @Test
  void boilerplateIsLabelledAndReadBackAsBoilerplateWhereverItStands() {
    Article a = Article.builder().title("Bus drivers vote to strike")
        .addBlock(io.github.newsdoc.model.Paragraph.of("Drivers at the northern depot voted on Monday to strike over rosters."))
        .addBoilerplate("Opinion", "Bus drivers vote to strike over rosters - Coastline News",
            "The port reopened on Monday after a week of strikes, officials said.")
        .build();
    String text = Newsdoc.write(a);
    org.junit.jupiter.api.Assertions.assertTrue(text.endsWith("\n\nBoilerplate: Opinion\n\nBoilerplate: Bus drivers vote to "
        + "strike over rosters - Coastline News\n\nBoilerplate: The port reopened on Monday after a week of strikes, "
        + "officials said.\n\n"), text);
    org.junit.jupiter.api.Assertions.assertEquals(a, ArticleParser.builder().quotes(false).entities(false).build().parse(text));
    Article labelled = Newsdoc.parse("Headline\n\nBody text of the story.\n\nBoilerplate: Share\n\nBoilerplate:\n");
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Share"), labelled.boilerplate());
    org.junit.jupiter.api.Assertions.assertEquals(2, labelled.blocks().size()); // a label alone is no boilerplate
  }

  // Found by the mutations: the canonical text writes the credits last, and a last paragraph in the voice of a
  // site's notice ('Listen to this article') came back as the notice above a page's footer.
  @Test
  void aParagraphShapedAsANoticeStaysAParagraphOverTheCredits() {
    Article a = Article.builder().title("Ferry crews strike")
        .addBlock(Paragraph.of("Crews on the Carrow Sound route walked out on Monday over rest rules."))
        .addBlock(Paragraph.of("Listen to this article"))
        .addCredits("Sam Reed")
        .build();
    org.junit.jupiter.api.Assertions.assertEquals(a,
        ArticleParser.builder().quotes(false).entities(false).build().parse(Newsdoc.write(a)));
  }

  // Found by the mutations: a caption in the words of a reporting credit ('Ana Lim contributed to this report.'
  // under a photo credit) was written with its label and came back as a credit line naming "Image caption".
  @Test
  void aLabelledCaptionInTheWordsOfACreditStaysACaption() {
    Article a = Article.builder().title("Ferry crews strike")
        .addBlock(Paragraph.of("Crews on the Carrow Sound route walked out on Monday over rest rules."))
        .addBlock(io.github.newsdoc.model.Caption.builder().text("Tom Reed contributed to this report.")
            .credit("Harbour Photos").build())
        .build();
    org.junit.jupiter.api.Assertions.assertEquals(a,
        ArticleParser.builder().quotes(false).entities(false).build().parse(Newsdoc.write(a)));
  }

  // Found by the mutations: a paragraph printed with the same words as a caption above it, or as the title,
  // was read back from the canonical text as the page's repeat of an earlier line.
  @Test
  void aParagraphWithTheWordsOfACaptionOrTheTitleStaysAParagraph() {
    Article a = Article.builder().title("Ferry crews strike")
        .addBlock(io.github.newsdoc.model.Caption.builder().text("The harbour was quiet on Monday.").build())
        .addBlock(Paragraph.of("Crews on the Carrow Sound route walked out on Monday over rest rules."))
        .addBlock(Paragraph.of("The harbour was quiet on Monday."))
        .addBlock(Paragraph.of("Ferry crews strike"))
        .build();
    org.junit.jupiter.api.Assertions.assertEquals(a,
        ArticleParser.builder().quotes(false).entities(false).build().parse(Newsdoc.write(a)));
  }

  // Found by the mutations: a line of the site's words with a credit after it ("To find out more, click here.
  // Getty Images") was read as a caption, whose text, written on a line of its own, reads back as chrome.
  @Test
  void aCreditAfterTheSitesOwnWordsMakesNoCaption() {
    String page = "Ferry Crews Walk Out Over Rest Rules\n\n"
        + "Crews on the Carrow Sound route walked out on Monday over rest rules, the union said.\n\n"
        + "The operator said it would run a reduced timetable until the dispute was settled.\n\n"
        + "To find out more, click here. Getty Images\n";
    ArticleParser parser = ArticleParser.builder().quotes(false).entities(false).build();
    Article a = parser.parse(page);
    org.junit.jupiter.api.Assertions.assertTrue(a.captions().isEmpty(), a.captions().toString());
    org.junit.jupiter.api.Assertions.assertEquals(a, parser.parse(Newsdoc.write(a)));
  }

  @Test
  void everyParsedArticleReadsBackFromJsonStrictlyToo() {
    io.github.newsdoc.json.ArticleJson strict = io.github.newsdoc.json.ArticleJson.standard().withStrictReading();
    qt().withExamples(Math.max(1, EXAMPLES / 3))
        .withGenerateAttempts(EXAMPLES)
        .forAll(MutatedTexts.texts())
        .checkAssert(t -> {
          Article a = Newsdoc.parse(t);
          String json = NewsJson.write(a);
          org.junit.jupiter.api.Assertions.assertEquals(a, NewsJson.read(json), json);
          org.junit.jupiter.api.Assertions.assertEquals(a, strict.read(json), json);
        });
  }

  static Article roundTrips(String t) {
    Article first = Newsdoc.parse(t);
    String text = Newsdoc.write(first);
    org.junit.jupiter.api.Assertions.assertEquals(NewsJson.write(first), NewsJson.write(Newsdoc.parse(text)), text);
    return first;
  }

  // Found by ParserPropertiesTest (about one in 2,000 examples): a line with a credit in brackets stays a
  // paragraph under another such line (items citing their sources); written back, its neighbours are the
  // labelled captions, and it read as a caption. The canonical text labels every caption, so in it no line is a
  // caption by its shape alone.
  @Test
  void aCitedItemStaysAParagraphAmongTheWrittenCaptions() {
    // the example as the property shrank it: a headline printed twice, six cited lines, one that differs
    String head = "Harbourton Harbourton" + " harbour".repeat(10) + ".\n";
    String cited = "the".repeat(8).replace("eth", "e th") + " (AP)\n";
    String last = "the".repeat(7).replace("eth", "e th") + " (AP)";
    Article a = roundTrips("\ufeff" + head + head + cited.repeat(6) + last + "\n");
    Block end = a.blocks().get(a.blocks().size() - 1);
    org.junit.jupiter.api.Assertions.assertEquals(last, end.text());
    org.junit.jupiter.api.Assertions.assertTrue(end instanceof Paragraph, end.toString());
  }

  // Found by the fuzzer of issue 19: a caption found because it was printed twice may be longer than the
  // "Image caption" pattern read (2,000 characters), or carry a credit longer than an "Image source" line reads.
  @Test
  void aLongCaptionPrintedTwiceReadsBackAsACaption() {
    String caption = "Dock workers gather outside the depot in the rain" + " and wait for news".repeat(130);
    Article a = roundTrips("Port strike ends\n\nThe strike ended on Monday after talks.\n\n" + caption + "\n"
        + caption + "\n\nWorkers returned to the docks.\n");
    org.junit.jupiter.api.Assertions.assertEquals(caption, a.captions().get(0).text());
    org.junit.jupiter.api.Assertions.assertTrue(caption.length() > 2_000);
    Article credited = roundTrips("Port strike ends\n\nThe strike ended on Monday.\n\n" + caption
        + " Photograph: Ines Cole/Reuters\n" + caption + " Photograph: Ines Cole/Reuters\n\nWorkers returned.\n");
    org.junit.jupiter.api.Assertions.assertTrue(credited.captions().get(0).text().startsWith(caption));
  }

  // Found by the million-mutation run: a promotion printed twice read as a caption credited "Advertisement";
  // written as "Image source, Advertisement" and "Image caption, To find out more, click here.", both parts read
  // back as chrome.
  @Test
  void aLinePrintedTwiceWhosePartsAreChromeIsNoCaption() {
    String promo = "To find out more about the port, click here. Advertisement";
    Article a = roundTrips("Port strike ends\n\nThe strike ended on Monday after talks.\n\n" + promo + "\n" + promo
        + "\n\nWorkers returned to the docks.\n");
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), a.captions());
    Article photo = roundTrips("Port strike ends\n\nThe strike ended on Monday.\n\nDock workers gather outside the "
        + "depot. Ines Cole/Reuters\nDock workers gather outside the depot. Ines Cole/Reuters\n\nWorkers returned.\n");
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("Ines Cole/Reuters"),
        photo.captions().get(0).credit());
  }

  @Test
  void aCreditLongerThanAnImageSourceLineStaysInTheCaptionText() {
    String caption = "Dock workers gather outside the depot. " + "Reuters/".repeat(15) + "AFP";
    Article a = roundTrips("Port strike ends\n\nThe strike ended on Monday.\n\n" + caption + "\n" + caption
        + "\n\nWorkers returned to the docks.\n");
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.empty(), a.captions().get(0).credit());
    org.junit.jupiter.api.Assertions.assertEquals(caption, a.captions().get(0).text());
  }

  @Test
  void creditsAndBylinesWithSemicolonsKeepTheirPlace() {
    Article a = roundTrips("Port strike ends\n\nThe strike ended on Monday after talks.\n\nWith reporting by Jane Doe; "
        + "editing by Tom Reyes\n");
    org.junit.jupiter.api.Assertions.assertEquals("Port strike ends", a.title());
    roundTrips("With reporting by Jane Doe; editing by Tom Reyes\n\nThe strike ended on Monday after talks.\n");
    roundTrips("Port strike ends\n\nWith reporting by Jane Doe; Tom Reyes\n\nThe strike ended on Monday.\n");
    roundTrips("Port strike ends\n\nImage source, Reuters; Handout\nImage caption, Dock workers gather.\n\nThe strike ended.\n");
    roundTrips("By Ines Cole; Tom Reyes\n\nThe strike ended on Monday after talks.\n");
  }

  // Found by the mutations: a menu line taken for the title kept only its first item ("Home") as the
  // headline, which the canonical text writes alone and a boilerplate rule then claims.
  @Test
  void aMenuLineWhoseHeadlineIsChromeIsNoTitle() {
    Article a = roundTrips("Skip to content\nHome | World | Business March 2, 2026\n"
        + "Coastguard rescues 14 from trawler | The Daily Ledger\n\nThe coastguard rescued 14 crew on Monday.\n");
    org.junit.jupiter.api.Assertions.assertEquals("Coastguard rescues 14 from trawler", a.title());
    org.junit.jupiter.api.Assertions.assertTrue(a.boilerplate().contains("Home | World | Business March 2, 2026"),
        a.boilerplate().toString());
  }

  // Found by the mutations: a title that some rule claims when it stands alone (a date line with a word
  // after it, a caption's shape) gave way on re-reading to the next line. The canonical text labels it.
  @Test
  void aTitleThatLooksLikeAnotherLineIsLabelled() {
    ArticleParser structure = ArticleParser.builder().quotes(false).entities(false).build();
    for (String title : java.util.List.of("Published: November 18, 2023 at 11:05 a.m. Home",
        "Dock workers at the gate / Getty Images Home", "By Amal Haddad", "Home", "Advertisement")) {
      Article a = Article.builder().title(title)
          .addBlock(io.github.newsdoc.model.Paragraph.of("Authorities began rationing tap water on Monday.")).build();
      String text = Newsdoc.write(a);
      org.junit.jupiter.api.Assertions.assertTrue(text.startsWith("Title: " + title + "\n"), text);
      org.junit.jupiter.api.Assertions.assertEquals(a, structure.parse(text), text);
    }
    // a labelled title keeps what a site suffix would look like
    org.junit.jupiter.api.Assertions.assertEquals("Drought | The Daily Ledger",
        Newsdoc.parse("Title: Drought | The Daily Ledger\n\nBody text.\n").title());
  }

  // Found by the mutations: the parser joins a one-word name to a credit with ' in ' before it ("X in
  // Miami, Florida"), so credits written in one list after such a credit came back as part of it.
  @Test
  void aCreditWithInEndsItsLine() {
    Article a = Article.builder().title("Night train returns")
        .addBlock(io.github.newsdoc.model.Paragraph.of("The sleeper ran again on Thursday."))
        .addAllCredits(java.util.List.of("Reuters", "AFP Media caption", "The strike in 60 seconds", "Reuters", "AFP")).build();
    String text = Newsdoc.write(a);
    org.junit.jupiter.api.Assertions.assertTrue(text.contains("With reporting by Reuters, AFP Media caption and The strike in "
        + "60 seconds\n\nWith reporting by Reuters and AFP\n"), text);
    org.junit.jupiter.api.Assertions.assertEquals(a, ArticleParser.builder().quotes(false).entities(false).build().parse(text));
  }

  // Found by the mutations (and by the fuzzer of issue 19): a credit holding ';' was written in a credit line,
  // where ';' separates roles, and the line was then no credit line at all.
  @Test
  void noCreditHoldsASemicolon() {
    Article a = roundTrips("Ferry crews walk out\n\nCrews walked off the ferries on Tuesday.\n\n"
        + "Image source, Reuters; Handout Ana Lim contributed to this report.\n");
    org.junit.jupiter.api.Assertions.assertTrue(a.credits().stream().noneMatch(c -> c.contains(";")), a.credits().toString());
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Sam Reed", "Tom Hale"),
        roundTrips("Ferry crews walk out\n\nCrews walked off.\n\n(Reporting by Sam Reed; Editing by Tom Hale)\n").credits());
  }

  // Found by the hostile-input property: the reader drops the full stops that end a credit line, so a last
  // credit that ends in its own full stop ("Acme Inc.") lost it when written back; the writer ends such a
  // line with a comma.
  @Test
  void aLastCreditEndingInAFullStopKeepsIt() {
    Article a = roundTrips("Ferry crews walk out\n\nCrews walked off the ferries on Tuesday.\n\n"
        + "With reporting by Ana Lim and Acme Inc.,\n");
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Ana Lim", "Acme Inc."), a.credits());
    org.junit.jupiter.api.Assertions.assertTrue(Newsdoc.write(a).contains("With reporting by Ana Lim and Acme Inc.,\n"),
        Newsdoc.write(a));
  }
}
