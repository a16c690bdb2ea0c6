package io.github.newsdoc.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdoc.model.Article;
import io.github.newsdoc.model.Caption;
import io.github.newsdoc.parser.ArticleParser;
import io.github.newsdoc.parser.LineAssignment;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.Newsdoc;
import io.github.newsdoc.parser.ParseReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Captions found by the layout of the page's known captions; the lines are made up. */
class CaptionLayoutTest {
  private static final String P1 = "The new ferry terminal at Brindle opened on Monday after four years of work, and the"
      + " first crossing left the north quay at dawn with two hundred passengers aboard.";
  private static final String P2 = "Harbour officials said the building would handle twice the traffic of the old shed.";
  private static final String KNOWN = "The first crossing leaves the north quay at dawn.";
  private static final String KNOWN_CREDIT = "Ada Brenner/Coastline Pictures/Harbour Agency";
  private static final String CAPTION = "Passenger numbers on the Brindle crossing since the quay was rebuilt.";
  private static final String CREDIT = "Harbour Survey";

  // A line: its text, and whether a blank line stands above it.
  private record L(String text, boolean afterBlank) {}

  private static List<Line> lines(L... ls) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < ls.length; i++) {
      lines.add(new Line(i + 1, ls[i].text(), ls[i].text(), ls[i].afterBlank()));
    }
    return lines;
  }

  private static final L[] PAGE = {new L(P1, true), new L(KNOWN, true), new L(KNOWN_CREDIT, false), new L(P2, true),
      new L(CAPTION, true), new L(CREDIT, false), new L(P1, true)};

  private static LineRole[] knownRoles() {
    LineRole[] roles = new LineRole[PAGE.length];
    roles[1] = LineRole.CAPTION;
    roles[2] = LineRole.CAPTION_CREDIT;
    return roles;
  }

  @Test
  void aBlockBuiltAsThePagesKnownCaptionsIsACaptionWithItsCredit() {
    LineRole[] roles = knownRoles();
    String[] rules = new String[PAGE.length];
    List<Line> lines = lines(PAGE);
    CaptionLayout.apply(lines, new LineMeasures(lines), roles, rules, 0, PAGE.length - 1);
    assertEquals(LineRole.CAPTION, roles[4]);
    assertEquals(LineRole.CAPTION_CREDIT, roles[5]);
    assertNull(roles[0]);
    assertNull(roles[3]);
  }

  @Test
  void aPageWithNoKnownCaptionOfThatBuildIsLeftAlone() {
    LineRole[] roles = new LineRole[PAGE.length];
    List<Line> lines = lines(PAGE);
    CaptionLayout.apply(lines, new LineMeasures(lines), roles, new String[PAGE.length], 0, PAGE.length - 1);
    assertNull(roles[4]);
    assertNull(roles[5]);
  }

  // A photographer and an outlet set apart by a slash, glued under a caption-sized line in a block of its own,
  // even spaced and naming no agency, and even when the page extractor set the short line aside as a link.
  @Test
  void aSlashedCreditUnderACaptionNeedsNoKnownCaption() {
    L[] page = {new L(P1, true), new L(CAPTION, true), new L("Ada Brenner / Brindle Public Radio", false),
        new L(P2, true), new L("Sign in to read more.", true), new L("Sign In / Sign Up", false), new L(P1, true),
        new L("Already a subscriber?", true), new L("Log In / Register", false), new L(P2, true)};
    LineRole[] roles = new LineRole[page.length];
    String[] rules = new String[page.length];
    roles[2] = LineRole.BOILERPLATE;
    rules[2] = "page:link-like";
    List<Line> lines = lines(page);
    CaptionLayout.apply(lines, new LineMeasures(lines), roles, rules, 0, page.length - 1);
    assertEquals(LineRole.CAPTION, roles[1]);
    assertEquals(LineRole.CAPTION_CREDIT, roles[2]);
    assertEquals(CaptionLayout.RULE, rules[1]);
    assertNull(roles[4], "a sentence under its own words, but no caption's: a notice");
    assertNull(roles[7], "a question over two links");
    assertNull(roles[8]);
  }

  // A whole page through the parser: a menu, the head, a share rail, the article with a picture's caption and its
  // slashed credit glued under it between two paragraphs, related links and a footer. The pair is read as the
  // caption and its credit, not as paragraphs nor as a list of headlines.
  @Test
  void aSlashedCreditUnderACaptionOnAWholePage() {
    String page = String.join("\n",
        "Skip to content",
        "Brindle Harbour Herald",
        "Home",
        "News",
        "Sport",
        "Weather",
        "Business",
        "Opinion",
        "Culture",
        "Travel",
        "Newsletters",
        "Sign in",
        "Subscribe",
        "",
        "Brindle opens its new ferry terminal after four years of work",
        "",
        "By Tessa Quill",
        "",
        "March 3, 2026",
        "",
        "Share",
        "Facebook",
        "Email",
        "Print",
        "",
        "The new ferry terminal at Brindle opened on Monday after four years of work, and the first crossing left the north quay at dawn with two hundred passengers aboard.",
        "",
        "Harbour officials said the building would handle twice the traffic of the old shed, and that the car deck would take lorries from the quarry road by the summer.",
        "",
        "The first passengers queue on the north quay before the dawn crossing to Dunmore.",
        "Ada Brenner / Brindle Public Radio",
        "",
        "The old shed, built in the 1950s, will be pulled down in the autumn to make room for a car park and a small garden, the harbour board said in a statement.",
        "",
        "Islanders welcomed the new terminal but asked the board to keep the fares as they are for at least another year, saying that many of them cross every day for work.",
        "",
        "The board said fares would be reviewed in the spring, once it knows how many people use the new crossing in its first winter.",
        "",
        "Related stories",
        "Ferry fares to rise in spring",
        "Harbour board names new chair",
        "Quarry road to close for repairs",
        "",
        "About us",
        "Contact",
        "Advertise",
        "Privacy policy",
        "Terms of use",
        "Cookie settings") + "\n";
    Article a = Newsdoc.parse(page);
    assertEquals("Brindle opens its new ferry terminal after four years of work", a.title());
    assertEquals(List.of("The first passengers queue on the north quay before the dawn crossing to Dunmore."),
        a.captions().stream().map(Caption::text).collect(Collectors.toList()));
    assertEquals(Optional.of("Ada Brenner / Brindle Public Radio"), a.captions().get(0).credit());
    assertEquals(5, a.paragraphs().size(), a.paragraphs().toString());
    assertTrue(a.paragraphs().stream().noneMatch(p -> p.text().contains("Ada Brenner")));
    ParseReport report = ArticleParser.standard().analyze(page);
    assertEquals(List.of(CaptionLayout.RULE), report.lines().stream().filter(l -> l.role() == LineRole.CAPTION)
        .map(LineAssignment::rule).collect(Collectors.toList()));
  }

  @Test
  void aSecondLineThatIsNoNameIsNoCredit() {
    assertEquals(false, CaptionLayout.credit("and the crossing was full", 25));
    assertEquals(false, CaptionLayout.credit("Read the full report.", 21));
    assertEquals(false, CaptionLayout.credit("Updated 12:40", 13));
    assertEquals(true, CaptionLayout.credit(CREDIT, CREDIT.length()));
    assertEquals(true, CaptionLayout.slashed("ADA BRENNER/THE BRINDLE POST"));
    assertEquals(false, CaptionLayout.slashed("Ada Brenner"));
    assertEquals(false, CaptionLayout.slashed("News / Sport / Weather / Travel"));
    assertEquals(false, CaptionLayout.slashed("and/or more"));
    assertEquals(false, CaptionLayout.slashed("Page 1 / 5"));
  }

  @Test
  void theCaptionTakesItsCreditAsPrinted() {
    LineRole[] roles = knownRoles();
    String[] rules = new String[PAGE.length];
    rules[1] = "caption:above-credit";
    rules[2] = Segmenter.CREDIT_BELOW;
    List<Line> lines = lines(PAGE);
    CaptionLayout.apply(lines, new LineMeasures(lines), roles, rules, 0, PAGE.length - 1);
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < PAGE.length; i++) {
      segments.add(roles[i] == null ? new Segment(lines.get(i), LineRole.PARAGRAPH, "default:paragraph")
          : new Segment(lines.get(i), roles[i], rules[i]));
    }
    Article article = ArticleAssembler.assemble(segments).article();
    List<Caption> captions = article.captions();
    assertEquals(2, captions.size());
    assertEquals(Optional.of(CREDIT), captions.get(1).credit());
    assertEquals(3, article.paragraphs().size());
  }
}
