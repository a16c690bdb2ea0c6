package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Byline;
import io.github.newsdoc.parser.LineRole;

import com.google.common.base.Suppliers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The author readings that need a line's neighbours or place: a name over its role or desk
 * ({@code "Jane Doe"} / {@code "Health reporter"}), names in the article's head beside a date or with their
 * jobs ({@link AuthorBios} reads an author's biography after the article's prose).
 */
final class BylineLines {
  /** The rule of the line under a name that gives the name's role or outlet. */
  static final String ROLE_LINE = "byline:role-line";
  /** The rule of the outlet line under an author line ({@code "Coast Wire"} under {@code "By Jane Doe"}). */
  static final String OUTLET_LINE = "byline:outlet-line";

  /** The rule of a name line whose role stands on the line under it. */
  static final String NAME_LINE = "byline:name-line";

  static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]*\\w");

  /** The rule of a line of the article's head that prints a date and its authors' names. */
  static final String BESIDE_DATE = "byline:beside-date";
  /** The rule of a line of the article's head that prints its authors' names, each with a job after it. */
  static final String WITH_JOB = "byline:name-with-job";
  /** The rule of a line of the article's head that gives its authors and the place they filed from. */
  static final String IN_PLACE = "byline:name-in-place";
  /** The rule of a line of the article's head that gives its authors and, after a comma, their agency. */
  static final String WITH_CREDIT = "byline:name-with-credit";
  /** The rule of a line of the article's head that is a person's name and nothing else. */
  static final String NAME_ALONE = "byline:name-alone";
  // How long the article takes to read, as the page prints it under the author: "5 min read".
  // A reading time ("6 min read"), or how long ago the article was posted ("8h", "3 hours ago"), which a layout
  // prints beside the author's name as it prints a date.
  private static final Pattern READING_TIME = Pattern.compile(
      "(?i)\\d{1,3} ?(?:minute|min)s? read|\\d{1,2} ?(?:h|hrs?|hours?|d|days?|mins?|minutes?)(?: ago)?");
  // "By" on a line of its own, over the name, in the languages of the author lines.
  private static final Pattern BY_ALONE = Pattern.compile("(?iu)(?:written |posted )?(?:by|par|von|por|di|door):?");
  // A connector alone on its line, between two authors' names that the page printed as links.
  private static final Pattern CONNECTOR_ALONE = Pattern.compile("(?iu)and|&|,|e|y|et|und|en");
  // How many lines of the article's head, after the headline, are read for authors beside a date.
  private static final int HEAD_LINES = 6;
  // How many lines of furniture over the headline are read for an author beside a date or a reading time.
  private static final int ABOVE_LINES = 10;
  // The longest line of the head's furniture an author's name and its date may stand apart by ("Follow").
  private static final int FURNITURE_LENGTH = 24;
  // The longest line of names alone read as the article's authors.
  static final int MAX_NAMES = 80;
  // A control a layout prints by the author's name, that no rule has read as chrome yet: "Follow", "Subscribe".
  private static final Pattern CONTROL = Pattern.compile("(?iu)[+•·|]? ?(?:follow|subscribe|share|contact|message)");
  // Marks a layout prints before an author line's "By": "// By", "| By" (not a signature's dash before a name).
  private static final Pattern LEADING_MARKS = Pattern.compile("^[/|\\\\—–•·*>\\s-]+(?=(?iu:by|par|von|por|di|door)\\b)");

  private BylineLines() {}

  /**
   * Reads the article's head for a line that prints a date and names ({@code "November 20, 2019 Ana
   * Ruiz"}, {@code "Ana Ruiz | 20 November 2019"}), when no line of the text is a byline: the head is the
   * lines under the headline before its first line of prose, the page's chrome between them not counted
   * (the canonical text drops that chrome, and must read the same). The names need not be known first names:
   * a date beside them, under the headline, is the evidence. Failing that, a line of names each with a job
   * after it ({@code "Ana Ruiz Senior Contributor"}), or a known name alone with a date line right under or
   * over it or {@code "By"} over it, is the byline (not in the canonical writer's text, whose authors are
   * author lines). {@code valueRoles} holds the role each value was read for.
   */
  static void besideDate(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules, Object[] values,
      LineRole[] valueRoles, int title) {
    if (title < 0) {
      return;
    }
    // the canonical writer prints its authors as author lines: a name alone or with a job, there, is a paragraph
    // that the writer may have set beside the date
    boolean canonical = CanonicalLines.TITLE_RULE.equals(rules[title]);
    Supplier<Set<String>> lower = Suppliers.memoize(() -> HeadNames.lowerCaseWords(lines));
    // a page that sets a blank line between nearly every two lines says nothing by them: a job under a name is
    // its own (a clean article of one-line paragraphs is spaced so too; its head prints no name over a job)
    Supplier<Boolean> apart = Suppliers.memoize(() -> PageSpacing.doubleSpaced(lines));
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] == LineRole.BYLINE) {
        if (!canonical && NAME_LINE.equals(rules[i]) && i > title) {
          // a name over its job read by its known first name: the pairs stacked over and under it are authors too
          pairsAbove(lines, roles, rules, values, valueRoles, i, title, lower, apart);
          pairsUnder(lines, roles, rules, values, valueRoles, i + 2, lower, apart);
        }
        return; // the text has its author lines
      }
    }
    int counted = 0;
    boolean dek = false;
    // whether only the head's claimed lines (its date, chrome) stand between the headline and line i
    boolean claimedOnly = true;
    int dated = -1;
    for (int i = title + 1; i < lines.size() && counted < HEAD_LINES; i++) {
      boolean chrome = roles[i] == LineRole.BOILERPLATE;
      if (unclaimedOrSetAside(roles, rules, i)
          && authorLine(lines, roles, rules, values, valueRoles, i, canonical, dated >= 0, lower, apart)) {
        if (rules[i].equals(NAME_ALONE)) {
          namesAround(lines, roles, rules, values, valueRoles, i, title, lower);
        } else if (rules[i].equals(NAME_LINE)) {
          pairsUnder(lines, roles, rules, values, valueRoles, i + 2, lower, apart);
        }
        return;
      }
      if (roles[i] == null && shapes.prose(i)) {
        if (i > title + 1 && !(claimedOnly && dated >= 0) || dek || canonical) {
          break; // the article's prose: its head ends here
        }
        dek = true; // a summary under the headline (and its date): the authors may follow it
      }
      claimedOnly &= roles[i] != null;
      dated = roles[i] == LineRole.PUBLISHED ? i : dated;
      counted += chrome ? 0 : 1;
    }
    if (canonical) {
      return;
    }
    // the page's furniture over the headline, where some layouts print the author with the reading time
    for (int i = title - 1; i >= 0 && title - i <= ABOVE_LINES && roles[i] == LineRole.BOILERPLATE; i--) {
      if ((rules[i].startsWith("page:") || rules[i].startsWith("title:"))
          && authorLine(lines, roles, rules, values, valueRoles, i, false, false, lower, apart)) {
        return;
      }
    }
  }

  // Reads line i as the article's author line, by its date beside the names, the jobs after them, or a known
  // name alone beside the head's metadata; true when it is one.
  // {@code dated}: the head printed the article's date between the headline and line i.
  private static boolean authorLine(List<Line> lines, LineRole[] roles, String[] rules, Object[] values,
      LineRole[] valueRoles, int i, boolean canonical, boolean dated, Supplier<Set<String>> lower,
      Supplier<Boolean> apart) {
    // "// By Ana Ruiz • Nov 11, 2020": marks a layout prints before the words are not part of them
    String text = LEADING_MARKS.matcher(lines.get(i).text()).replaceFirst("");
    Bylines.Reading reading = Bylines.readBesideDate(text).orElse(null);
    String rule = BESIDE_DATE;
    if (reading == null && !canonical) {
      reading = withJob(text).orElse(null);
      rule = WITH_JOB;
    }
    if (reading == null && !canonical) {
      reading = inPlace(lower, text).orElse(null);
      rule = IN_PLACE;
    }
    if (reading == null && !canonical) {
      reading = withCredit(text).orElse(null);
      rule = WITH_CREDIT;
    }
    boolean beside = reading == null && !canonical && besideDateOrBy(lines, roles, rules, i);
    boolean roleUnder = reading == null && !canonical && i + 1 < lines.size()
        && unclaimedOrSetAside(roles, rules, i + 1) && (!lines.get(i + 1).afterBlank() || apart.get());
    if (roleUnder) {
      // a name over its job, no section's words ("Local Government" over "Senior Reporter")
      reading = NameRoleLines.readPairInHead(text, lines.get(i + 1).text())
          .filter(r -> !HeadNames.writtenInLowerCase(lower, r)).orElse(null);
      rule = NAME_LINE;
    }
    if (reading == null && !canonical && (dated || beside)) {
      // beside the date, the author's e-mail address over or under the name, whose first part spells the name,
      // says it is an author's, whose first name need not be known (a word for "by" does not: "Door Prize
      // Draw Tonight")
      boolean mailed = mailsName(lines, i + 1, text) || mailsName(lines, i - 1, text);
      reading = Bylines.nameOnly(text).or(() -> HeadNames.namesAlone(lower, text, !mailed)).orElse(null);
      rule = NAME_ALONE;
    }
    if (reading == null) {
      return false;
    }
    mark(roles, rules, values, valueRoles, i, rule, reading);
    if (rule.equals(NAME_ALONE) && i > 0 && (roles[i - 1] == null || roles[i - 1] == LineRole.BOILERPLATE)
        && BY_ALONE.matcher(lines.get(i - 1).text()).matches()) {
      roles[i - 1] = LineRole.BOILERPLATE; // the "By" over the name: the byline says it
      rules[i - 1] = "byline:by-alone";
    }
    return true;
  }

  // Authors stacked each as a name over a job ("Helen Ashworth" / "Health Correspondent" / "Tom Wicks" /
  // "Midlands Reporter"): the pairs right under the first one, from line k, are the byline's too.
  private static void pairsUnder(List<Line> lines, LineRole[] roles, String[] rules, Object[] values,
      LineRole[] valueRoles, int k, Supplier<Set<String>> lower, Supplier<Boolean> apart) {
    while (k + 1 < lines.size() && (!lines.get(k + 1).afterBlank() || apart.get())
        && pair(lines, roles, rules, values, valueRoles, k, lower)) {
      k += 2;
    }
  }

  // As pairsUnder, the pairs right over the name line at i, up to the headline.
  private static void pairsAbove(List<Line> lines, LineRole[] roles, String[] rules, Object[] values,
      LineRole[] valueRoles, int i, int title, Supplier<Set<String>> lower, Supplier<Boolean> apart) {
    int k = i - 2;
    while (k > title && (!lines.get(k + 1).afterBlank() && !lines.get(k + 2).afterBlank() || apart.get())
        && pair(lines, roles, rules, values, valueRoles, k, lower)) {
      k -= 2;
    }
  }

  // Reads the unclaimed lines k and k + 1 as a name over its job and marks them so; false when they are not.
  private static boolean pair(List<Line> lines, LineRole[] roles, String[] rules, Object[] values,
      LineRole[] valueRoles, int k, Supplier<Set<String>> lower) {
    if (!unclaimedOrSetAside(roles, rules, k) || !unclaimedOrSetAside(roles, rules, k + 1)) {
      return false;
    }
    Bylines.Reading reading = NameRoleLines.readPairInHead(lines.get(k).text(), lines.get(k + 1).text())
        .filter(r -> !HeadNames.writtenInLowerCase(lower, r)).orElse(null);
    if (reading == null) {
      return false;
    }
    mark(roles, rules, values, valueRoles, k, NAME_LINE, reading);
    return true;
  }

  // Makes line i an author line of the rule and reading given, and the line under a name line its role line.
  private static void mark(LineRole[] roles, String[] rules, Object[] values, LineRole[] valueRoles, int i,
      String rule, Bylines.Reading reading) {
    roles[i] = LineRole.BYLINE;
    rules[i] = rule;
    values[i] = reading;
    valueRoles[i] = LineRole.BYLINE;
    if (rule.equals(NAME_LINE)) {
      roles[i + 1] = LineRole.BYLINE;
      rules[i + 1] = ROLE_LINE;
    }
  }

  // An author line the page broke at its links ("by" / "Ana Ruiz" / "and" / "Jo Park"), or authors stacked one
  // a line ("Ana Ruiz" / "+ Follow" / "Jo Park" over the date): the names alone right over and under the name
  // alone at i are the byline's too, with a connector or a control ("Follow") alone between two of them, or
  // with nothing between when no blank line parts them (a section's label, "Grace Notes", over the author
  // stands in a block of its own). Not past the headline.
  private static void namesAround(List<Line> lines, LineRole[] roles, String[] rules, Object[] values,
      LineRole[] valueRoles, int i, int title, Supplier<Set<String>> lower) {
    for (int step : new int[] {-1, 1}) {
      int k = i + step;
      while (k > title && k < lines.size() && unclaimedOrSetAside(roles, rules, k)) {
        String between = lines.get(k).text();
        boolean connector = CONNECTOR_ALONE.matcher(between).matches();
        int name = connector || CONTROL.matcher(between).matches() ? k + step : k;
        // the later of the two names' lines: a blank line over it parts them
        int later = step > 0 ? name : name + 1;
        if (name <= title || name >= lines.size() || !unclaimedOrSetAside(roles, rules, name)
            || name == k && lines.get(later).afterBlank()) {
          break;
        }
        Bylines.Reading reading = HeadNames.namesAlone(lower, lines.get(name).text()).orElse(null);
        if (reading == null) {
          break;
        }
        if (connector) {
          roles[k] = LineRole.BOILERPLATE;
          rules[k] = "byline:connector";
        }
        roles[name] = LineRole.BYLINE;
        rules[name] = NAME_ALONE;
        values[name] = reading;
        valueRoles[name] = LineRole.BYLINE;
        k = name + step;
      }
    }
  }

  // A line no rule has read, or one the page extractor or a block of short lines (a name over the site's name)
  // set aside: it may be the author's.
  private static boolean unclaimedOrSetAside(LineRole[] roles, String[] rules, int k) {
    return roles[k] == null
        || roles[k] == LineRole.BOILERPLATE && (rules[k].startsWith("page:") || rules[k].equals(LinkBlocks.RULE));
  }

  // "Ana Ruiz in Port Annick", "Ana Ruiz and Jo Park in Merrowby": names alone (each with a known first name),
  // then "in" and a place's name, which no gazetteer need know: under the headline, the shape is the evidence.
  private static java.util.Optional<Bylines.Reading> inPlace(Supplier<Set<String>> lower, String text) {
    int in = text.lastIndexOf(" in ");
    if (in <= 0 || !BylineNames.isPlaceShaped(text.substring(in + 4))
        || HeadNames.namesAlone(lower, text.substring(0, in)).isEmpty()) {
      return java.util.Optional.empty();
    }
    Set<String> lowerCase = lower.get();
    for (String w : text.substring(in + 4).split(" ")) {
      if (lowerCase.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return java.util.Optional.empty(); // "Ana Ruiz in Print": a word the page's prose writes in lower case
      }
    }
    return Bylines.read("By " + text).filter(r -> r.date().isEmpty() && r.credits().isEmpty() && r.rest().isEmpty())
        .map(r -> new Bylines.Reading(r.people(), List.of(), java.util.Optional.empty(), List.of(), true));
  }

  // "Ana Ruiz, Reuters", "ANA RUIZ and JO PARK, dpa": the names of one to three people, each of two or three
  // words and beginning with a known first name, then a comma and the agency or outlet they wrote for, and nothing else: under the headline, the
  // credit is the evidence (the agency goes to the credits, not to a person).
  private static java.util.Optional<Bylines.Reading> withCredit(String text) {
    if (text.length() > MAX_NAMES || text.lastIndexOf(", ") <= 0 || Bylines.read(text).isPresent()) {
      return java.util.Optional.empty(); // an author line of its own: not this reading's to take
    }
    return Bylines.read("By " + text).filter(r -> r.date().isEmpty() && !r.credits().isEmpty() && r.rest().isEmpty()
        && !r.people().isEmpty() && r.people().size() <= 3
        && r.people().stream().allMatch(p -> HeadNames.plainName(p, true)))
        .map(r -> new Bylines.Reading(r.people(), r.credits(), java.util.Optional.empty(), List.of(), true));
  }

  // "Jane Doe Senior Contributor": names, each with the job printed after it and no "By" before them, and
  // nothing else. A job alone is no evidence in the body; in the article's head, it is.
  private static java.util.Optional<Bylines.Reading> withJob(String text) {
    if (Bylines.read(text).isPresent()) {
      return java.util.Optional.empty(); // an author line of its own: not this reading's to take
    }
    Gazetteer g = Gazetteer.INSTANCE;
    return Bylines.read("By " + text).filter(r -> r.date().isEmpty() && r.credits().isEmpty() && r.rest().isEmpty()
        && !r.people().isEmpty() && r.people().stream().allMatch(p -> p.role().filter(NameRoleLines::isRoleLine).isPresent()
            && text.startsWith(p.name()) == (p == r.people().get(0))
            && g.organisation(p.name()) == null && g.place(p.name()) == null && !opensWithTitle(p.name())));
  }

  // Whether a name read before a job opens with a title's word and holds no known first name: "Chief Racing" in
  // "Chief Racing Correspondent" is the job's own words, not a person ("Dr Ana Ruiz" is one).
  private static boolean opensWithTitle(String name) {
    String[] words = name.split(" ");
    if (!Names.isTitleWord(words[0].toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (String w : words) {
      if (BylineNames.knownFirstName(w)) {
        return false;
      }
    }
    return true;
  }

  // Whether the page prints line k's text again as a line of its own (the site's name in its masthead and
  // footer). Linear in the lines; asked of a few lines of the head only.
  private static boolean printedAgain(List<Line> lines, int k) {
    String text = lines.get(k).text();
    for (int j = 0; j < lines.size(); j++) {
      if (j != k && lines.get(j).text().equals(text)) {
        return true;
      }
    }
    return false;
  }

  // Whether line k is an e-mail address whose part before the at sign holds a word of the name (its letters,
  // accents left out): "solveig@…" under "Sólveig Ragnarsdóttir".
  private static boolean mailsName(List<Line> lines, int k, String name) {
    if (k < 0 || k >= lines.size() || !EMAIL.matcher(lines.get(k).text()).matches()) {
      return false;
    }
    String local = Text.fold(lines.get(k).text().substring(0, lines.get(k).text().indexOf('@')));
    for (String word : name.split(" ")) {
      String w = Text.fold(word);
      if (w.length() >= 3 && local.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // A line that is a place the gazetteer knows and nothing else: "Surkhet", "Vigo", "Port Moresby".
  private static boolean placeLine(String text) {
    return text.length() <= 40 && Text.words(text) <= 3 && Gazetteer.INSTANCE.place(text) != null;
  }

  // A name alone in the head is an author's when a date or a reading time stands right under or over it, or
  // "By" over it.
  // The date or reading time may stand past a line or two of the head's furniture: short lines already read as
  // chrome ("Follow", "•", "Subscribe"), the site's name, a line of chrome the page prints again however long
  // ("Ana Ruiz" / "Coast Courier Online" / "Published …"), an e-mail address or the place filed from ("Ana Ruiz"
  // / "Vigo" / the date). A name no list knows is not taken even there, unless its e-mail address spells it: a
  // section's label ("Harbour Stories") or an edition's ("Weekend Edition") has the same shape.
  private static boolean besideDateOrBy(List<Line> lines, LineRole[] roles, String[] rules, int i) {
    for (int step : new int[] {-1, 1}) {
      for (int k = i + step; k >= 0 && k < roles.length && Math.abs(k - i) <= 3; k += step) {
        if (roles[k] == LineRole.PUBLISHED || roles[k] == LineRole.BOILERPLATE && rules[k].startsWith("date")
            || READING_TIME.matcher(lines.get(k).text()).matches()) {
          return true;
        }
        String between = lines.get(k).text();
        if ((roles[k] == null || roles[k] == LineRole.BOILERPLATE)
            && (EMAIL.matcher(between).matches() || placeLine(between))) {
          continue; // the author's e-mail address or the place filed from, under the name, over the date
        }
        boolean furniture = roles[k] == LineRole.BOILERPLATE
            || roles[k] == null && CONTROL.matcher(between).matches();
        if (!(furniture && (between.length() <= FURNITURE_LENGTH
            || roles[k] == LineRole.BOILERPLATE && printedAgain(lines, k)))) {
          break;
        }
      }
    }
    return i > 0 && BY_ALONE.matcher(lines.get(i - 1).text()).matches();
  }

}
