package io.github.newsdoc.parser.internal;

import com.google.common.base.Suppliers;

import io.github.newsdoc.parser.BoilerplateRule;
import io.github.newsdoc.parser.LineRole;
import io.github.newsdoc.parser.RuleSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Gives every non-blank line one {@link LineRole}, in four passes: rules and line shapes that need no
 * context; the title (the first line nothing claimed); repeated lines (a caption printed twice, the headline
 * printed again); the footer after a line that ends the article. What is left is a paragraph.
 */
final class Segmenter {
  private final Map<String, Match> exact = new HashMap<>();
  // the rules that are not exact lines, in the order of their sets and of each set's rules, each with its
  // name: tried on every line, they are listed once rather than picked out of all the rules at each line. A
  // prefix rule can only match a line whose first character is its first, case aside: the rules a line is
  // tried with are those of its first character (every rule but the prefixes of other first characters, in
  // order), or, for a character no prefix opens with, every rule but the prefixes.
  private final Map<Character, Match[]> byFirst = new HashMap<>();
  private final Match[] noPrefix;
  private final int longestExact;

  private record Match(BoilerplateRule rule, String name) {}

  // The fewest words of a line printed twice that makes it a caption.
  static final int MIN_CAPTION_WORDS = 3;
  // A line that reads as a date's label but gives no date ("Published 2 hours ago", or "Updated" over its date).
  private static final String UNREADABLE_DATE = "date:unreadable";
  // A date behind a label the parser does not know.
  private static final String OTHER_LABEL = "date:other-label";

  /** The rule of a credit line printed under its caption, which the caption above takes. */
  static final String CREDIT_BELOW = "caption:credit-below";

  /** A segmenter applying the rule sets in order (the first matching rule names the line). */
  public Segmenter(List<RuleSet> ruleSets) {
    int longest = 0;
    List<Match> others = new ArrayList<>();
    for (RuleSet set : List.copyOf(ruleSets)) {
      for (BoilerplateRule rule : set.rules()) {
        if (rule.kind() == BoilerplateRule.Kind.EXACT) {
          exact.putIfAbsent(rule.text(), new Match(rule, set.name() + "/" + rule.name()));
          longest = Math.max(longest, rule.text().length());
        } else {
          others.add(new Match(rule, set.name() + "/" + rule.name()));
        }
      }
    }
    this.longestExact = longest;
    for (Match m : others) {
      if (m.rule().kind() == BoilerplateRule.Kind.PREFIX) {
        byFirst.put(caseless(m.rule().text().charAt(0)), null);
      }
    }
    for (Character first : List.copyOf(byFirst.keySet())) {
      byFirst.put(first, others.stream().filter(m -> m.rule().kind() != BoilerplateRule.Kind.PREFIX
          || caseless(m.rule().text().charAt(0)) == first).toArray(Match[]::new));
    }
    noPrefix = others.stream().filter(m -> m.rule().kind() != BoilerplateRule.Kind.PREFIX).toArray(Match[]::new);
  }

  /** Returns one segment a line, in order. */
  public List<Segment> segment(List<Line> source) {
    List<Line> lines = BlankLines.blocks(source);
    int n = lines.size();
    LineRole[] roles = new LineRole[n];
    String[] rules = new String[n];
    boolean[] ends = new boolean[n];
    boolean[] worded = new boolean[n]; // chrome by its words: a rule set's line, a button, a newsletter's block
    if (n > 0 && lines.get(0).number() == 1 && CanonicalLines.isLabelledTitle(Text.strip(lines.get(0).raw()))) {
      set(roles, rules, 0, LineRole.TITLE, CanonicalLines.TITLE_RULE);
    }
    for (int i = n > 0 && roles[0] != null ? 1 : 0; i < n; i++) {
      if (CanonicalLines.isLabelledBoilerplate(Text.strip(lines.get(i).raw()))) {
        set(roles, rules, i, LineRole.BOILERPLATE, CanonicalLines.BOILERPLATE_RULE);
      }
    }
    Object[] values = new Object[n];
    // The canonical writer labels its title and writes every caption in the labelled form: in its text, a
    // line that would be a caption only by its shape (a credit in brackets, a photo credit at the end, a
    // credit line under it) is the paragraph the writer wrote, whatever its neighbours.
    boolean canonical = n > 0 && CanonicalLines.TITLE_RULE.equals(rules[0]);
    shapes(lines, roles, rules, ends, worded, values, canonical);
    if (!canonical) {
      NoticeBlocks.apply(lines, roles, rules); // a newsletter's offer and its privacy notice under it
      for (int i = 0; i < n; i++) {
        worded[i] |= NoticeBlocks.RULE.equals(rules[i]);
      }
    }
    NameRoleLines.nameAndRole(lines, roles, rules, values);
    SideBoxes.apply(lines, roles, rules, canonical);
    LineRole[] valueRole = roles.clone();
    orphans(roles, rules);
    LineMeasures shapes = new LineMeasures(lines); // each line measured once, for the readers below
    if (!canonical) {
      CreditNeighbours.apply(lines, shapes, roles, rules);
    }
    int title = Headlines.title(lines, shapes, roles, rules, headline -> boilerplate(headline) != null);
    if (!canonical) {
      RepeatedLines.apply(lines, roles, rules, title, this::chromeCaption); // canonical text prints each block as it is
    }
    // bios first, so that a notice under them still ends the article
    AuthorBios.apply(lines, roles, rules, values, valueRole, false);
    if (!canonical) {
      Transcripts.apply(lines, roles, rules); // a player's transcript under its toggle: no prose of the article's
    }
    int[] article = PageExtractor.apply(lines, shapes, roles, rules, title);
    if (article != null) {
      title = article[2];
      HeadDates.apply(shapes, roles, rules, values, valueRole, title, article[0], article[1]);
      BylinesBelow.apply(shapes, roles, rules, article[1]);
      InsertedHeadlines.apply(lines, shapes, roles, rules, article[0], article[1]);
      GluedCaptions.apply(lines, shapes, roles, rules, article[0], article[1]);
      CaptionLayout.apply(lines, shapes, roles, rules, article[0], article[1]);
    }
    Headlines.markAbove(roles, rules, title);
    LinkBlocks.apply(lines, shapes, roles, rules);
    BylineLines.besideDate(lines, shapes, roles, rules, values, valueRole, title);
    if (!canonical && title >= 0) {
      RepeatedAuthors.apply(lines, shapes, roles, rules, values, valueRole, title);
    }
    if (article != null) {
      HeadDates.headLine(lines, roles, rules, values, valueRole, title, article[0], article[1]);
      Deks.apply(lines, shapes, roles, rules, title);
      HeadCaptions.apply(lines, shapes, roles, rules, title);
    }
    AuthorBios.closing(rules, ends);
    footer(roles, rules, ends, title, article == null ? -1 : article[1], lines, canonical);
    AuthorBios.apply(lines, roles, rules, values, valueRole, !canonical); // canonical text names its authors itself
    if (AuthorBios.closing(rules, ends)) {
      footer(roles, rules, ends, title, article == null ? -1 : article[1], lines, canonical);
    }
    if (!canonical) {
      ChromeBlocks.apply(lines, roles, rules, worded); // 'Advertisement' over 'Advertise with us.'
    }
    if (article != null) {
      LineModel.apply(lines, shapes, roles, rules); // a second opinion where the rules' reading is unlikely
    }
    List<Segment> segments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (roles[i] == null) {
        roles[i] = LineRole.PARAGRAPH;
        rules[i] = "default:paragraph";
      } else if (roles[i] == LineRole.BOILERPLATE && !rules[i].equals(CanonicalLines.BOILERPLATE_RULE)
          && QuoteSignatures.is(lines, roles, i)) {
        roles[i] = LineRole.PARAGRAPH;
        rules[i] = "paragraph:signature";
      }
      // a value belongs to the reading that parsed it, not to a role a later pass gave the line
      segments.add(new Segment(source.get(i), roles[i], rules[i], valueRole[i] == roles[i] ? values[i] : null));
    }
    return segments;
  }

  private void shapes(List<Line> lines, LineRole[] roles, String[] rules, boolean[] ends, boolean[] worded,
      Object[] values, boolean canonical) {
    int n = lines.size();
    boolean[] filled = new boolean[2]; // whether a line gave the publication and the update time yet
    // the year of the page and the order of its dates in figures, read only when a date line asks for them
    PageDates pageYear = PageDates.of(lines);
    Optional<String> site = Titles.siteName(lines);
    Supplier<Boolean> doubled = Suppliers.memoize(() -> PageSpacing.doubleSpaced(lines));
    PairedDateLines.TextStart text = new PairedDateLines.TextStart(lines, roles);
    for (int i = 0; i < n; i++) {
      if (roles[i] != null) {
        continue;
      }
      String t = lines.get(i).text();
      int at = i;
      Match match = boilerplate(t);
      if (match != null) {
        set(roles, rules, i, LineRole.BOILERPLATE, match.name());
        ends[i] = match.rule().endsArticle();
        worded[i] = true;
      } else if (!canonical && i > 0 && ButtonLines.is(t)) { // the first line is the title's place
        set(roles, rules, i, LineRole.BOILERPLATE, ButtonLines.RULE); // 'Share full article', 'Read 142 Comments'
        worded[i] = true;
      } else if ((values[i] = PairedDateLines.underLabel(i > 0 && UNREADABLE_DATE.equals(rules[i - 1])
          ? lines.get(i - 1).text() : null, t, pageYear)
          .or(() -> canonical ? Optional.empty() : PublishedDates.placeFirst(t, pageYear)).orElse(null)) != null) {
        date(roles, rules, i, (PublishedDates.Reading) values[i], filled, "date");
      } else if ((values[i] = byline(lines, i, roles, site)) != null) {
        set(roles, rules, i, LineRole.BYLINE, "byline");
        // its date is the first, when it is one: the publication time, or the update time when it says so
        Optional<String> date = ((Bylines.Reading) values[i]).date();
        Optional<PublishedDates.Reading> times = date.flatMap(BylineDates::reading);
        filled[0] |= date.isPresent() && times.map(r -> r.published().isPresent()).orElse(true);
        filled[1] |= times.map(r -> r.updated().isPresent()).orElse(false);
      } else if ((values[i] = TagLines.parse(t).orElse(null)) != null) {
        set(roles, rules, i, LineRole.TAGS, "tags:labelled");
        ends[i] = true;
      } else if (TagLines.isHeading(t) && tagList(lines, i + 1)) {
        set(roles, rules, i, LineRole.TAGS, "tags:heading");
        ends[i] = true;
        while (i + 1 < n && TagLines.isListItem(lines.get(i + 1).text())
            && (roles[i] == LineRole.TAGS && rules[i].equals("tags:heading") || !lines.get(i + 1).afterBlank())
            && boilerplate(lines.get(i + 1).text()) == null) {
          i++;
          set(roles, rules, i, LineRole.TAGS, "tags:list-item");
        }
      } else if (TagLines.isHeading(t)) {
        set(roles, rules, i, LineRole.BOILERPLATE, "tags:heading-alone");
      } else if (Captions.imageSource(t).isPresent()) {
        // a caption's label before the words of a credit: 'Image caption, X contributed to this report.' is a
        // caption that says so
        boolean paired = i + 1 < n && Captions.imageCaption(lines.get(i + 1).text()).isPresent();
        set(roles, rules, i, paired ? LineRole.CAPTION_CREDIT : LineRole.BOILERPLATE,
            paired ? "caption:image-source" : "caption:image-source-alone");
      } else if (Captions.imageCaption(t).isPresent()) {
        set(roles, rules, i, LineRole.CAPTION, "caption:labelled");
      } else if ((values[i] = CreditLines.parse(t).orElse(null)) != null) {
        set(roles, rules, i, LineRole.CREDITS, "credits");
        ends[i] = true;
      } else if ((values[i] = PublishedDates.parseAfterLabel(t).or(() -> canonical ? Optional.empty()
          : PublishedDates.parseAfterWord(t).filter(r -> text.inHead(at))).orElse(null)) != null) {
        // (two such lines in the head, one right under the other or on a double-spaced page)
        if (!filled[1] && !canonical && text.inHead(i) && (!lines.get(i).afterBlank() || doubled.get())
            && PairedDateLines.inOrder(values, rules, i, OTHER_LABEL)) {
          filled[0] = false; // the line above gives the update, and this one the publication
          filled[1] = true;
        }
        date(roles, rules, i, (PublishedDates.Reading) values[i], filled, OTHER_LABEL);
      } else if ((values[i] = !canonical && i > 0 && roles[i - 1] == LineRole.PUBLISHED
          && values[i - 1] instanceof PublishedDates.Reading above
          ? PairedDateLines.sameDay(lines.get(i - 1).text(), above, t, pageYear).orElse(null) : null) != null) {
        date(roles, rules, i, (PublishedDates.Reading) values[i], filled, "date:same-day");
      } else if (PublishedDates.isDateLike(t)) {
        set(roles, rules, i, LineRole.BOILERPLATE, UNREADABLE_DATE);
      } else if (keywordLine(lines, i)) {
        set(roles, rules, i, LineRole.CAPTION_KEYWORDS, "caption:keywords");
      } else if (i > 0 && roles[i - 1] == LineRole.CAPTION_KEYWORDS) {
        set(roles, rules, i, LineRole.CAPTION, "caption:after-keywords");
      } else if (canonical) {
        continue; // the writer's captions are labelled: no caption by shape alone
      } else if (CaptionLayout.creditBelow(lines, roles, rules, i, site) && !Notices.isNotice(t)) {
        // before the shapes of a caption on its own: "Name / Getty Images" under a caption is its credit (a
        // line that speaks to the reader of the site, 'Subscribe to our magazine', describes no picture: it
        // is asked last, of the few lines shaped as captions)
        set(roles, rules, i - 1, LineRole.CAPTION, "caption:above-credit");
        set(roles, rules, i, LineRole.CAPTION_CREDIT, CREDIT_BELOW);
      } else if (Captions.standalone(t).isPresent() && !Notices.isNotice(t) && !chromeCaption(t)) {
        // a credit after the site's own words ("To find out more, click here. Getty Images") makes no caption:
        // written as one, its text would read back as chrome
        set(roles, rules, i, LineRole.CAPTION, "caption:credited");
      } else if (Captions.bracketedCredit(t).isPresent() && !CaptionLayout.sourcedNeighbour(lines, i) && !Notices.isNotice(t)) {
        set(roles, rules, i, LineRole.CAPTION, "caption:bracketed-credit");
      } else if (GroupCaptions.is(t)) {
        set(roles, rules, i, LineRole.CAPTION, "caption:group"); // 'L-R: Ana Ruiz, Jo Park and …'
      }
    }
  }

  // A date line fills the times it gives when none of them is filled yet ({published, updated}); otherwise it
  // repeats one and is boilerplate.
  private static void date(LineRole[] roles, String[] rules, int i, PublishedDates.Reading reading, boolean[] filled,
      String rule) {
    boolean repeated = reading.published().isPresent() && filled[0] || reading.updated().isPresent() && filled[1];
    set(roles, rules, i, repeated ? LineRole.BOILERPLATE : LineRole.PUBLISHED, repeated ? HeadDates.REPEATED : rule);
    filled[0] |= !repeated && reading.published().isPresent();
    filled[1] |= !repeated && reading.updated().isPresent();
  }

  // An author line; a weak one ("Jane Doe in Lisbon", "Di Marco Rossi") is not the first line nothing
  // claimed, which is the headline's place. The site's own name among its names is its outlet.
  private static Bylines.Reading byline(List<Line> lines, int i, LineRole[] roles, Optional<String> site) {
    Bylines.Reading reading = Bylines.read(lines.get(i).text()).map(r -> SiteOutlets.withoutSite(r, site)).orElse(null);
    if (reading != null && reading.weak()) {
      for (int k = 0; k < i; k++) {
        if (roles[k] == null || roles[k] == LineRole.TITLE) {
          return reading;
        }
      }
      return null;
    }
    return reading;
  }

  // A tag list is at least two short lines printed one under the other (no blank line between them): a
  // paragraph never looks like that, and the writer separates paragraphs with blank lines.
  private boolean tagList(List<Line> lines, int first) {
    return first + 1 < lines.size()
        && TagLines.isListItem(lines.get(first).text()) && boilerplate(lines.get(first).text()) == null
        && TagLines.isListItem(lines.get(first + 1).text()) && !lines.get(first + 1).afterBlank();
  }

  // An image-source line whose caption did not follow (another rule claimed the next line) is boilerplate;
  // a keyword line without its caption is left unclaimed, to be read as prose like any other line.
  private static void orphans(LineRole[] roles, String[] rules) {
    for (int i = roles.length - 1; i >= 0; i--) {
      LineRole next = i + 1 < roles.length ? roles[i + 1] : null;
      if (roles[i] == LineRole.CAPTION_CREDIT && next != LineRole.CAPTION && !CREDIT_BELOW.equals(rules[i])) {
        set(roles, rules, i, LineRole.BOILERPLATE, "caption:image-source-alone");
      } else if (roles[i] == LineRole.CAPTION_KEYWORDS && next != LineRole.CAPTION
          && next != LineRole.CAPTION_CREDIT) {
        roles[i] = null;
        rules[i] = null;
      }
    }
  }

  // A keyword line sits right above a caption: one of the labelled caption lines, or any line when the
  // keyword line has at least three items (fewer are too easily a short paragraph).
  private static boolean keywordLine(List<Line> lines, int i) {
    if (i + 1 >= lines.size() || lines.get(i + 1).afterBlank()) {
      return false;
    }
    String next = lines.get(i + 1).text();
    boolean labelled = Captions.imageSource(next).isPresent() || Captions.imageCaption(next).isPresent();
    return Captions.keywords(lines.get(i).text(), labelled ? 1 : 3).isPresent()
        && (labelled || Text.words(next) >= 4);
  }

  // A caption whose text or credit is, read as a line of its own, chrome: written in the canonical form, its
  // parts would read back as chrome.
  private boolean chromeCaption(String t) {
    Captions.Parts parts = Captions.splitCredit(t);
    return boilerplate(parts.text()) != null || parts.credit().map(this::boilerplate).isPresent();
  }

  private Match boilerplate(String t) {
    if (t.length() <= longestExact) {
      Match m = exact.get(t.toLowerCase(java.util.Locale.ROOT));
      if (m != null) {
        return m;
      }
    }
    Match[] rules = t.isEmpty() ? noPrefix : byFirst.getOrDefault(caseless(t.charAt(0)), noPrefix);
    for (Match m : rules) {
      if (m.rule().matches(t)) {
        return m;
      }
    }
    return null;
  }

  // A character as String.regionMatches compares it, case aside.
  private static char caseless(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  // After a line that ends the article (a tag line, a credit line, 'Similar Posts', …) below the title,
  // the prose nothing else claimed is the site's footer. A marker only ends the article when less unclaimed
  // prose follows it than stands between the title and it: a 'Topics:' line under the headline does not; nor
  // does a box inside a page's article run (to runEnd) after which the article goes on (ArticleFoot.goesOn).
  private static void footer(LineRole[] roles, String[] rules, boolean[] ends, int title, int runEnd,
      List<Line> lines, boolean canonical) {
    int n = roles.length;
    long[] before = new long[n + 1];
    for (int i = 0; i < n; i++) {
      before[i + 1] = before[i] + (roles[i] == null ? Text.words(lines.get(i).text()) : 0);
    }
    int from = -1;
    for (int i = title + 1; i < n; i++) {
      if (ends[i] && before[n] - before[i + 1] < before[i] - before[title + 1]
          && !(i < runEnd && ArticleFoot.goesOn(lines, roles, i))) {
        from = i;
        break;
      }
    }
    if (from < 0) {
      return;
    }
    // the site's notices right above the marker ('Listen to our podcast' over 'Most popular') are its too; the
    // canonical text has no site, and labels what it keeps as boilerplate
    for (int i = from - 1; !canonical && i > title && (roles[i] != null || Notices.isNotice(lines.get(i).text()));
        i--) {
      if (roles[i] == null) {
        set(roles, rules, i, LineRole.BOILERPLATE, "notice:above-footer");
      }
    }
    String rule = "footer:after-line-" + lines.get(from).number();
    for (int i = from + 1; i < n; i++) {
      if (roles[i] == null) {
        set(roles, rules, i, LineRole.BOILERPLATE, rule);
      }
    }
    // an author line between two lines of the footer, when the article has its own above it, is a teaser's
    // ('Read this next': a headline, its author, its summary)
    boolean authored = false;
    for (int i = title + 1; i < from && !authored; i++) {
      authored = roles[i] == LineRole.BYLINE;
    }
    for (int i = from + 2; authored && i + 1 < n; i++) {
      if (roles[i] == LineRole.BYLINE && rule.equals(rules[i - 1]) && rule.equals(rules[i + 1])) {
        set(roles, rules, i, LineRole.BOILERPLATE, "footer:teaser-byline");
      }
    }
  }

  private static void set(LineRole[] roles, String[] rules, int i, LineRole role, String rule) {
    roles[i] = role;
    rules[i] = rule;
  }
}
