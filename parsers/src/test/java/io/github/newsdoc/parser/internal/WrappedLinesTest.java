package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.Newsdoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Texts wrapped at a fixed width, read as the lines their writer wrote. */
class WrappedLinesTest {
  private static final String ARTICLE = String.join("\n",
      "Ferry crews walk out over rest rules",
      "",
      "By Ann Lee",
      "",
      "Crews on the Carrow Sound ferries walked off their ships on Tuesday in a dispute over rest rules, leaving"
          + " hundreds of passengers stranded on both sides of the water for most of the day.",
      "",
      "The Maritime Crews Association said the stoppage was the first on the route in nine years, and that its"
          + " members had voted by a large majority to walk out after talks broke down last week.",
      "",
      "\"Our members are working fourteen-hour days and then being told to sleep on board,\" organiser Tom Cole"
          + " said outside the terminal, where a few dozen crew members stood with banners in the rain.",
      "",
      "The company said its offer was well above inflation and that its rest rules met every national standard,"
          + " and it asked the union to return to talks on Thursday morning at the latest.",
      "");

  // A greedy wrapper, as fmt and most mail programs break lines: each line takes words while they fit.
  static String wrap(String text, int width) {
    return wrap(text, width, false);
  }

  // With hyphens: a word that does not fit is broken after a hyphen when its first part fits, as Python's
  // textwrap does.
  static String wrap(String text, int width, boolean hyphens) {
    StringBuilder out = new StringBuilder();
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      StringBuilder current = new StringBuilder();
      for (String word : line.stripTrailing().split(" ")) {
        int hyphen = word.lastIndexOf('-');
        if (hyphens && hyphen > 0 && current.length() > 0 && current.length() + 1 + word.length() > width
            && current.length() + 1 + hyphen + 1 <= width) {
          out.append(current).append(' ').append(word, 0, hyphen + 1).append('\n');
          current.setLength(0);
          word = word.substring(hyphen + 1);
        }
        if (current.length() > 0 && current.length() + 1 + word.length() > width) {
          out.append(current).append('\n');
          current.setLength(0);
        }
        current.append(current.length() > 0 ? " " : "").append(word);
      }
      out.append(current).append('\n');
    }
    return out.toString();
  }

  // What a reader takes from an article: its head, and its paragraphs, no paragraph break lost and none added
  // except where a sentence ends (a paragraph may be split where a sentence and a wrapped line end together).
  static void assertSameReading(Article plain, Article wrapped, String message) {
    assertEquals(plain.title(), wrapped.title(), message);
    assertEquals(plain.bylines(), wrapped.bylines(), message);
    assertEquals(plain.published(), wrapped.published(), message);
    assertEquals(plain.dateline(), wrapped.dateline(), message);
    assertSameParagraphs(paragraphs(plain), paragraphs(wrapped), message);
  }

  static List<String> paragraphs(Article a) {
    return a.paragraphs().stream().map(p -> p.text()).collect(Collectors.toList());
  }

  // Each paragraph of the plain reading is one paragraph of the wrapped reading, or several that split it
  // only where a sentence ends.
  static void assertSameParagraphs(List<String> plain, List<String> wrapped, String message) {
    int k = 0;
    for (String p : plain) {
      String read = k < wrapped.size() ? wrapped.get(k++) : "";
      while (!read.equals(p) && p.startsWith(read + " ") && endsSentence(read) && k < wrapped.size()) {
        read = read + " " + wrapped.get(k++);
      }
      assertEquals(p, read, () -> "plain " + plain + "\nwrapped " + wrapped + "\n" + message);
    }
    assertEquals(wrapped.size(), k, () -> "paragraphs left over: " + wrapped + "\n" + message);
  }

  private static boolean endsSentence(String text) {
    return text.matches("(?s).*[.!?\u2026][\"'\u2019\u201d)\\]]*");
  }

  @Test
  void aWrappedArticleReadsAsItsWriterWroteIt() {
    Article plain = Newsdoc.parse(ARTICLE);
    for (int width = 60; width <= 100; width++) {
      String wrapped = wrap(ARTICLE, width);
      Article a = Newsdoc.parse(wrapped);
      assertSameReading(plain, a, wrapped);
      assertEquals("Ferry crews walk out over rest rules", a.title());
    }
    assertEquals(plain, Newsdoc.parse(wrap(ARTICLE, 72)), "no line ends a sentence at 72");
  }

  // Two short paragraphs wrapped at 70 break three times, every line as long as the others: enough.
  @Test
  void aShortWrappedArticleKeepsItsHeadlineAndItsTwoParagraphs() {
    String wrapped = String.join("\n",
        "Harbour Town Opens Its New Ferry Terminal",
        "",
        "The new ferry terminal in Harbour Town opened on Monday morning, three",
        "years later than the council had promised and at almost twice the cost",
        "first announced to residents.",
        "",
        "Hundreds of people queued along the quay before dawn to ride the first",
        "crossing, which left on time despite a strong wind from the west.",
        "");
    Article a = Newsdoc.parse(wrapped);
    assertEquals("Harbour Town Opens Its New Ferry Terminal", a.title());
    assertEquals(List.of("The new ferry terminal in Harbour Town opened on Monday morning, three years later than"
        + " the council had promised and at almost twice the cost first announced to residents.",
        "Hundreds of people queued along the quay before dawn to ride the first crossing, which left on time despite"
        + " a strong wind from the west."), a.paragraphs().stream().map(p -> p.text()).collect(Collectors.toList()));
  }

  // Lines under one another, of nearly one length, each followed by a line that opens with a capital, agree
  // with a width but were broken by their writer (a caption and its credit on each line): no break before a
  // word in small letters, no join.
  @Test
  void linesBrokenBeforeCapitalsOnlyAreNotJoined() {
    String[] credits = {"Photo Desk/Coast Agency/", "Photo Desks/Coast Agency/", "Photo Desk/Coast Agencies/"};
    StringBuilder b = new StringBuilder("Harbour notes\n\n");
    for (int i = 0; i < 12; i++) {
      b.append("Harbour Town harbour master notes the tide tables for the winter months ").append(credits[i % 3])
          .append('\n');
    }
    List<Line> lines = SourceReader.lines(b, SourceReader.Limits.NONE, m -> { });
    assertSame(lines, WrappedLines.unwrap(lines));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"the harbour.|The ferry", "he said.\u201d|\u201cWe", "Is it open?|Yes"})
  void aSentenceEndOverACapitalIsABreak(String a, String b) {
    assertEquals(true, WrappedLines.sentenceBreak(a, b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"the harbour|master said", "the harbour.|and then", "Mr.|smith"})
  void noSentenceBreak(String a, String b) {
    assertEquals(false, WrappedLines.sentenceBreak(a, b));
  }

  // Every width from 60 to 100, on every fixture article whose lines it breaks often enough and whose
  // lines all stand apart (two lines printed one under the other, wrapped, cannot be told from one line broken
  // in two: a reader of the wrapped text could not tell either).
  @Test
  void wrappingAtAnyWidthChangesNoFixture() throws IOException {
    List<String> fixtures = fixtures();
    assertEquals(true, fixtures.size() >= 10, "fixtures with their lines apart: " + fixtures.size());
    ArticleParser parser = ArticleParser.builder().quotes(false).entities(false).build();
    int checked = 0;
    for (String fixture : fixtures) {
      String text = fixture.replace("\r\n", "\n");
      for (int width = 60; width <= 100; width++) {
        String wrapped = wrap(text, width);
        if (breaks(text, width) >= 2 * WrappedLines.MIN_JOINS) {
          assertSameReading(parser.parse(text), parser.parse(wrapped), "width " + width + ":\n" + wrapped);
          checked++;
        }
      }
    }
    assertEquals(true, checked >= 300, "wrapped fixtures checked: " + checked);
  }

  @Test
  void aTextThatIsNotWrappedIsLeftAlone() {
    List<Line> lines = SourceReader.lines(ARTICLE, SourceReader.Limits.NONE, m -> { });
    assertSame(lines, WrappedLines.unwrap(lines));
  }

  // A page whose lines were broken here and there by hand or by markup agrees with a width only now and then:
  // none of its lines is joined.
  @Test
  void linesBrokenByHandAreNotJoined() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      b.append("The ferry company published its timetable for the winter months\n");
      b.append("on its website\n");
      b.append("and in the harbour office, where passengers queued for tickets\n\n");
    }
    List<Line> lines = SourceReader.lines(b, SourceReader.Limits.NONE, m -> { });
    assertSame(lines, WrappedLines.unwrap(lines));
  }

  // An e-mail wrapped at 70 with a reply quoted under it ('> …', wrapped with its marks at 74): the quoted
  // lines, longer than the width, are no evidence against it, so the letter is joined; the quoted lines are
  // left as they are, none joined to the letter's lines or to each other.
  @Test
  void aQuotedReplyIsALayerOfItsOwn() {
    String letter = String.join("\n",
        "Harbour wall: the board's answer",
        "",
        "Dear Tomas,",
        "",
        "Thank you for your letter about the new sea wall. The board met on Tuesday evening and agreed that the work"
            + " on the harbour front should begin in the spring, as the council had asked, and that the fishermen"
            + " would keep their moorings while the wall is being built.",
        "",
        "We know the levy on the moorings has worried many of the owners of the smaller boats, and the board will"
            + " look at it again in the autumn once the final cost of the wall is known.",
        "",
        "Kind regards,",
        "Ilse Varn",
        "");
    String quote = "The fishermen of Glenharrow would like to know when the work on the sea wall will begin, and"
        + " whether they will be able to keep their moorings while the wall is being built along the old harbour"
        + " front this year and the next.";
    StringBuilder reply = new StringBuilder("\n> On 2 March, Tomas Reed wrote:\n");
    for (String q : wrap(quote, 72).strip().split("\n")) {
      reply.append("> ").append(q).append('\n');
    }
    String text = wrap(letter, 70) + reply;
    List<Line> lines = SourceReader.lines(text, SourceReader.Limits.NONE, m -> { });
    List<Line> joined = WrappedLines.unwrap(lines);
    List<String> raw = joined.stream().map(Line::raw).collect(Collectors.toList());
    assertEquals(true, raw.contains(letter.split("\n")[6]), String.join("\n", raw));
    assertEquals(reply.toString().strip(), raw.stream().filter(l -> l.startsWith(">"))
        .collect(Collectors.joining("\n")), String.join("\n", raw));
    // a quoted line over a line of the letter in small letters, as wide as the wrap: not joined
    String over = "> The fishermen of Glenharrow would like to know when the work";
    String under = "underneath the old harbour front will begin, the board was asked.";
    List<Line> mixed = SourceReader.lines(wrap(letter, 70) + "\n" + over + "\n" + under + "\n",
        SourceReader.Limits.NONE, m -> { });
    assertEquals(List.of(over, under), WrappedLines.unwrap(mixed).stream().map(Line::raw)
        .filter(l -> l.startsWith("> The") || l.startsWith("underneath")).collect(Collectors.toList()));
  }

  // Widths 69 and 70 tie on every count: at 69 the 70-character line ('… to give this') is one longer than the
  // width; at 70 the line broken before 'from', whose next word would have fit, is one a wrap would have
  // filled. Neither is better supported, so the reading does not depend on which is tried first (the narrower
  // was, and the paragraph was split after 'give this'): a break before a small letter that agrees with either
  // is joined, and the paragraph is one line.
  @Test
  void widthsThatTieOnEveryCountAreReadAlike() {
    String paragraph = String.join("\n",
        "The council of Glenharrow voted on Tuesday to build a new sea wall",
        "alongside the old harbour front, ending a dispute between fishermen",
        "and the owners of the holiday flats that has lasted for more than",
        "eleven years and divided the town into two camps that rarely spoke to",
        "each other in public. Work on the wall will begin in the spring and",
        "should take about two years, the council said, with most of the money",
        "coming from the regional coast fund and the rest from a levy on the",
        "moorings of each harbour, which the fishermen have long opposed and",
        "which the owners of the larger boats have promised to fight in the",
        "courts if the council does not lower it before the work begins. The",
        "mayor of Glenharrow said the council had listened to both sides for",
        "many months and that the wall would protect the homes along the front",
        "from the winter storms that have flooded the lower streets three",
        "times in the last five years, and she asked the fishermen to give this",
        "plan a fair chance before judging it.");
    List<Line> lines = SourceReader.lines("Glenharrow votes for a sea wall\n\n" + paragraph + "\n",
        SourceReader.Limits.NONE, m -> { });
    List<Line> joined = WrappedLines.unwrap(lines);
    assertEquals(List.of("Glenharrow votes for a sea wall", paragraph.replace("\n", " ")),
        joined.stream().map(Line::raw).collect(Collectors.toList()));
  }

  @Test
  void aWordBrokenAtItsHyphenIsJoinedWithoutASpace() {
    String text = ARTICLE.replace("fourteen-hour", "fourteen-hour").replace("a large majority", "a well-known"
        + " and long-awaited majority");
    for (int width = 60; width <= 90; width++) {
      String wrapped = wrap(text, width, true);
      assertSameReading(Newsdoc.parse(text), Newsdoc.parse(wrapped), "width " + width + ":\n" + wrapped);
    }
  }

  // The lines of the text that a wrap at this width breaks before a word in small letters: the evidence
  // WrappedLines counts.
  private static int breaks(String text, int width) {
    String[] wrapped = wrap(text, width).split("\n", -1);
    String[] lines = text.split("\n", -1);
    int before = 0;
    for (String line : lines) {
      before += line.isEmpty() || !Character.isLowerCase(line.codePointAt(0)) ? 0 : 1;
    }
    int after = 0;
    for (String line : wrapped) {
      after += line.isEmpty() || !Character.isLowerCase(line.codePointAt(0)) ? 0 : 1;
    }
    return after - before;
  }

  private static List<String> fixtures() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/fixtures"))) {
      List<String> texts = new ArrayList<>();
      for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().collect(Collectors.toList())) {
        String text = Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!text.matches("(?s).*\\S[^\\n]*\\n[^\\S\\n]*\\S.*")) {
          texts.add(text); // no line right under another
        }
      }
      return texts;
    }
  }
}
