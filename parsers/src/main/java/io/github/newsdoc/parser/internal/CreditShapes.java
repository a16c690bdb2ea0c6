package io.github.newsdoc.parser.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of a picture's credit: a line that credits a picture and nothing else ({@code "Credit: Name/Agency"},
 * {@code "Photo: Name"}, {@code "Name/Getty Images"}, {@code "Name | Agency"}), and the words a credit is made
 * of (capitalised words and slashes, an agency's or a picture library's name). {@link Captions} reads the
 * credits printed inside a caption with them.
 */
final class CreditShapes {
  /**
   * The words that label a picture's credit ({@code words/picture-labels.txt}), in lower case, the longest first
   * (so that "photograph" is tried before "photo").
   */
  static final java.util.List<String> PICTURE_LABELS = WordList.load("picture-labels").stream()
      .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

  // A credit on its own line under its caption: "Credit: Name/Agency", "Photo: Name", "Credit...Name",
  // "Credit Name/Agency", "Name/Agency".
  // The label may be "Image credit:", and the name may follow a copyright sign ("Image: © Name"); "Photos:" heads a
  // gallery's link, not a credit.
  // A label that ends with a full stop needs nothing after it ("Fot. Name"), and a bar may stand for the colon
  // ("Photo | Name | Agency"); the colon may be a full-width one ("写真：共同").
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "(?iu)(?:" + labels() + "(?: credit)?|credit)(?: ?[:：]| \\|(?= )|\\.{3}|…|(?<=\\.)) ?(?:© ?)?(.{2,100})");

  // "Photo by Name", "Photographs by Name/Agency", "Pic by Name"
  private static final Pattern BY_LINE = Pattern.compile("(?iu)" + labels() + "s? by (\\p{Lu}.{1,100})");

  // A credit of agencies only, the words of the page's agencies and picture libraries: "Getty", "AFP/Getty
  // Images", "Reuters", "AP".
  static final Pattern AGENCY_ONLY = Pattern.compile(
      "(?i)(?:getty(?: images)?|reuters|afp|ap|epa(?:-efe)?|associated press|shutterstock|istock|alamy|handout|pool"
          + "|contributed|supplied)"
          + "(?:(?: ?/ ?| via |, )(?:getty(?: images)?|reuters|afp|ap|epa(?:-efe)?|associated press|shutterstock|"
          + "istock|alamy|handout|pool|file))*");

  // A photographer's name in capitals and an agency in brackets, as Spanish papers print it: "ANA RUIZ (EFE)"; two
  // words or more, the first a known first name and the whole no place, so that a dateline ("WASHINGTON (AP)",
  // "NEW YORK (AP)") is none.
  private static final Pattern CAPS_AGENCY =
      Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M}.'’ -]{2,40} \\((\\p{Lu}{2,10})\\)");

  // A word of a person's name: "Okafor", "Delgado-Finch", "O'Neill", "McLean".
  private static final Pattern NAME_WORD =
      Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\p{Lu}?\\p{Ll}+)?(?:['’-]\\p{Lu}?\\p{Ll}+)*");

  // A credit under a label that heads other things too: a chart's source, a video's title.
  private static final Pattern SOURCE_LINE = Pattern.compile("(?iu)(?:source|video)\\s*:\\s*(\\p{Lu}.{1,100})");

  private static final Pattern CREDIT_WORD_LINE = Pattern.compile("(?i)credit (\\p{Lu}.{1,100}/.{1,60})");

  // Where a picture came from, before the picture's word, perhaps with its date: an agency's initials ("FNA photo
  // Dec. 2, 2026", "AP Photo") or a word of the picture's source ("File photo", "Staff photo"); and a label before
  // such a word ("Image supplied", "Photo: handout" reads as a labelled credit already). Initials before a picture
  // word in capitals are a heading ("BIG PICTURE", "NEW PHOTO").
  private static final Pattern SOURCE_THEN_PHOTO = Pattern.compile(
      "((?i:file|staff|courtesy|submitted|contributed|handout|reader) (?i:photo|picture|image)|\\p{Lu}{2,6}"
          + " (?:[Pp]hoto|[Pp]icture|[Ii]mage))"
          + "(?: (.{4,40}))?");
  // The longest line those two patterns read: a source, its picture word and a date.
  private static final int MAX_SOURCE_LINE = 60;
  private static final Pattern LABEL_THEN_SOURCE = Pattern.compile(
      "(?iu)" + labels() + " (?:supplied|submitted|contributed|handout)");

  // The words of a picture's credit: picture words and agencies (words/credit-words.txt).
  private static final com.google.common.collect.ImmutableSet<String> CREDIT_WORDS = WordList.load("credit-words");

  // A word of a credit; a comma may follow one ("Name/Agency, File", "Valley Farms, Inc."); "file" says the
  // picture is from the archive ("Name / Agency file").
  private static final Pattern CREDIT_WORD =
      Pattern.compile("[\\p{Lu}\\d][\\p{L}\\p{M}\\d.'&-]*(?:/\\S+)*,?|of|and|the|for|de|via|file|/");

  private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|\\s)\\p{Lu}\\p{L}{0,3}\\.$");

  private CreditShapes() {}

  /** The picture labels as a pattern's alternation, the longest first; match it case-insensitively. */
  static String labels() {
    return PICTURE_LABELS.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
  }

  /**
   * The credit of a line that is a credit and nothing else, as printed under a caption:
   * {@code "Credit: Name/Agency"}, {@code "Photo: Name"}, {@code "Name/Wire Images"}.
   */
  public static Optional<String> creditLine(String line) {
    return creditLine(line, false);
  }

  /**
   * The credit of a credit line that says by its own words that it credits a picture: a photo label
   * ({@code "Image: Name"}, {@code "(Photo by Name)"}), an agency ({@code "Name/Getty Images"},
   * {@code "Name | Agency"}, {@code "Reuters"}); not a bare {@code "Name/Name"}, which may be a heading.
   */
  public static Optional<String> photoCredit(String line) {
    return creditLine(line, true);
  }

  private static Optional<String> creditLine(String line, boolean photo) {
    if (line.length() > 140) {
      return Optional.empty();
    }
    // a credit line in brackets reads as the same line without them: "(Image credit: Name)"
    char first = line.isEmpty() ? ' ' : line.charAt(0);
    if (line.length() > 2 && (first == '(' && line.endsWith(")") || first == '[' && line.endsWith("]"))) {
      line = Text.strip(line.substring(1, line.length() - 1));
    } else if (line.length() > 2 && "-–—".indexOf(first) >= 0 && line.charAt(1) == ' ') {
      // after the dash a layout prints it with ("- Photo : Name"), a credit whose name opens with no small letter
      // (not a list's item: "- Photo: one recent picture of your face")
      Optional<String> dashed = creditLine(Text.strip(line.substring(2)), photo);
      return dashed.filter(c -> !Character.isLowerCase(c.codePointAt(0)) && Text.words(c) <= 6);
    }
    Matcher m = CREDIT_LINE.matcher(line);
    boolean matched = m.matches(); // each pattern is matched once
    if (matched) {
      String label = line.substring(0, m.start(1));
      // "Photo | Video | Podcasts" is a menu, "Fot. 1 z 12" a gallery's counter: no credits
      matched = !(label.indexOf('|') >= 0 && !barredCredit(m.group(1))
          || label.strip().endsWith(".") && Character.isDigit(m.group(1).codePointAt(0)));
    }
    if (!matched) {
      m = BY_LINE.matcher(line);
      matched = m.matches();
    }
    if (!matched) {
      m = CREDIT_WORD_LINE.matcher(line);
      matched = m.matches();
    }
    char initial = line.isEmpty() ? ' ' : Character.toLowerCase(line.charAt(0));
    if (!matched && (initial == 's' || initial == 'v')) {
      // "Source: Name/Agency", "Video: Name / Outlet": a label that may head other things, so what follows it
      // must name whose picture it is (asked of the lines that open with the label's letter)
      m = SOURCE_LINE.matcher(line);
      matched = m.matches() && Text.words(m.group(1)) <= 6 && credited(m.group(1));
    }
    // a sentence is no credit, but a labelled credit may end with an abbreviation ("Photo: Valley Farms Inc.")
    if (Text.endsSentence(line) && !(matched && ABBREVIATION_END.matcher(line).find())) {
      return Optional.empty();
    }
    String credit = matched ? Text.strip(m.group(1)) : null;
    // "Name/Agency", the slash between words as a credit prints it, or spaced with an agency's word ("Name /
    // Getty Images"; "Sign In / Sign Up" is a pair of links)
    boolean tight = !line.contains(" /") && !line.contains("/ ");
    boolean spaced = line.replace(" / ", " ").indexOf('/') < 0;
    if (credit == null && line.indexOf('/') > 0 && (tight || spaced && namesAgency(line))
        && isCredit(line.replace("/", " / ")) && Text.words(line.replace(" / ", "/")) <= 6
        && (!photo || credited(line)) && line.chars().noneMatch(Character::isDigit)) { // not "Image 1 of / 5"
      credit = line;
    }
    if (credit == null && (piped(line) || AGENCY_ONLY.matcher(line).matches()
        || line.length() < MAX_SOURCE_LINE && line.indexOf(' ') > 0 && LABEL_THEN_SOURCE.matcher(line).matches())) {
      credit = line; // "Name | Agency", "Getty Images", "Image supplied"
    }
    // (asked of short lines whose second word opens with a picture word's letter: most lines are turned down so)
    int space = line.indexOf(' ');
    char second = space > 0 && space + 1 < line.length() ? Character.toLowerCase(line.charAt(space + 1)) : ' ';
    Matcher source = credit == null && line.length() < MAX_SOURCE_LINE && (second == 'p' || second == 'i')
        ? SOURCE_THEN_PHOTO.matcher(line) : null;
    if (source != null && source.matches() && (source.group(2) == null
        || PublishedDates.parse(source.group(2)).flatMap(PublishedDates.Reading::published).isPresent())) {
      // "FNA photo Dec. 2, 2026": the agency's initials are the credit; "File photo" is it whole
      String words = source.group(1);
      credit = source.group(1).regionMatches(true, 0, "file", 0, 4) || Character.isLowerCase(words.charAt(1))
          || !words.chars().limit(words.indexOf(' ')).allMatch(Character::isUpperCase) ? words
          : words.substring(0, words.indexOf(' '));
    }
    Matcher caps = credit == null ? CAPS_AGENCY.matcher(line) : null;
    if (caps != null && caps.matches() && namesAgency(caps.group(1))
        && capsName(line.substring(0, caps.start(1) - 2))) {
      return Optional.of(line); // "ANA RUIZ (EFE)": its brackets are the credit's own
    }
    if (credit == null || credit.length() < 2 || credit.length() > Captions.MAX_CREDIT || Text.words(credit) > 10
        || !Character.isLetterOrDigit(credit.codePointAt(0)) || credit.indexOf('(') >= 0) {
      return Optional.empty();
    }
    return Optional.of(credit);
  }

  // "Name | Agency" or "Name | Agency | Getty Images": a name and an agency, set apart by bars, as a page prints
  // a photographer beside the agency; a menu's bars ("News | Sport") name no agency.
  private static boolean piped(String line) {
    if (line.indexOf(" | ") < 0) {
      return false; // most lines: no pattern compiled to split them
    }
    String[] parts = line.split(" \\| ");
    if (parts.length < 2 || parts.length > 3 || !namesAgency(parts[parts.length - 1])) {
      return false;
    }
    for (String part : parts) {
      if (part.isBlank() || !isCredit(part)) {
        return false;
      }
    }
    return true;
  }

  // A name in capitals: two words or more, the first a known first name, the whole no place the gazetteer knows.
  private static boolean capsName(String name) {
    return name.indexOf(' ') > 0 && BylineNames.knownFirstName(name) && Gazetteer.INSTANCE.place(name) == null;
  }

  /**
   * Whether a credit names whose picture it is: an agency's or picture library's word ({@code "Getty Images"},
   * {@code "Name/Yonhap"}), or a person's name ({@link #personName}) alone or on either side of a slash
   * ({@code "Sam Delgado/The Ledger"}, {@code "Dana Okafor"}), with no author's job beside it.
   */
  static boolean credited(String credit) {
    if (namesAgency(credit)) {
      return true;
    }
    String[] parts = credit.split("/");
    boolean person = false;
    for (String part : parts) {
      if (parts.length > 1 && BylineRoles.PERSON_JOB.matcher(part).matches()) {
        return false; // "Name/Senior Staff Reporter": an author's job, a byline
      }
      person |= personName(part);
    }
    return person;
  }

  /**
   * Whether a credit's part is a person's name: two or three words, each a capital and small letters (a hyphen or
   * an apostrophe may join two), none a word of grammar, the first a known first name, the whole no place the
   * gazetteer knows nor ending with a place's last word ({@code "Dana Okafor"}; not {@code "The Ledger"},
   * {@code "New Zealand"}, {@code "AP Photo"}, {@code "Castle Hill"}, {@code "Mill Road"}, {@code "Breaking News"}).
   */
  static boolean personName(String part) {
    String name = Text.strip(part);
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches() || Names.isFunctionWord(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return BylineNames.knownFirstName(name) && Gazetteer.INSTANCE.place(name) == null
        && !PersonIndex.isPlaceLast(words[words.length - 1].toLowerCase(java.util.Locale.ROOT)); // "Mill Road"
  }

  /** Whether one of the words of a credit says it is a picture's ({@code "Getty Images"}, {@code "Name/Yonhap"}, {@code "Handout"}). */
  static boolean namesAgency(String credit) {
    for (String word : credit.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (CREDIT_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether what follows a photo label and a bar is a credit ({@code "Photo | Name | Outlet"}): one to three
   * parts set apart by bars, each a credit's words, one of them a name of two words or more or an agency's; a
   * menu's one-word entries ({@code "Photo | Video | Podcasts"}) are not.
   */
  static boolean barredCredit(String rest) {
    String[] parts = rest.split(" \\| ");
    if (parts.length > 3) {
      return false;
    }
    boolean named = false;
    for (String part : parts) {
      if (part.isBlank() || !isCredit(part)) {
        return false;
      }
      named |= Text.words(part) >= 2 || namesAgency(part);
    }
    return named;
  }

  /** At most eight words, the slashes between them aside, each capitalised or a joining word. */
  static boolean isCredit(String s) {
    int count = 0;
    boolean capital = false;
    for (String w : s.strip().split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (!CREDIT_WORD.matcher(w).matches()) {
        return false;
      }
      count += w.equals("/") ? 0 : 1;
      capital |= Character.isUpperCase(w.codePointAt(0));
    }
    return capital && count <= 8;
  }

  // Whether the words on either side of a credit's first slash are a photographer's name, before an outlet's
  // ("JO PARK/THE COAST POST") or after it ("GAZETTE/OLIVIER ROCHAT", opening with a known first name): two or
  // three words, none of them a word of grammar (not "TO BE CONTINUED/…" or "AC/DC FOREVER").
  static boolean photographer(String credit) {
    int slash = credit.indexOf('/');
    String after = credit.substring(slash + 1);
    return named(credit.substring(0, slash)) || named(after) && BylineNames.knownFirstName(after.strip());
  }

  // Whether a part of a credit is a name: two or three words, none a function word.
  private static boolean named(String part) {
    String[] words = part.strip().split(" ");
    if (words.length < 2 || words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (Names.isFunctionWord(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  // Whether the text's letters, at least four, are all capitals.
  static boolean capitals(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 4;
  }
}
