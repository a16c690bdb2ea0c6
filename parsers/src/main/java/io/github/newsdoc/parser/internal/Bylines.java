package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Byline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author lines: {@code "By Jane Doe, Staff Writer"}, {@code "By Jane Doe and John Roe"},
 * {@code "By A, B and C, Wire Agency"} (the agency is credited, not a person), {@code "By Jane Doe | The Daily"},
 * {@code "Von Jana Roth und Max Kern"}, {@code "Posted by Jane Doe"}, {@code "Author: Jane Doe"},
 * {@code "By JANE DOE"}, and lines without the word "by" when the name is
 * a known first name and more follows it: {@code "Jane Doe in Lisbon"}, {@code "Jane Doe @janedoe Nov 19, 2019"}
 * (the handle may be glued to the name: {@code "By Jane Doe@janedoe"}),
 * {@code "Jane Doe · Coast News"}.
 */
final class Bylines {
  /**
   * What an author line says: its people, the agencies and outlets it names (for the article's credits), the
   * date it prints (its text, for the date reader), and the pieces that are neither (a social handle), kept as
   * boilerplate. A weak reading (no English "by": a name and what follows it, or "by" in another language)
   * rests on less evidence, and the segmenter does not let it take the headline's place.
   */
  record Reading(List<Byline> people, List<String> credits, Optional<String> date, List<String> rest, boolean weak) {}

  // The word for "by" in the languages the parser reads (French, German, Spanish and Portuguese, Italian, Dutch,
  // Danish, Norwegian and Swedish, Catalan); the others than English need a known first name after. (Not Indonesian
  // "Oleh", which is also a first name: "Oleh Kim" alone is that person.)
  // A label with a colon: "Author:", "Autor:", "Autori:", "Autorzy:", "Autorka:", "Avtorica:", "Szerző:",
  // "Kirjoittaja:", "Forfatter:", "Författare:", "Yazar:", "Penulis:", "Автор:", "Συντάκτης:", "بقلم:" and "كتب:"
  // (Arabic), "מאת:" (Hebrew), "लेखक:" (Hindi), "Tác giả:" (Vietnamese), "作者：" (with a full-width colon; not
  // "记者：", which opens a Chinese interview's questions).
  private static final Pattern BY = Pattern.compile(
      "(?iu)(?:(?:posted|written|words|story|reported|published) (?=by))?(by|par|von|por|per|di|door|af|av"
          + "|(?:authors?|autor|autori|autorzy|autoři|autorka|autorica|autorius|autorė|autors|avtor|avtorica"
          + "|szerzők?"
          + "|kirjoittaja|forfatter|författare|yazar|penulis|автор|текст|συντάκτης|بقلم|كتب|كتبت|מאת|लेखक"
          + "|tác giả|作者)(?=[:：]))"
          + "(?:: +|：\\s*| +)");
  // (in capitals too, as a line of names in capitals prints it: "By ANA RUIZ AND JO PARK"; not the single
  // letters, which are initials there)
  static final Pattern AND = Pattern.compile(" (?:and|&|und|et|y|e|en|og|och|dan|și|ve|AND|UND|ET|EN|OG|OCH) ");
  // Between the names and what the page prints after them: an outlet, a date.
  static final Pattern SEPARATOR = Pattern.compile(" (?:[|·•—–/／]|-{1,2}) ");
  // A time of day at the line's end, whose "a.m." or "p.m." closes with a full stop: "…, 9:14 a.m.".
  private static final Pattern ENDS_WITH_TIME = Pattern.compile("(?i)\\d ?[ap]\\. ?m\\.$");
  private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\d_.]{2,30}");
  private static final Pattern DOMAIN = Pattern.compile(".*\\p{L}\\.(?:com|org|net|co|uk|in|au|ca|info|news)\\b.*",
      Pattern.CASE_INSENSITIVE);
  // A reporter's job as Korean, Japanese and Chinese papers print it after the name: reporter, correspondent,
  // columnist, editorial writer.
  static final String CJK_JOBS = "기자|특파원|칼럼니스트|선임기자|객원기자|논설위원|記者|特派員|编辑|編集委員";
  // "홍길동 기자 hong@example.kr": a name in Hangul or Chinese characters, the job, perhaps an address.
  private static final Pattern CJK_BYLINE = Pattern.compile(
      "(" + BylineNames.CJK_NAME.pattern() + ") ?(" + CJK_JOBS + ")(?: +[\\w.+-]+@[\\w.-]+)?");
  private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’](?:s\\b|\\s|$)");
  private static final Pattern COMMA = Pattern.compile(", ?");
  private static final int MAX_LINE = 200;

  private Bylines() {}

  /** Returns the people of a normalised line, when it is an author line. */
  public static Optional<List<Byline>> parse(String line) {
    return read(line).map(Reading::people);
  }

  /** Reads a normalised line, when it is an author line. */
  public static Optional<Reading> read(String line) {
    return read(line, true);
  }

  /**
   * Reads a line of the article's head that prints a date and names ({@code "November 20, 2019 Ana Ruiz"}):
   * as {@link #read}, but names the parser does not know as first names are taken too, for the date beside
   * them and the line's place under the headline are the evidence. Empty when the line has no date, or when
   * a name is one of an organisation or a place the gazetteers know ({@code "Associated Press"}).
   */
  static Optional<Reading> readBesideDate(String line) {
    return readPlaced(line).filter(r -> r.date().isPresent());
  }

  // A line whose place in the head is evidence: unknown first names beside a date are taken too; an agency is no
  // author, and a person's name is no possessive ("Today's Paper").
  static Optional<Reading> readPlaced(String line) {
    Gazetteer g = Gazetteer.INSTANCE;
    return read(line, true, true).filter(r -> r.people().stream()
        .allMatch(p -> g.organisation(p.name()) == null && g.place(p.name()) == null
            && !POSSESSIVE.matcher(p.name()).find()));
  }

  // "Jo Park/Senior Staff Reporter": a job after a slash without spaces, as some papers print it, reads as after
  // " / "; not a photographer's, which is a picture's credit ("Ana Ruiz/Photographer"), nor an outlet.
  static String slashedJob(String line) {
    int slash = line.indexOf('/');
    if (slash <= 0 || slash != line.lastIndexOf('/') || slash + 1 >= line.length() || line.charAt(slash - 1) == ' '
        || !Character.isUpperCase(line.charAt(slash + 1))) {
      return line;
    }
    String job = line.substring(slash + 1);
    boolean photo = job.toLowerCase(java.util.Locale.ROOT).contains("photo");
    return photo || !BylineRoles.JOB_WORD.matcher(job).matches() || BylineRoles.OUTLET_WORD.matcher(job).matches()
        ? line : line.substring(0, slash) + " / " + job;
  }

  // With {@code checked}, only a reading whose people each read back alone from the line the canonical
  // writer gives them ("By Jane Doe, Health reporter").
  private static Optional<Reading> read(String line, boolean checked) {
    return read(line, checked, false);
  }

  // {@code placed}: the line's place in the head is evidence (see readPlaced)
  private static Optional<Reading> read(String line, boolean checked, boolean placed) {
    if (line.length() > MAX_LINE) {
      return Optional.empty(); // before slashedJob scans the whole line: a job it finds only lengthens it
    }
    if (line.length() > 5 && line.charAt(0) == '(' && line.endsWith(")") && line.regionMatches(true, 1, "by ", 0, 3)
        && line.indexOf(')') == line.length() - 1 && Text.words(line) >= 3) { // (not "(By Sunday)")
      line = line.substring(1, line.length() - 1); // "(By Lin Yu-ting and Kuo Chia-wei)", as a wire signs its foot
    }
    line = slashedJob(line);
    if (line.length() > MAX_LINE || Text.words(line) > 20 || line.indexOf('"') >= 0 || line.indexOf('“') >= 0
        || line.indexOf('”') >= 0) {
      return Optional.empty();
    }
    Matcher cjk = CJK_BYLINE.matcher(line);
    if (cjk.matches()) {
      return Optional.of(new Reading(List.of(Byline.of(cjk.group(1), Optional.of(cjk.group(2)))), List.of(),
          Optional.empty(), List.of(), false));
    }
    Matcher by = BY.matcher(line);
    boolean hasBy = by.lookingAt();
    boolean english = hasBy && (by.group(1).equalsIgnoreCase("by") || by.group(1).equalsIgnoreCase("author"));
    String rest = hasBy ? line.substring(by.end()).strip() : line;
    if (rest.isEmpty() || BylineNames.endsSentence(line) && !ENDS_WITH_TIME.matcher(line).find()) {
      return Optional.empty(); // a sentence; but a time's "a.m." may close the date after the names
    }
    List<String> credits = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    Optional<String> date = Optional.empty();
    // what makes a line without "by" an author line; a label with a colon ("Autor:", "Автор:") is evidence enough
    boolean evidence = hasBy && ":：".indexOf(line.charAt(by.start(1) + by.group(1).length())) >= 0;
    // what follows a separator: an outlet or a date
    Matcher sep = SEPARATOR.matcher(rest);
    String[] pieces;
    if (sep.find()) {
      String tail = rest.substring(sep.end()).strip();
      rest = rest.substring(0, sep.start()).strip();
      Matcher byAfter = hasBy ? null : BY.matcher(tail);
      if (byAfter != null && byAfter.lookingAt() && byAfter.group(1).equalsIgnoreCase("by") && BylineDates.isDate(rest)
          && !SEPARATOR.matcher(tail).find()) {
        // "April 5, 2024 | By Jo Park": the date first, then the author line
        date = Optional.of(rest);
        rest = tail.substring(byAfter.end()).strip();
        hasBy = true;
        english = true;
      } else if (BylineTails.READ_TIME.matcher(tail).matches()) {
        extra.add(tail); // "By Jo Park • 5 min read": how long the article takes to read is the page's
      } else if (BylineDates.isDate(tail)) {
        date = Optional.of(tail);
      } else if (english && !tail.chars().anyMatch(Character::isDigit) && !SEPARATOR.matcher(tail).find()
          && BylineRoles.isRole(tail) && BylineRoles.JOB_WORD.matcher(tail).matches()
          && (!BylineRoles.OUTLET_WORD.matcher(tail).matches() || BylineTails.personJob(tail))
          && rest.indexOf(',') < 0 && !AND.matcher(rest).find()) {
        // "By Jo Park / Staff Writer", "By Jo Park - Coast Post Contributor": one person's job, read as after a comma
        rest = rest + ", " + tail;
      } else if (english && rest.indexOf(',') < 0 && !AND.matcher(rest).find()
          && (pieces = BylineTails.roleDated(tail)) != null) {
        rest = rest + ", " + pieces[0]; // the job, then the date and perhaps the section
        date = Optional.of(pieces[1]);
        if (!pieces[2].isEmpty()) {
          extra.add(pieces[2]);
        }
      } else if (tail.chars().anyMatch(Character::isDigit) || BylineRoles.JOB_WORD.matcher(tail).matches()) {
        Optional<String> dated = english ? BylineTails.datedPieces(tail, extra) : null;
        if (dated == null) {
          return Optional.empty();
        }
        date = dated;
      } else if (!hasBy && sep.group().equals(" / ")) {
        return Optional.empty(); // "Name / Agency" without "by" is how a photo is credited
      } else if (isOutlet(tail) || isCreditable(tail) && hasBy) {
        credits.add(tail);
      } else {
        return Optional.empty();
      }
      evidence = true;
    }
    // a date printed right before or after the names: "March 3, 2026 Jo Park", "by Jo Park March 3, 2026"
    if (date.isEmpty()) {
      BylineDates.Split split = BylineDates.around(rest, !hasBy);
      if (split.date().isPresent()) {
        date = split.date();
        rest = split.names();
        evidence = true;
        // "Tuesday 15 October 2019 by Jo Park": the date first, then the author line's own "by"
        Matcher after = hasBy ? null : BY.matcher(rest);
        if (after != null && after.lookingAt() && after.group(1).equalsIgnoreCase("by")) {
          hasBy = true;
          english = true;
          rest = rest.substring(after.end()).strip();
        }
      }
    }
    // "By Jo Park 2024-04-05T09:14Z Local News": the date between the names and a label (the section)
    if (date.isEmpty() && english) {
      String[] within = BylineDates.within(rest);
      if (within != null && BylineTails.section(within[2])) {
        rest = within[0];
        date = Optional.of(within[1]);
        extra.add(within[2]);
        evidence = true;
      }
    }
    // a social handle after the names, or glued to the last name where the page's text lost the space between two
    // links ("Jo Park@jopark"; an e-mail address has a dot in its domain)
    Matcher handle = HANDLE.matcher(rest);
    if (handle.find() && handle.end() == rest.length() && handle.start() > 0 && (rest.charAt(handle.start() - 1) == ' '
        || Character.isLetter(rest.charAt(handle.start() - 1)) && handle.group().indexOf('.') < 0)) {
      extra.add(handle.group());
      rest = rest.substring(0, handle.start()).strip();
      evidence = true;
    }
    // "Jane Doe (Lisbon, special envoy)": a note in brackets after the names, kept as it is printed
    int open = rest.lastIndexOf(" (");
    if (open > 0 && rest.endsWith(")") && rest.indexOf(')') == rest.length() - 1) {
      extra.add(rest.substring(open + 1));
      rest = rest.substring(0, open).strip();
    }
    if (rest.isEmpty() || BylineNames.endsSentence(rest)) {
      return Optional.empty();
    }
    List<Byline> people = new ArrayList<>();
    String pendingName = null;
    String[] parts = COMMA.split(rest);
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      int credentials = BylineNames.credentials(parts, p);
      if (pendingName != null && credentials > 0) {
        // "Jane Doe, MS, RD": the letters after a name are the person's, as their role
        people.add(Byline.of(BylineNames.normaliseName(pendingName),
            Optional.of(String.join(", ", java.util.Arrays.copyOfRange(parts, p, p + credentials)))));
        pendingName = null;
        p += credentials - 1;
        continue;
      }
      if (pendingName != null && p == parts.length - 1 && BylineRoles.oneJob(part)) {
        // "By Mara Velden, harbour and shipping correspondent": one job, its "and" no second author
        people.add(Byline.of(BylineNames.normaliseName(pendingName), Optional.of(part.strip())));
        pendingName = null;
        evidence = true;
        continue;
      }
      boolean afterAnd = false;
      for (String candidate : AND.split(part)) {
        boolean joined = afterAnd;
        afterAnd = true;
        String c = candidate.strip();
        if (c.isEmpty()) {
          return Optional.empty();
        }
        String place = BylineNames.placeAfterIn(c, english);
        if (place != null) {
          // "Jane Doe in Lisbon": the place the reporter wrote from is their role ("Jo Park and Jane Doe in
          // Lisbon": the names before are read as they are)
          if (pendingName != null) {
            people.add(Byline.of(BylineNames.normaliseName(pendingName), Optional.empty()));
            pendingName = null;
          }
          people.add(Byline.of(BylineNames.normaliseName(c.substring(0, c.length() - place.length() - 4)),
              Optional.of("in " + place)));
          evidence = true;
          continue;
        }
        String[] split = pendingName == null ? BylineNames.capitalsThenWords(c) : null;
        if (split != null) {
          // "By ALMA REYES Wire Service": the name in capitals, then what the page says of it
          pendingName = split[0];
          c = split[1];
        }
        int cut = hasBy && split == null && (pendingName == null || joined) ? BylineNames.jobAfterName(c) : 0;
        if (cut > 0) {
          // "By Jane Doe Senior Contributor", "By Jo Park and Jane Doe Staff Writers": the job printed after
          // the last name without a comma is its role
          if (pendingName != null) {
            people.add(Byline.of(BylineNames.normaliseName(pendingName), Optional.empty()));
            pendingName = null;
          }
          people.add(Byline.of(BylineNames.normaliseName(c.substring(0, cut).strip()), Optional.of(c.substring(cut + 1))));
          evidence = true;
        } else if (pendingName != null && BylineRoles.JOB_WORD.matcher(c).matches() && BylineRoles.isRole(c)) {
          people.add(Byline.of(BylineNames.normaliseName(pendingName), Optional.of(c)));
          pendingName = null;
          evidence = true;
        } else if ((pendingName != null || !people.isEmpty()) && !joined && isOutlet(c) && isCreditable(c)
            && (hasBy || c.startsWith("The ") || DOMAIN.matcher(c).matches()
                || BylineRoles.OUTLET_WORD.matcher(c).matches())) {
          credits.add(c);
          evidence = true;
        } else if (pendingName != null && hasBy && !joined && p == parts.length - 1 && p > 0
            && c.indexOf(' ') < 0 && BylineNames.isName(c) && split == null && !isInitialWord(c)) {
          // "By Ana Ruiz, Lisbon": one word after the last name's comma is the place the reporter filed from
          // (or a desk), not a second author, whose name has two words at least
          people.add(Byline.of(BylineNames.normaliseName(pendingName), Optional.of(c)));
          pendingName = null;
          evidence = true;
        } else if (BylineNames.isName(c) && split == null) {
          if (pendingName != null) {
            people.add(Byline.of(BylineNames.normaliseName(pendingName), Optional.empty()));
          }
          pendingName = c;
        } else if (pendingName != null && BylineRoles.isRole(c)) {
          people.add(Byline.of(BylineNames.normaliseName(pendingName), Optional.of(c)));
          pendingName = null;
        } else {
          return Optional.empty();
        }
      }
    }
    if (pendingName != null) {
      people.add(Byline.of(BylineNames.normaliseName(pendingName), Optional.empty()));
    }
    if (people.isEmpty()) {
      return Optional.empty();
    }
    people.replaceAll(BylineTails::undoubled);
    boolean knownName = BylineNames.knownFirstName(people.get(0).name());
    // names joined as a list, each of two words or more ("Af Mette Lund og Anders Kjær"), are evidence of their own;
    // places and outlets joined so ("Por Buenos Aires y Nueva York", "Par Le Monde et Le Figaro") are not
    boolean listed = people.size() >= 2 && people.stream().allMatch(p -> p.name().split(" ").length >= 2
        && !BylineNames.placeOrOutlet(p.name()));
    // (a Chinese, Japanese or Korean name is written whole without a space: "作者：王小明")
    boolean whole = people.get(0).name().split(" ").length >= 2
        || BylineNames.CJK_NAME.matcher(people.get(0).name()).matches() && !BylineNames.cjkBody(people.get(0).name());
    if (!english && !(hasBy ? knownName || whole && (evidence || listed)
        : (knownName || placed && date.isPresent()) && evidence)) {
      return Optional.empty();
    }
    if (!english && people.stream().anyMatch(p -> BylineNames.hasWordThatIsNoName(p.name()))) {
      return Optional.empty();
    }
    if (!hasBy && (people.size() > 3 || people.stream().anyMatch(p -> p.name().split(" ").length < 2)
        || !rest.equals(BylineNames.normaliseName(rest)))) {
      // a line in capitals without "by" is a heading
      return Optional.empty();
    }
    for (Byline b : people) {
      // each byline is written back on a line of its own, which must read as a byline too: "By Ab.𝔘., Ab."
      // ends with an initial, but its first name alone ("By Ab.𝔘.") does not
      String written = "By " + b.name() + b.role().map(r -> ", " + r).orElse("");
      if (BylineNames.endsSentence(written) || b.role().isPresent() && b.role().get().contains(",")
          && !BylineNames.CREDENTIALS.matcher(b.role().get()).matches()) {
        return Optional.empty();
      }
      if (checked && !read(written, false).equals(Optional.of(
          new Reading(List.of(b), List.of(), Optional.empty(), List.of(), false)))) {
        return Optional.empty();
      }
    }
    for (String credit : credits) {
      if (!CreditLines.names(credit).equals(Optional.of(List.of(credit)))) {
        return Optional.empty(); // the credit would not read back from the canonical credit line
      }
    }
    return Optional.of(new Reading(List.copyOf(people), List.copyOf(credits), date, List.copyOf(extra), !english));
  }

  /** A line that is a person's name and nothing else, its first name a known one: {@code "Jane Doe"}. */
  public static Optional<Reading> nameOnly(String line) {
    String[] words = line.split(" ");
    if (words.length < 2 || words.length > 3 || !BylineNames.isName(line) || BylineNames.endsSentence(line)
        || !BylineNames.knownFirstName(line)
        || POSSESSIVE.matcher(line).find()) {
      return Optional.empty();
    }
    return Optional.of(new Reading(List.of(Byline.of(BylineNames.normaliseName(line), Optional.empty())), List.of(),
        Optional.empty(), List.of(), true));
  }

  // An agency or outlet: a word of one ("Reuters"), a name that begins with "The", a web address, a body's
  // word ("Press", "News"), or an acronym ("AP"); never the words of a job.
  private static boolean isOutlet(String s) {
    if (BylineRoles.JOB_WORD.matcher(s).matches() || s.chars().anyMatch(Character::isDigit) || Text.words(s) > 8) {
      return false;
    }
    String[] words = s.split(" ");
    return words.length == 1 && BylineNames.NAME_WORD.matcher(s).matches() && Gazetteer.INSTANCE.place(s) == null
        || s.startsWith("The ") || DOMAIN.matcher(s).matches() || BylineRoles.OUTLET_WORD.matcher(s).matches()
        || words.length == 1 && (BylineNames.isCapitals(s) && s.length() <= 6 || BylineNames.isAgency(s));
  }

  // Reads back as one name of a credit line.
  private static boolean isCreditable(String s) {
    return !s.isEmpty() && (Character.isUpperCase(s.codePointAt(0)) || BylineNames.isAgency(s)) && Text.words(s) <= 6
        && !BylineNames.endsSentence(s);
  }

  // A word of one letter, perhaps with its full stop: an initial ("J.").
  private static boolean isInitialWord(String c) {
    return c.length() <= 2 && Character.isLetter(c.charAt(0)) && (c.length() == 1 || c.charAt(1) == '.');
  }
}
