package io.github.newsdoc.parser.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of an author line: what a name looks like (capitalised words and particles such as "de" or
 * "van"), names printed in capitals written as names, and first names the gazetteer knows. Used by
 * {@link Bylines}.
 */
final class BylineNames {
  /** A name in Hangul or in Chinese characters: two to four syllables or characters, as such names are written. */
  static final Pattern CJK_NAME = Pattern.compile("\\p{IsHangul}{2,4}|\\p{IsHan}{2,4}");
  static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*");
  // A word of a name in a script without capitals: Arabic, Hebrew, Devanagari, Thai.
  private static final Pattern CASELESS_WORD = Pattern.compile(
      "[\\p{IsArabic}\\p{IsHebrew}\\p{IsDevanagari}\\p{IsThai}&&[\\p{L}\\p{M}]]+");
  // The first words of a body's name in those scripts, no person's: ministry, agency, authority, company,
  // newspaper, office, council (Arabic); ministry, agency, company, newspaper (Hebrew); ministry, department (Hindi).
  private static final Set<String> BODY_FIRST = Set.of("وزارة", "وكالة", "هيئة", "شركة", "صحيفة", "جريدة", "مكتب",
      "مجلس", "משרד", "סוכנות", "חברת", "עיתון", "मंत्रालय", "विभाग");
  static final Set<String> PARTICLES = Set.copyOf(List.of("de", "da", "van", "von", "der", "den", "al", "el", "bin",
      "la", "le", "del", "du", "di", "dos", "das", "ibn", "ter", "y"));

  private static final String CREDENTIAL = "\\p{Lu}(?=\\p{L}*\\p{Lu})[\\p{Lu}\\p{Ll}]{1,4}";
  private static final Pattern CREDENTIAL_PART = Pattern.compile(CREDENTIAL);
  /** Letters after a name, more than one: {@code "MS, RD"}. */
  static final Pattern CREDENTIALS = Pattern.compile(CREDENTIAL + "(?:, " + CREDENTIAL + ")+");

  private BylineNames() {}

  // "ALMA REYES Wire Service" is {"ALMA REYES", "Wire Service"}; null unless at least two words in capitals
  // come before words that are not.
  static String[] capitalsThenWords(String c) {
    String[] words = c.split(" ");
    int k = 0;
    while (k < words.length && isCapitals(words[k])) {
      k++;
    }
    if (k < 2 || k == words.length || !NAME_WORD.matcher(words[k]).matches() || isCapitals(words[words.length - 1])) {
      return null;
    }
    String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
    String after = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    return isName(name) ? new String[] {name, after} : null;
  }

  private static final Set<String> AGENCIES = WordList.load("news-agencies");

  /** Whether a word names a news agency (words/news-agencies.txt), in whatever case it is printed: "dpa", "AFP". */
  static boolean isAgency(String word) {
    return AGENCIES.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  static boolean isCapitals(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      if (Character.isLetter(ch)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /** A name printed in capitals ("JANE O'DOE-ROE") as names are written ("Jane O'Doe-Roe"); others unchanged. */
  static String normaliseName(String name) {
    String[] words = name.split(" ");
    boolean capitals = false;
    for (String w : words) {
      if (w.chars().anyMatch(Character::isLowerCase) && !PARTICLES.contains(w)) {
        return name;
      }
      capitals |= isCapitals(w.replace(".", ""));
    }
    if (!capitals) {
      return name;
    }
    StringBuilder b = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      b.append(start ? ch : Character.toLowerCase(ch));
      start = !Character.isLetter(ch);
    }
    return b.toString();
  }

  // The one month's abbreviation that is a common first name in the languages whose author lines are read
  // ("Door Jan Jansen", "Von Jan Treiber"); "Mar" is Spanish for the sea ("Por Mar Abierto"), "May" a word.
  private static final String JAN = "Jan";

  // "Von Miller Signs With Coast": a capitalised word that never makes a name
  static boolean hasWordThatIsNoName(String name) {
    String[] words = name.split(" ");
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (k == 0 && words.length > 1 && w.equals(JAN)) {
        continue; // "Jan Jansen": a first name of Dutch, German, Polish, Czech (a date has its day's figure)
      }
      if (!PARTICLES.contains(w) && EntityWords.NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  // First words that make a run of name words a place's ("San", "Hong", "New"): no person's first name.
  private static final com.google.common.collect.ImmutableSet<String> PLACE_OPENERS =
      WordList.load("place-name-first-words");

  /**
   * Whether a name read from an author line may be a place's or an outlet's instead ("Buenos Aires", "Le Monde",
   * "San Marco"): the gazetteer knows it as one, or its first word opens places or is a Romance article.
   */
  static boolean placeOrOutlet(String name) {
    String first = name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
    return Gazetteer.INSTANCE.place(name) != null || Gazetteer.INSTANCE.organisation(name) != null
        || PLACE_OPENERS.contains(first) || EntityWords.ROMANCE_ARTICLES.contains(first);
  }

  static boolean knownFirstName(String name) {
    String first = name.split(" ")[0];
    String plain = Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return Gazetteer.INSTANCE.firstName(first) || Gazetteer.INSTANCE.firstName(plain)
        || Gazetteer.INSTANCE.firstName(normaliseName(plain));
  }

  // Whether a name in Chinese characters is a body's: it ends with a company's, a paper's, a broadcaster's, an
  // agency's or an office's word ("東京電力" ends with 電力, power; "人工智能", intelligence, is a field's).
  static boolean cjkBody(String name) {
    return CJK_BODY_END.matcher(name).find();
  }

  private static final Pattern CJK_BODY_END = Pattern.compile(
      "(?:公司|集团|集團|新闻|新聞|日报|日報|电视台|電視台|通讯社|通訊社|电力|電力|银行|銀行|大学|大學|政府|智能|部|局|社|会|會)$");

  static boolean isName(String s) {
    if (CJK_NAME.matcher(s).matches()) {
      return true; // a Korean, Chinese or Japanese name, written without spaces and without capitals
    }
    String[] words = s.split(" ");
    if (words.length > 5) {
      return false;
    }
    if (words.length >= 2 && words.length <= 4
        && Arrays.stream(words).allMatch(w -> CASELESS_WORD.matcher(w).matches()) && !BODY_FIRST.contains(words[0])) {
      return true; // "أحمد الحسن": a name in a script without capitals, of two to four words
    }
    boolean capital = false;
    for (String w : words) {
      if (NAME_WORD.matcher(w).matches()) {
        capital = true;
      } else if (!PARTICLES.contains(w)) {
        return false;
      }
    }
    return capital;
  }

  // How many parts from {@code from} on are letters after a name ("MS, RD", "BSc"): two or more short words
  // in capitals, or one with a small letter inside; 0 when those parts are not such letters or do not end the
  // line (one acronym alone, "AP", is an agency).
  static int credentials(String[] parts, int from) {
    int k = from;
    while (k < parts.length && CREDENTIAL_PART.matcher(parts[k]).matches()) {
      k++;
    }
    int n = k - from;
    boolean mixed = n == 1 && parts[from].chars().anyMatch(Character::isLowerCase);
    return k == parts.length && (n >= 2 || mixed) ? n : 0;
  }

  // Whether the line, as it will be written back (without the commas it may end with: "By J. R.," is
  // "By J. R."), ends with a sentence's period rather than an initial's.
  static boolean endsSentence(String line) {
    int end = line.length();
    while (end > 1 && (line.charAt(end - 1) == ',' || line.charAt(end - 1) == ' ')) {
      end--;
    }
    return line.charAt(end - 1) == '.' && !endsWithInitial(line.substring(0, end));
  }

  // "By Jane Doe Jr." or "By J. R." ends with an abbreviation, not a sentence.
  private static boolean endsWithInitial(String line) {
    String last = line.substring(line.lastIndexOf(' ') + 1);
    return last.codePointCount(0, last.length()) <= 4 && Character.isUpperCase(last.codePointAt(0));
  }

  /**
   * Whether words could be a place's name after "in" in an author line: one to three capitalised words, no
   * figure, no words of a job or of an outlet ({@code "Port Annick"}, not {@code "Health Policy"}).
   */
  static boolean isPlaceShaped(String place) {
    String[] words = place.split(" ");
    if (words.length > 3 || BylineRoles.JOB_WORD.matcher(place).matches()
        || BylineRoles.OUTLET_WORD.matcher(place).matches()) {
      return false;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches() || w.length() < 2 || isCapitals(w) && w.length() <= 3) {
        return false;
      }
    }
    return true;
  }

  // Where the words of a job start after a name of two words or more ("Jane Doe Senior Contributor": the space
  // before "Senior"), when the name's last words are a job's and end with a person's job ("Contributor",
  // "Staff Writer", "Chief Political Correspondent"); 0 when they are not.
  static int jobAfterName(String c) {
    String[] words = c.split(" ");
    String last = words[words.length - 1];
    if (words.length < 3
        || !BylineRoles.PERSON_JOB.matcher(last).matches() && !BylineRoles.PLURAL_JOB.matcher(last).matches()) {
      return 0;
    }
    int k = words.length - 1;
    while (k - 1 >= 2 && Character.isUpperCase(words[k - 1].codePointAt(0))
        && BylineRoles.JOB_WORD.matcher(words[k - 1]).matches()) {
      k--;
    }
    String name = String.join(" ", java.util.Arrays.asList(words).subList(0, k));
    if (!isName(name) || !Character.isUpperCase(words[k].codePointAt(0))) {
      return 0;
    }
    return name.length();
  }

  // "Lisbon" in "Jane Doe in Lisbon", when the words before it are a name and the place is known, or, after an
  // English "by" (the evidence that the line is an author line), shaped as a place's name ("By Jo Park in
  // Merrowby"): the places reporters file from are more than any gazetteer holds.
  static String placeAfterIn(String c, boolean afterBy) {
    int in = c.lastIndexOf(" in ");
    if (in <= 0) {
      return null;
    }
    String place = c.substring(in + 4);
    return isName(c.substring(0, in))
        && (Gazetteer.INSTANCE.place(place) != null || afterBy && isPlaceShaped(place)) ? place : null;
  }
}
