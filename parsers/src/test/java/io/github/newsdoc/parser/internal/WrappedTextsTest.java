package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.Newsdoc;
import io.github.newsdoc.parser.ParseReport;
import io.github.newsdoc.parser.testing.NothingLost;
import io.github.newsdoc.parser.testing.TextGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static io.github.newsdoc.parser.internal.WrappedLinesTest.assertSameReading;
import static io.github.newsdoc.parser.internal.WrappedLinesTest.paragraphs;
import static io.github.newsdoc.parser.internal.WrappedLinesTest.wrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/** Whole texts wrapped at a fixed width, read as their writer wrote them; texts that are not, left alone. */
class WrappedTextsTest {
  private static final String BODY = String.join("\n",
      "Residents of Marrow Point voted on Thursday to close the old swing bridge to lorries from the spring,"
          + " after engineers found that its deck could no longer carry the weight of the quarry traffic.",
      "",
      "The bridge board said the vote ended a dispute of more than a decade and that a new crossing further"
          + " upstream would be built with money from the regional roads fund over the next four years.",
      "",
      "Quarry owners warned that the detour would add almost an hour to every load and said they would ask"
          + " the board to let lighter lorries cross at night while the new crossing is being built.",
      "",
      "Shopkeepers on the harbour road welcomed the decision, saying the lorries had shaken their windows and"
          + " blocked the narrow pavements for years, and asked for the old bridge to be opened to cyclists.",
      "",
      "A second vote, on the tolls for the new crossing, is expected before the end of the year, once the board"
          + " has the final figures from the engineers it hired in the autumn to survey the river banks.");

  private static final String MENU = String.join("\n", "Home", "News", "Sport", "Weather", "Business",
      "Politics", "Culture", "Opinion", "Podcasts", "Video", "Subscribe");

  private static final String FOOTER = String.join("\n", "Related", "Quarry lorries to pay new tolls",
      "Swing bridge closed for repairs", "Harbour road to get new pavements", "Contact us", "About us",
      "Privacy policy", "Terms of use", "Advertise with us");

  private static String page(String body) {
    return MENU + "\n\n\n\nMarrow Point votes to close swing bridge to lorries\n\nBy Tessa Quill\n\n" + body
        + "\n\n\n\n" + FOOTER + "\n";
  }

  // A page of chrome, a headline, a byline, a wrapped body and a footer of links: the body's paragraphs are
  // read as they are unwrapped, none lost to the boilerplate (a joined line measured its gap to the next line
  // from its first source line, and the page extractor read the jump as a section break).
  @Test
  void aWrappedPageKeepsItsBody() {
    Article plain = Newsdoc.parse(page(BODY));
    assertEquals(5, plain.paragraphs().size(), plain.toString());
    for (int width = 60; width <= 90; width += 3) {
      String text = page(wrap(BODY, width).stripTrailing());
      Article a = Newsdoc.parse(text);
      assertSameReading(plain, a, text);
      assertEquals(plain.boilerplate(), a.boilerplate(), text);
    }
  }

  // Every non-blank source line of a wrapped text is reported once, the lines a wrap broke apart with the
  // rule wrap:continued, and the nothing-lost check accounts for all of them.
  @Test
  void analyzingAWrappedTextReportsEverySourceLineOnce() {
    for (int width = 55; width <= 90; width += 5) {
      for (String text : List.of(page(wrap(BODY, width)), wrap("Marrow Point closes its bridge\n\n" + BODY, width,
          true))) {
        ParseReport report = ArticleParser.standard().analyze(text);
        List<Integer> numbers = report.lines().stream().map(LineAssignment::line).collect(Collectors.toList());
        String[] source = text.split("\n", -1);
        int k = 0;
        for (int i = 0; i < source.length; i++) {
          if (!source[i].isBlank()) {
            assertEquals(i + 1, numbers.get(k), text);
            assertEquals(source[i], report.lines().get(k).text(), text);
            k++;
          }
        }
        assertEquals(k, numbers.size(), text);
        assertTrue(report.lines().stream().anyMatch(l -> l.rule().equals(WrapProvenance.CONTINUED)), text);
        assertEquals(List.of(), NothingLost.check(text, report), text);
      }
    }
  }

  // A headline printed right over its wrapped lead, no blank line between: the headline stays the title.
  @Test
  void aHeadlineOverItsWrappedLeadStaysTheTitle() {
    String headline = "Marrow Point board votes to close the old swing bridge to quarry lorries";
    for (int width = 72; width <= 80; width++) {
      String text = headline + "\n" + wrap(BODY, width);
      Article a = Newsdoc.parse(text);
      assertEquals(headline, a.title(), text);
      assertEquals(paragraphs(Newsdoc.parse(headline + "\n\n" + BODY)), paragraphs(a), text);
    }
  }

  // A title longer than the wrap's width over its byline, and a web address longer than it in the body, are no
  // evidence against the width: a short wrapped text is joined all the same, and a quote broken across two of
  // its lines keeps its speaker.
  @Test
  void aLongTitleAndALongAddressDoNotStopTheJoin() {
    String text = """
        Ferry Service To Resume After Winter Break, Operator Says In Statement To Passengers
        By Mara Velden

        PORT ELLIS, March 3 (Coast Wire) - The ferry between Port Ellis and the
        island of Dunmore will run again from April, the operator said on
        Monday, after a winter break that left islanders without a link to the
        mainland for nearly three months.

        "We know it has been a hard winter for the island," said Kel Ambry, who
        runs the service. "We are glad to be back."

        The timetable is published at
        https://www.example.org/ferries/port-ellis-dunmore/timetable-2026-spring.html

        Islanders said the break had been longer than in any year they could
        remember.
        """;
    Article a = Newsdoc.parse(text);
    assertEquals("Ferry Service To Resume After Winter Break, Operator Says In Statement To Passengers", a.title());
    assertEquals(4, a.paragraphs().size(), paragraphs(a).toString());
    assertTrue(a.quotes().stream().allMatch(q -> q.attribution().isPresent()
        && q.attribution().get().speaker().equals("Kel Ambry")), a.quotes().toString());
  }

  // A headline as wide as the wrap, glued over its byline, its date line or a lead that opens with a figure:
  // the line under it reads as a line of its own (or opens a sentence), so the headline is not joined to it.
  @Test
  void aHeadlineGluedOverItsBylineDateOrAFigureStaysItsOwnLine() {
    String headline = "Marrow Point Board Votes To Close Old Swing Bridge To Quarry Lorries";
    for (String under : List.of("By Tessa Quill", "Published: Tuesday, March 3, 2026", "March 3, 2026")) {
      String text = headline + "\n" + under + "\n\n" + wrap(BODY, 70);
      Article a = Newsdoc.parse(text);
      assertEquals(headline, a.title(), under);
      assertEquals(under.startsWith("By") ? 1 : 0, a.bylines().size(), under);
      assertEquals(under.startsWith("By"), a.published().isEmpty(), under);
    }
    String figure = "40 lorries a day cross the old swing bridge at Marrow Point, the board said on Thursday, and"
        + " engineers say its deck can no longer carry them.";
    Article a = Newsdoc.parse(headline + "\n" + wrap(figure + "\n\n" + BODY, 70));
    assertEquals(headline, a.title());
    assertTrue(a.paragraphs().get(0).text().startsWith("40 lorries"), a.paragraphs().get(0).text());
  }

  // A problem inside a joined line is reported at the source line and column that hold it, not past the end of
  // the joined line's first source line.
  @Test
  void aProblemInAJoinedLineIsReportedWhereItsSourceLineHoldsIt() {
    String quoted = "The bridge board said the vote ended a dispute of more than a decade, and its chair told"
        + " the meeting that \"a new crossing further upstream would be built with money from the regional"
        + " roads fund over the next four years.";
    String text = "Marrow Point votes to close swing bridge\n\n" + wrap(BODY.replace(
        BODY.substring(BODY.indexOf("The bridge board"), BODY.indexOf("\n\nQuarry owners")), quoted), 66);
    ParseReport report = ArticleParser.standard().analyze(text);
    String[] source = text.split("\n", -1);
    int line = 0;
    while (!source[line].contains("\"")) {
      line++;
    }
    assertEquals(1, report.problems().size(), report.problems().toString());
    assertEquals(line + 1, report.problems().get(0).line(), report.problems().toString());
    assertEquals(source[line].indexOf('"') + 1, report.problems().get(0).column(), report.problems().toString());
  }

  // A poem quoted in an article of long lines: its lines agree with a width, but the article's lines are
  // longer than it, so nothing is joined.
  @Test
  void aQuotedPoemInAnArticleThatIsNotWrappedIsLeftAlone() {
    String text = String.join("\n", "Retired lock keeper wins river poetry prize", "", "By Tessa Quill", "",
        "A retired lock keeper from Marrow Point has won the regional river poetry prize for a poem about the"
            + " locks he kept for thirty years, the judges said on Friday evening.",
        "",
        "The winning poem opens with these four lines:",
        "",
        "The water rises in the lock before the dawn,",
        "and herons wait along the bank for barges gone,",
        "while lamps burn in the house beside the gate",
        "and someone on the towpath calls and will not wait.",
        "",
        "Ivo Marsh, 79, said he had written about the river all his life but had never before shown his poems to"
            + " anyone outside his family.",
        "");
    List<Line> lines = SourceReader.lines(text, SourceReader.Limits.NONE, m -> { });
    assertSame(lines, WrappedLines.unwrap(lines));
    assertEquals(7, Newsdoc.parse(text).paragraphs().size());
  }

  // Paragraphs marked by indentation, no blank line between them: each paragraph's last line, over the next
  // paragraph's indented first line, is no evidence against the wrap.
  @Test
  void indentedParagraphsWithNoBlankLinesAreJoined() {
    StringBuilder b = new StringBuilder("Marrow Point votes to close swing bridge\n\nBy Tessa Quill\n\n");
    for (String p : BODY.split("\n\n")) {
      b.append("   ").append(wrap("###" + p, 70).substring(3)); // the first line indented, the wrap kept
    }
    Article a = Newsdoc.parse(b.toString());
    assertEquals(paragraphs(Newsdoc.parse("Marrow Point votes to close swing bridge\n\nBy Tessa Quill\n\n" + BODY)),
        paragraphs(a), b.toString());
  }

  // Short paragraphs marked by indentation: as many paragraph ends as broken lines, none of them evidence
  // against the wrap (each ends a sentence, over an indented line).
  @Test
  void shortIndentedParagraphsAreJoined() {
    List<String> paragraphs = List.of(
        "The swing bridge at Marrow Point will close to lorries from the first day of spring, the bridge board"
            + " said on Thursday evening.",
        "Engineers found that the deck could no longer carry the weight of the quarry traffic that crosses it"
            + " every morning.",
        "The board said a new crossing would be built further upstream within four years, with money from the"
            + " regional roads fund.",
        "Quarry owners said the detour would add almost an hour to every load they send down to the harbour and"
            + " the ships.",
        "Shopkeepers on the harbour road welcomed the vote and asked for the old bridge to be opened to cyclists"
            + " and walkers.",
        "A second vote, on tolls for the new crossing, is expected before the end of the year, once the final"
            + " figures are in.");
    StringBuilder b = new StringBuilder("Marrow Point votes to close swing bridge\n\nBy Tessa Quill\n\n");
    for (String p : paragraphs) {
      b.append("   ").append(wrap("###" + p, 70).substring(3));
    }
    assertEquals(paragraphs, paragraphs(Newsdoc.parse(b.toString())), b.toString());
  }

  // The line under a wrapped paragraph, a blank line between, is read as it is under the paragraph unwrapped:
  // the signature of a quote, the signature of an embedded post.
  @Test
  void aLineUnderAWrappedParagraphIsReadAsUnderItsLine() {
    String quote = "\"We have waited for this bridge to close for as long as any of us can remember, and now we"
        + " can finally sleep through the night without the lorries shaking every window in the street.\"";
    String text = "Marrow Point votes to close swing bridge\n\nBy Tessa Quill\n\n" + BODY + "\n\n" + quote
        + "\n\n- Ivo Marsh.\n";
    String post = EmbeddedPostTest.page(EmbeddedPostTest.SIGNATURE);
    for (int width = 64; width <= 80; width += 4) {
      for (String plain : List.of(text, post)) {
        String wrapped = wrap(plain, width);
        Article a = Newsdoc.parse(plain);
        Article b = Newsdoc.parse(wrapped);
        assertSameReading(a, b, wrapped);
        assertEquals(a.boilerplate(), b.boilerplate(), wrapped);
        assertEquals(a.quotes().stream().map(q -> q.attribution().map(t -> t.speaker()).orElse(""))
            .collect(Collectors.toList()), b.quotes().stream().map(q -> q.attribution().map(t -> t.speaker())
            .orElse("")).collect(Collectors.toList()), wrapped);
      }
    }
  }

  // A title over a byline and a signature under the letter: a few short lines that are not prose, each a
  // line whose next word would have fit, do not veto a text that is clearly wrapped.
  @Test
  void aTitleOverABylineAndASignatureDoNotVetoTheWrap() {
    String head = "Marrow Point votes to close the old swing bridge to lorries from spring\nBy Tessa Quill, river"
        + " correspondent\nPublished: 4 March 2025\n\n";
    String signature = "\n\nIvo Marsh, secretary of the Marrow Point bridge board\nBridge House, 2 Quay Lane,"
        + " Marrow Point\n";
    for (int width = 72; width <= 80; width += 2) {
      String text = head + wrap(BODY, width).stripTrailing() + signature;
      Article a = Newsdoc.parse(text);
      String plain = head + BODY + signature;
      assertSameReading(Newsdoc.parse(plain), a, text);
      assertEquals(5 + 2, a.paragraphs().size(), text);
    }
  }

  // A sentence broken after an abbreviation ("by Dr." over "Lena Voss") is not a sentence break.
  @Test
  void anAbbreviationAtALineEndIsNoSentenceBreak() {
    assertEquals(false, WrappedLines.sentenceBreak("a report written by Dr.", "Lena Voss found that"));
    String report = "The board acted on Monday after a survey of the old swing bridge written by Dr. Lena Voss"
        + " found that its deck could no longer carry the weight of the quarry lorries that cross it every"
        + " morning on their way to the harbour, and that repairs would cost more than a new bridge upstream.";
    String text = "Marrow Point bridge report\n\nBy Tessa Quill\n\n" + report + "\n\n" + BODY;
    for (int width = 79; width <= 83; width++) {
      String wrapped = wrap(text, width);
      assertTrue(wrapped.contains(" by Dr.\nLena Voss"), wrapped);
      assertSameReading(Newsdoc.parse(text), Newsdoc.parse(wrapped), wrapped);
      assertEquals(report, paragraphs(Newsdoc.parse(wrapped)).get(0));
    }
  }

  // A joined line's gap to the next line is measured from its last source line.
  @Test
  void aJoinedLineMeasuresGapsFromItsLastSourceLine() {
    List<Line> lines = SourceReader.lines(wrap(BODY, 70), SourceReader.Limits.NONE, m -> { });
    List<Line> joined = WrappedLines.unwrap(lines);
    assertEquals(5, joined.size());
    for (int i = 0; i + 1 < joined.size(); i++) {
      assertEquals(2, joined.get(i).gapTo(joined.get(i + 1)), joined.get(i).toString());
    }
    assertEquals(1, new Line(3, "a", "a", false).gapTo(new Line(4, "b", "b", false)));
  }

  // Any generated article (a headline, perhaps a byline, paragraphs of a few sentences, a blank line between
  // each; the words of TextGenerators) wrapped at any width from 50 to 90 reads as it does unwrapped: the same
  // title and paragraphs (a paragraph may be split only where a sentence ends). Only texts whose wrap breaks
  // enough lines inside a sentence to show it are asked: a text with one or two broken lines cannot be told
  // from one a writer broke by hand.
  @Test
  void anyGeneratedArticleWrappedReadsAsItDoesUnwrapped() {
    ArticleParser parser = ArticleParser.builder().quotes(false).entities(false).build();
    qt().withExamples(500)
        .forAll(articles(), Generate.range(50, 90))
        .assuming((text, width) -> brokenInsideSentences(text, width) >= 2 * WrappedLines.MIN_JOINS)
        .checkAssert((text, width) -> {
          String wrapped = wrap(text, width);
          assertSameReading(parser.parse(text), parser.parse(wrapped), "width " + width + ":\n" + wrapped);
        });
  }

  private static final List<String> LOWER = List.of("harbour", "council", "voted", "on", "monday", "to", "close",
      "the", "east", "dock", "workers", "gathered", "outside", "a", "depot", "2024", "rail", "strike", "über",
      "café", "région", "pay", "well-known", "long-awaited");
  private static final List<String> CAPITAL = List.of("Harbourton", "Ines", "Cole", "Northern", "Rail",
      "Authority", "Valdoria", "Zoë", "Müller", "Ольга", "Tanaka", "O'Neil", "Sørensen", "Ngozi");

  // Articles whose sentences are all different, as a writer's are: each ends with its own number ("… s7."), so
  // that no sentence a wrap sets on a line of its own reads as a line the page printed twice.
  private static Gen<String> articles() {
    Gen<String> name = TextGenerators.words(CAPITAL, 2, 3);
    Gen<String> sentence = name.zip(TextGenerators.words(LOWER, 3, 25), (n, w) -> n + " " + w);
    return rs -> {
      StringBuilder b = new StringBuilder(name.generate(rs)).append(' ')
          .append(TextGenerators.words(LOWER, 2, 6).generate(rs));
      b.append("\n\n");
      if (Generate.booleans().generate(rs)) {
        b.append("By ").append(name.generate(rs)).append("\n\n");
      }
      int sentences = 0;
      for (int p = Generate.range(3, 7).generate(rs); p > 0; p--) {
        for (int k = Generate.range(1, 4).generate(rs); k > 0; k--) {
          b.append(sentence.generate(rs)).append(" s").append(++sentences).append('.').append(k > 1 ? " " : "\n\n");
        }
      }
      return b.toString();
    };
  }

  // How many lines a wrap at this width breaks before a word in small letters.
  private static int brokenInsideSentences(String text, int width) {
    return smallStarts(wrap(text, width)) - smallStarts(text);
  }

  private static int smallStarts(String text) {
    int count = 0;
    for (String line : text.split("\n", -1)) {
      count += line.isEmpty() || !Character.isLowerCase(line.codePointAt(0)) ? 0 : 1;
    }
    return count;
  }

  // No exception, and no line longer than a join may make, whatever the lines: very long ones, very many, only
  // spaces or tabs, CRLF, surrogate pairs.
  @Test
  void hostileLinesAreReadWithoutFailing() {
    String longLine = HOSTILE_WORD.repeat(1_000);
    for (String text : List.of(manyLines(2), longLine + "\n" + longLine + "\n" + longLine, " \n \t\n  \n",
        wrap(longLine, 60).repeat(50), "\ud83d\ude00\n".repeat(1_000), "a\r\nb\r\n")) {
      List<Line> lines = SourceReader.lines(text, SourceReader.Limits.NONE, m -> { });
      List<Line> out = WrappedLines.unwrap(lines);
      assertTrue(out.stream().allMatch(l -> l.raw().length() <= WrapJoiner.MAX_JOINED
          || lines.stream().anyMatch(s -> s.number() == l.number() && s.raw().length() == l.raw().length())));
    }
  }

  // Linear time, whatever the lines: unwrapping four times as much of each hostile text takes less than ten
  // times as long (a step quadratic in the lines or in a line's length takes sixteen). A ratio, not a time, so
  // that neither a fast machine hides a quadratic step nor a slow one fails a linear one; the best of several
  // runs after a warm-up, measured again when a loaded machine spoiled a measure. How fast is JMH's question.
  @Test
  void hostileLinesAreReadInLinearTime() {
    List<IntFunction<String>> texts = List.of(k -> manyLines(k),
        k -> String.join("\n", Collections.nCopies(3, HOSTILE_WORD.repeat(5_000 * k))),
        k -> wrap(HOSTILE_WORD.repeat(1_000), 60).repeat(100 * k),
        k -> "\ud83d\ude00\n".repeat(20_000 * k));
    for (IntFunction<String> text : texts) {
      List<Line> small = SourceReader.lines(text.apply(1), SourceReader.Limits.NONE, m -> { });
      List<Line> large = SourceReader.lines(text.apply(4), SourceReader.Limits.NONE, m -> { });
      double ratio = Double.MAX_VALUE;
      for (int attempt = 0; attempt < 3 && ratio >= LINEAR_RATIO; attempt++) {
        ratio = (double) fastest(large) / Math.max(1, fastest(small));
      }
      assertTrue(ratio < LINEAR_RATIO, "four times the lines took " + ratio + " times as long: "
          + text.apply(1).substring(0, 40));
    }
  }

  private static final double LINEAR_RATIO = 10;
  private static final String HOSTILE_WORD = "harbour \ud83d\ude00 ";

  // Many lines (10,000 times k) of two lengths, a long line and lines of blanks now and then, with CRLF.
  private static String manyLines(int k) {
    String longLine = HOSTILE_WORD.repeat(1_000);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000 * k; i++) {
      b.append(i % 3 == 0 ? "the ferry sails at dawn and returns when the tide is high again over" : "and the"
          + " harbour master keeps the gate open until the last boat is home safe tonight").append("\r\n");
      if (i % 500 == 0) {
        b.append(longLine).append("\r\n").append("   \t  \r\n").append("\t\t\r\n");
      }
    }
    return b.toString();
  }

  // The fastest of five runs, in nanoseconds, after one to warm up.
  private static long fastest(List<Line> lines) {
    WrappedLines.unwrap(lines);
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long start = System.nanoTime();
      WrappedLines.unwrap(lines);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }
}
