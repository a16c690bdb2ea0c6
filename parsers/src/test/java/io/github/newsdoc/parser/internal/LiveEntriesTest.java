package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.LineRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.github.newsdoc.parser.internal.PageExtractorTest.TITLE;
import static io.github.newsdoc.parser.internal.PageExtractorTest.menu;
import static io.github.newsdoc.parser.internal.PageExtractorTest.parseAndCheckRoundTrip;
import static io.github.newsdoc.parser.internal.PageExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entries of a live page, on invented pages. */
class LiveEntriesTest {
  // Each entry: its time stamp, its headline, its text.
  private static final List<List<String>> ENTRIES = List.of(
      List.of("4:05 PM", "Ferry service suspended for the night",
          "The operator said the last crossing of the day had been cancelled after waves of four metres were"
              + " measured at the harbour mouth, and that passengers would be offered seats on the first boat."),
      List.of("2:40 PM", "Coast road closed at the old pier",
          "Police closed the coast road between the old pier and the lifeboat station after the sea wall was"
              + " breached in two places, and asked drivers to use the inland route through the valley."),
      List.of("1:15 PM", "Schools send pupils home early",
          "The council said all eleven primary schools on the island would close at one o'clock so that children"
              + " could be collected before the strongest winds arrive later in the afternoon."),
      List.of("11:50 AM", "Red warning issued for the islands",
          "Forecasters raised the warning for the islands to red on Saturday morning, the first such warning"
              + " in the region for nine years, with gusts of up to 140 kilometres an hour expected."));

  private static String page(List<List<String>> entries) {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    menu(12).forEach(l -> b.append(l).append('\n'));
    b.append('\n');
    for (List<String> entry : entries) {
      b.append(entry.get(0)).append('\n').append(entry.get(1)).append('\n').append(entry.get(2)).append("\n\n");
    }
    menu(30).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  // Each entry's headline is the article's, the first one too; the time stamps are the page's.
  @Test
  void theHeadlinesOfALivePagesEntriesAreTheArticles() {
    Article a = parseAndCheckRoundTrip(page(ENTRIES));
    List<String> expected = ENTRIES.stream().flatMap(e -> e.subList(1, 3).stream()).toList();
    assertEquals(expected, texts(a));
    assertTrue(a.boilerplate().containsAll(List.of("4:05 PM", "2:40 PM", "1:15 PM", "11:50 AM")),
        a.boilerplate().toString());
    long live = ArticleParser.standard().analyze(page(ENTRIES)).lines().stream()
        .filter(l -> LiveEntries.RULE.equals(l.rule())).count();
    assertEquals(ENTRIES.size(), live);
  }

  // Two time stamps over short lines make no live page: the entries' rule reads no line.
  @Test
  void twoEntriesMakeNoLivePage() {
    List<LineAssignment> lines = ArticleParser.standard().analyze(page(ENTRIES.subList(0, 2))).lines();
    assertTrue(lines.stream().noneMatch(l -> LiveEntries.RULE.equals(l.rule())), lines.toString());
    assertTrue(LiveEntries.MIN_ENTRIES > 2);
  }

  // A time stamp over a full sentence, a line of the site's interface or an author's name: no entry's headline.
  @ParameterizedTest
  @ValueSource(strings = {"The ferry stopped running at noon.", "Newsletter preferences", "Lindiwe Mahlangu"})
  void aSentenceAnInterfaceLineOrANameUnderATimeStampIsNoHeadline(String line) {
    List<List<String>> entries = List.of(ENTRIES.get(0), ENTRIES.get(1), ENTRIES.get(2),
        List.of("10:20 AM", line, ENTRIES.get(3).get(2)));
    List<LineAssignment> lines = ArticleParser.standard().analyze(page(entries)).lines();
    LineAssignment under = lines.stream().filter(l -> l.text().equals(line)).findFirst().orElseThrow();
    assertNotEquals(LiveEntries.RULE, under.rule(), under.toString());
    assertEquals(3, lines.stream().filter(l -> LiveEntries.RULE.equals(l.rule())).count());
  }

  @ParameterizedTest
  @ValueSource(strings = {"8:42 PM", "11:31 AM EST", "14:52", "09.15", "9:40 a.m.", "7:03 GMT+1"})
  void stamps(String line) {
    assertTrue(LiveEntries.isStamp(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"14:52 uur", "Dec. 6", "2 of 4", "10:12 AM XYZ", "Updated 14:52", "1:2", "12:30 PM today",
      "19.99", "99:99", "13:15 PM", "3.75"})
  void notStamps(String line) {
    assertFalse(LiveEntries.isStamp(line), line);
  }
}
