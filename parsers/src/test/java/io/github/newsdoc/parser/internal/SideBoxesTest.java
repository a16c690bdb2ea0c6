package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Block;
import io.github.newsdoc.parser.Newsdoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Video players and summary boxes in the article's column, on invented texts. */
class SideBoxesTest {
  private static final String FIRST = "The harbour board voted on Tuesday to rebuild the north pier, which was"
      + " closed after the winter storms cracked two of its supports.";
  private static final String SECOND = "Work will start in May and should take about a year, the board said,"
      + " at a cost of about 4 million pounds.";

  private static List<String> texts(Article a) {
    return a.blocks().stream().map(Block::text).collect(Collectors.toList());
  }

  private static Article parse(String text) {
    Article a = Newsdoc.parse(text);
    assertEquals(a, Newsdoc.parse(Newsdoc.write(a)), "canonical text reads back equal");
    return a;
  }

  // The player's label, its running time and the video's summary, one under the other: the site's.
  @Test
  void aVideoPlayersStackIsTheSites() {
    String player = "WATCH | How the storm broke the pier:\nDuration 1:48\nDivers inspect the cracked supports.";
    Article a = parse("Harbour board votes to rebuild north pier\n\n" + FIRST + "\n\n" + player + "\n\n" + SECOND + "\n");
    assertEquals(List.of(FIRST, SECOND), texts(a));
    assertTrue(a.boilerplate().contains("Duration 1:48"), a.boilerplate().toString());
  }

  // A summary box's heading and the sentences stacked under it: the site's; the article's text is below.
  @Test
  void aSummaryBoxIsTheSites() {
    String box = "Key Points\nThe north pier will be rebuilt.\nWork starts in May.";
    Article a = parse("Harbour board votes to rebuild north pier\n\n" + box + "\n\n" + FIRST + "\n\n" + SECOND + "\n");
    assertEquals(List.of(FIRST, SECOND), texts(a));
  }

  // A time of day in a sentence, or a heading with nothing stacked under it, is the article's.
  @Test
  void aTimeInTheTextIsNoPlayer() {
    String time = "The vote ended at 10:45.";
    Article a = parse("Harbour board votes to rebuild north pier\n\n" + FIRST + "\n" + time + "\n\n" + SECOND + "\n");
    assertEquals(3, a.paragraphs().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Key Points", "Key points:", "STORY HIGHLIGHTS", "Key takeaways", "En bref:",
      "Auf einen Blick"})
  void summaryHeadings(String line) {
    assertTrue(SideBoxes.isSummaryHeading(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Key points of the plan", "Highlights of the season"})
  void notSummaryHeadings(String line) {
    assertFalse(SideBoxes.isSummaryHeading(line), line);
  }

  // On a page that sets a blank line between every two lines, nothing is stacked: the box is its heading and the
  // short sentences under it, up to the article's first longer line or a picture's caption over its credit.
  @Test
  void onADoubleSpacedPageTheSummaryBoxIsItsHeadingAndTheShortSentencesUnderIt() {
    String caption = "Divers inspect the cracked supports of the north pier on Monday morning.";
    String text = String.join("\n\n", "Harbour board votes to rebuild north pier", "Key takeaways",
        "The north pier will be rebuilt.", "Work starts in May.", caption, "Credit: Lena Ortt/Coast Wire", FIRST,
        SECOND) + "\n";
    Article a = parse(text);
    assertEquals(List.of(caption, FIRST, SECOND), texts(a));
    assertTrue(a.boilerplate().contains("Work starts in May."), a.boilerplate().toString());
    // without a caption, the box ends at the article's first line of more than a short sentence's words
    String plain = String.join("\n\n", "Harbour board votes to rebuild north pier", "Key takeaways",
        "The north pier will be rebuilt.", "Work starts in May.", FIRST, SECOND) + "\n";
    assertEquals(List.of(FIRST, SECOND), texts(parse(plain)));
    // on a page that sets blank lines between its blocks, a heading with a blank line under it stacks nothing
    String blocks = "Harbour board votes to rebuild north pier\n\nKey takeaways\n\nThe north pier will be rebuilt.\n"
        + "Work starts in May.\n\n" + FIRST + "\n\n" + SECOND + "\n";
    assertEquals(5, texts(parse(blocks)).size(), "the heading, the two lines and the two paragraphs");
  }
}
