package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * The headline printed above the article, found from the layout rather than taken as the first line.
 *
 * <p>An article runs headline, then its head (byline, date, standfirst, a lead image), then its prose. A page
 * or a scraped article often opens with other lines: a browser-title line ({@code Headline | Site}), skip
 * links, a menu, a cookie notice, the site's name. So the headline is looked for upwards from the article:
 * from its first byline or date line, or, when it prints neither, from the start of its prose core (the run
 * of lines with the most prose, menus and chrome counting against it). The first headline-shaped line found
 * there is the headline; the line the text opens with stays the title when nothing better stands between
 * it and the article, which is the case of every clean article (headline, then the article).
 *
 * <p>Linear in the lines.
 */
final class Headlines {
  // A headline: this many words at least and at most; CJK headlines by width instead.
  static final int MIN_WORDS = 3;
  static final int MAX_WORDS = 30;
  static final int MIN_WIDTH = 12;
  static final int MAX_WIDTH = 240;
  // A line prints the opening line's headline again when it has this many of its words, and two thirds.
  private static final int MIN_SHARED = 3;
  // A printed headline shares this many words with the browser title.
  private static final int MIN_RELATED = 2;

  // How many lines under the start of the prose core a byline or date is looked for, when none is above it.
  static final int HEAD_REACH = 4;
  // How many unclaimed lines under a byline or date a menu stands right over are read for the headline.
  static final int UNDER_ANCHOR = 2;

  // How far under the browser title a headline it opens with is looked for.
  static final int SUBTITLED_REACH = 40;

  private Headlines() {}

  /** The rule of a title found as the printed headline below the opening line. */
  static final String PRINTED = "title:printed-headline";
  /** The rule of a title that is the text's first unclaimed line. */
  static final String FIRST_LINE = "title:first-unclaimed-line";

  /**
   * Reads the title: the labelled one, or the first unclaimed line, or the printed headline below it
   * ({@link #choose}); returns its index, or -1. A first line whose headline, its site suffix cut, is chrome
   * ({@code "Home | World | Business"}) is a menu, not the title: its canonical text would read back as chrome.
   */
  static int title(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules,
      java.util.function.Predicate<String> chrome) {
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] == LineRole.TITLE) {
        return i; // labelled
      }
      if (roles[i] == null) {
        String headline = Titles.split(lines.get(i).text()).headline();
        if (!headline.equals(lines.get(i).text()) && chrome.test(headline)) {
          roles[i] = LineRole.BOILERPLATE;
          rules[i] = "title:chrome-headline";
          continue;
        }
        int printed = choose(lines, shapes, roles, rules, i);
        if (printed == i && OpeningChrome.passedOver(lines, shapes, roles, i)) {
          roles[i] = LineRole.BOILERPLATE; // "Newsletters" over the headline and its byline, no menu between
          rules[i] = OpeningChrome.RULE;
          continue;
        }
        roles[printed] = LineRole.TITLE;
        rules[printed] = printed == i ? FIRST_LINE : PRINTED;
        return printed;
      }
    }
    return -1;
  }

  /**
   * What stands above a printed headline found below the opening line is the page's: its browser title, skip
   * links, menus, a cookie notice. Run after the page extractor, which counts these lines to tell a page.
   */
  static void markAbove(LineRole[] roles, String[] rules, int title) {
    if (title < 0 || !PRINTED.equals(rules[title])) {
      return;
    }
    for (int i = 0; i < title; i++) {
      if (roles[i] == null) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = "title:above-headline";
      }
    }
  }

  /**
   * The line of the printed headline: {@code first} (the first unclaimed line, the title so far) or an
   * unclaimed headline-shaped line after it and above the article.
   */
  static int choose(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules, int first) {
    String openingTitle = Titles.split(lines.get(first).text()).headline();
    for (int i = first + 1; i < roles.length && i <= first + SUBTITLED_REACH; i++) {
      // the opening first: it turns down a line longer than the opening title at once, where counting the
      // words of each paragraph in reach read it whole
      if (roles[i] == null && Titles.opensWith(openingTitle, lines.get(i).text()) && shapes.width(i) >= MIN_WIDTH
          && Text.words(lines.get(i).text()) >= MIN_WORDS && HeadLayout.articleBelow(shapes, roles, first, i)) {
        return i; // the browser title is this headline and its subtitle: "Headline. The subtitle… | Site"
      }
    }
    int core = HeadLayout.coreStart(shapes, roles, first + 1);
    if (core < 0) {
      return first;
    }
    // The anchor: the head's first byline or date over the core. A byline or date with the page's menu and then
    // a headline-shaped line between it and a later one is the site's (today's date in the masthead, over the
    // menu and the headline), not the head's: the later one anchors.
    int anchor = core;
    for (int i = first + 1; i < core; i++) {
      // (a date line that repeats the date of one above it is a date line of the layout all the same: the
      // masthead's date read first leaves the head's own date "repeated")
      // (on a page, a byline under a date with a menu over it and a headline between them is the head's, the
      // date the masthead's)
      if ((roles[i] == LineRole.BYLINE || roles[i] == LineRole.PUBLISHED || HeadDates.REPEATED.equals(rules[i]))
          && (anchor == core
              || (HeadLayout.menuBetween(shapes, roles, anchor, i)
                  || roles[i] == LineRole.BYLINE && roles[anchor] != LineRole.BYLINE
                      && HeadLayout.menuBetween(shapes, roles, first, anchor))
                  && HeadLayout.headlineBetween(lines, shapes, roles, anchor, i))) {
        anchor = i;
      }
    }
    // The core may start with a line of prose above the headline (a cookie notice, a teaser): the byline or
    // date right under its first line, before a second line of prose, is the anchor.
    for (int i = core + 1; anchor == core && i < roles.length && i <= core + HEAD_REACH; i++) {
      if (roles[i] == LineRole.BYLINE || roles[i] == LineRole.PUBLISHED) {
        anchor = i;
      } else if (roles[i] == null && shapes.prose(i)) {
        break;
      }
    }
    // The page prints the headline of its browser-title line again above the article: the line that shares
    // the most of its words, the nearest of equals.
    String opening = lines.get(first).text();
    String openingHeadline = Titles.split(opening).headline();
    String beforeSeparator = Titles.beforeLastSeparator(opening);
    // the same without what the browser title adds in brackets: "Headline (with Pictures) | Site", "Headline
    // [Video] - Site"
    String untagged = beforeSeparator == null ? null : Titles.outsideBrackets(beforeSeparator);
    List<String> openingWords = words(openingHeadline);
    int need = Math.max(MIN_SHARED, (2 * openingWords.size() + 2) / 3);
    int again = -1;
    int most = need - 1;
    for (int i = anchor - 1; i > first; i--) {
      String text = lines.get(i).text();
      if (roles[i] == null && (text.equals(beforeSeparator) || text.equals(untagged)
          || text.equals(openingHeadline) && !openingHeadline.equals(opening)) && shapes.width(i) >= MIN_WIDTH) {
        // the opening line is this line and a site's name after a separator, or after several ('Headline |
        // Section | Site'): the page prints it again
        return HeadLayout.articleBelow(shapes, roles, first, i) ? i : first;
      }
      if (roles[i] == null && isHeadline(text, shapes.width(i), shapes.linkLike(i))) {
        int shared = shared(openingWords, text);
        if (shared > most) {
          most = shared;
          again = i;
        }
      }
    }
    if (again >= 0) {
      return HeadLayout.articleBelow(shapes, roles, first, again) ? again : first;
    }
    // the opening line counts in the menu when it is one of its entries: link-shaped, with the next line right
    // under it ("World" / "Business" / "Sign in"), or when it heads one, a run of link-like lines printed right
    // under it (the site's name over its sections: "Channel 5 News" / "Watch Live" / "Weather"); a chrome line
    // is never the title
    boolean inMenu = first + 1 < roles.length && !lines.get(first + 1).afterBlank()
        && (shapes.linkLike(first) || HeadLayout.headsMenu(lines, shapes, roles, first));
    if (!HeadLayout.menuBetween(shapes, roles, inMenu ? first - 1 : first, anchor)) {
      return first; // the text opens with its headline, or at least with no menu under its first line
    }
    // Otherwise the article's head: the lines right above the anchor, up to a menu (a run of link-like
    // lines) or the opening line; its first headline-shaped line is the headline, but never a line of a list
    // of headlines (other articles' or the article's highlights, which stand under its headline).
    int found = -1;
    int links = 0;
    int standfirst = -1; // the line right over the anchor, when it is a sentence: a standfirst
    for (int i = anchor - 1; i > first && links < HeadLayout.MENU_RUN; i--) {
      String text = lines.get(i).text();
      if (roles[i] != null) {
        if (found >= 0 && HeadLayout.breadcrumb(text)) {
          break; // a breadcrumb a rule knows as chrome closes the head as a section label does
        }
        continue;
      }
      if (standfirst == -1) {
        standfirst = Text.endsSentence(text) && !shapes.linkLike(i) ? i : -2;
      }
      if (HeadLayout.inHeadlineList(lines, roles, i)) {
        continue; // a list of other articles' headlines ('Most read'), or the highlights under the headline
      }
      if (longWords(text) == 0 || found < 0 && authorLine(text)) {
        // a control's letters or a separator ('A-', 'A+', '|'), or a second author's name and job lines under the
        // headline ('Tom Wicks' / 'Midlands Reporter'): no links of a menu, and no headline
        continue;
      }
      if (shapes.linkLike(i) && standfirst == i + 1 && found < 0 && !lines.get(i + 1).afterBlank()
          && HeadLayout.startsBlock(lines, roles, i) && isHeadline(text, shapes.width(i), false)
          && !Notices.isNotice(text)
          && !HeadLayout.sectionLabel(text)) {
        // a short headline right over its standfirst, a sentence, over the byline or date: the headline, though
        // link-shaped (over a longer headline, a rubric such as 'Five things to know' stays no headline)
        found = i;
        links = 0;
      } else if (shapes.linkLike(i)) {
        if (found >= 0 && HeadLayout.sectionLabel(text)) {
          break; // a section label or kicker over the headline closes the head: above it, a ticker or teaser
        }
        links++;
      } else {
        links = 0;
        if (isHeadline(text, shapes.width(i), false) && !Notices.isNotice(text) && !HeadLayout.breadcrumb(text)) {
          // a line that speaks to the reader about the site ('Subscribe for full access') is no headline, nor is
          // a breadcrumb no rule claimed ('Home › News Center › Press Releases')
          found = i;
        }
      }
    }
    if (found >= 0 && HeadLayout.breadcrumbBetween(lines, shapes, roles, found, anchor)) {
      // a line found over a breadcrumb ('News' / 'Traffic', a block of its own over the date) is a link of the
      // page's menus when a headline no shorter stands right under the date over the article's prose: a layout
      // that prints the date over the headline
      int below = HeadByPlace.belowAnchor(lines, shapes, roles, anchor, core);
      found = below >= 0 && below + 1 < roles.length && roles[below + 1] == null && shapes.prose(below + 1)
          && shapes.width(below) >= shapes.width(found) ? below : found;
    }
    // Failing that, the headline by its place beside the byline or date: under it, or right over it in a
    // shape that is a headline's but for its length or its full stop.
    boolean byPlace = false;
    if (found < 0) {
      found = HeadByPlace.belowAnchor(lines, shapes, roles, anchor, core);
      found = found < 0 ? HeadByPlace.overAnchor(lines, shapes, roles, first, anchor) : found;
      byPlace = true;
    }
    if (found < 0 || !HeadLayout.articleBelow(shapes, roles, first, found)) {
      return first;
    }
    // An opening line with a headline's shape is a browser title: the printed headline shares words with it.
    // A headline found by its place alone is held to that whenever the opening line has a title's separator.
    // The first entry of a menu (a site's name over its sections, glued under it) is no browser title.
    // A ticker or a masthead's date with separators ("USD 296.85 | GBP 377.10") is mostly figures: no browser title.
    // A browser title opens the text or a block of its own, and is no date: a line glued under other lines (a
    // weather box under the masthead's date, an official site's banner under 'Skip to main content') or a date
    // with another calendar's after it ("Wednesday, December 2, 2026 | 22 Jumada …") is the page's, and the
    // headline found is the title.
    boolean browserTitle = (isHeadline(opening) && !inMenu || !openingHeadline.equals(opening))
        && mostlyWords(opening) && (first == 0 || lines.get(first).afterBlank())
        && PublishedDates.parse(beforeSeparator == null ? opening : beforeSeparator).isEmpty()
        || byPlace && beforeSeparator != null;
    return !browserTitle || shared(openingWords, lines.get(found).text()) >= MIN_RELATED ? found : first;
  }

  // A line of an author's under the headline: a person's name alone (a known first name) or one person's job.
  private static boolean authorLine(String text) {
    return BylineRoles.PERSON_JOB.matcher(text).matches() && BylineRoles.isRole(text)
        || Text.words(text) <= 3
            && HeadNames.plainName(io.github.newsdoc.model.Byline.of(text, java.util.Optional.empty()), true);
  }

  // How many words of the text hold two letters or figures at least (up to MIN_WORDS: all the caller asks).
  static int longWords(String text) {
    int count = 0;
    int run = 0;
    for (int i = 0; i < text.length() && count < MIN_WORDS; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        if (++run == 2) {
          count++;
        }
      } else if (text.charAt(i) == ' ') {
        run = 0;
      }
    }
    return count;
  }

  // The words of at least three letters or digits, lower case: what a browser title and a printed headline
  // are compared by.
  private static List<String> words(String text) {
    List<String> words = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        start = start < 0 ? i : start;
      } else {
        if (start >= 0 && i - start >= 3) {
          words.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
        }
        start = -1;
      }
    }
    return words;
  }

  // How many of the words `a` (from #words) appear among the words of `b`.
  private static int shared(List<String> a, String b) {
    java.util.Set<String> inB = new java.util.HashSet<>(words(b));
    int shared = 0;
    for (String w : a) {
      shared += inB.contains(w) ? 1 : 0;
    }
    return shared;
  }

  /**
   * Whether a line's words, split at spaces, hold letters at least as often as figures: a headline is written
   * in words ("2026 in 12 pictures | Site" ties or more), where a ticker ({@code "USD 296.85 | GBP 377.10"}) or a
   * masthead's date ({@code "Sunday, Mangsir 21, 2083 | December 6, 2026"}) is mostly figures. A figure is a word
   * of digits and no letter; in a ticker (two codes in capitals or more, each right before a figure), the codes
   * count as figures too.
   */
  static boolean mostlyWords(String text) {
    String[] tokens = text.strip().split("\\s+");
    int pairs = 0;
    for (int k = 0; k + 1 < tokens.length; k++) {
      pairs += code(tokens[k]) && figure(tokens[k + 1]) ? 1 : 0;
    }
    int worded = 0;
    int figures = 0;
    for (int k = 0; k < tokens.length; k++) {
      if (figure(tokens[k]) || pairs >= 2 && k + 1 < tokens.length && code(tokens[k]) && figure(tokens[k + 1])) {
        figures++;
      } else if (tokens[k].codePoints().anyMatch(Character::isLetter)) {
        worded++;
      }
    }
    return worded >= figures;
  }

  // Digits and no letter.
  private static boolean figure(String token) {
    return token.codePoints().anyMatch(Character::isDigit) && token.codePoints().noneMatch(Character::isLetter);
  }

  // A code in capital letters (a currency's, an index's): two to five of them.
  private static boolean code(String token) {
    return token.length() >= 2 && token.length() <= 5 && token.codePoints().allMatch(Character::isUpperCase);
  }

  /**
   * Whether a line has a headline's shape: some words but not a paragraph's worth, not link-like, and not
   * ending as a sentence of prose does (a standfirst, a notice); a question or an exclamation may close it.
   */
  static boolean isHeadline(String text) {
    int width = LineMeasures.width(text);
    return isHeadline(text, width, LineMeasures.isLinkLike(text, width));
  }

  // As isHeadline(String), the line's width and whether it is link-like known.
  static boolean isHeadline(String text, int width, boolean linkLike) {
    if (width < MIN_WIDTH || width > MAX_WIDTH || linkLike) {
      return false;
    }
    int words = Text.words(text);
    boolean wide = width > text.length() * 3 / 2; // mostly CJK: words are not spaced
    // (words of two letters or figures at least: "Font size A A A", a control's letters, is no headline)
    if (!wide && (words < MIN_WORDS || words > MAX_WORDS || longWords(text) < MIN_WORDS)) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return last != '.' && last != ':' && last != ';' && last != ',' && last != '…' && last != '。' && last != '\u0964'
        && last != '\u06d4'; // (the Devanagari danda and the Urdu full stop too)
  }

}
