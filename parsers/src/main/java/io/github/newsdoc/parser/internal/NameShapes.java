package io.github.newsdoc.parser.internal;

import com.google.common.collect.ImmutableSet;

import java.util.List;

/**
 * What one word (or the word and its neighbours) looks like to the entity rules: capitalised, an initial, a
 * possessive, an acronym, the end of a sentence. Read from the text, so that most words are never made into
 * strings.
 */
final class NameShapes {
  private NameShapes() {}

  /** Whether the word ends with a possessive ("Lavrov's") or an apostrophe after it ("Reuters'"). */
  static boolean possessive(Words.Word w) {
    int n = w.length();
    if (n >= 2 && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S') && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’')) {
      return true;
    }
    return w.trailingLength() > 0 && (w.trailingChar(0) == '\'' || w.trailingChar(0) == '’');
  }

  /** The end of a word without its possessive: "Lavrov's" ends before the apostrophe. */
  static int end(Words.Word w) {
    int n = w.length();
    boolean possessiveS = n >= 2 && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')
        && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’');
    return possessiveS ? w.end() - 2 : w.end();
  }

  /** The end of a person's name: a suffix keeps its dot ("Harry F. Byrd Sr.", "Joseph R. Biden Jr."). */
  static int personEnd(Words.Word w) {
    int n = w.length();
    if (n == 2 && w.trailingLength() > 0 && w.trailingChar(0) == '.' && (w.charAt(0) == 'J' || w.charAt(0) == 'S')
        && w.charAt(1) == 'r') {
      return w.end() + 1;
    }
    return end(w);
  }

  /** The core without a possessive 's, in either case ("LAVROV'S"), as {@link #keyOf} takes it off. */
  static String bare(Words.Word w) {
    String c = w.core();
    return possessiveS(c) ? c.substring(0, c.length() - 2) : c;
  }

  private static boolean possessiveS(String c) {
    int n = c.length();
    return n >= 2 && (c.charAt(n - 1) == 's' || c.charAt(n - 1) == 'S') && (c.charAt(n - 2) == '\'' || c.charAt(n - 2) == '’');
  }

  /** A word as a gazetteer key: lower case, no possessive, straight apostrophes. */
  static String keyOf(Words.Word w) {
    return keyOfLower(w.lower());
  }

  /** As {@link #keyOf(Words.Word)}, of a word's lower-case form: the form itself when it is its own key. */
  static String keyOfLower(String lower) {
    String k = lower;
    if (k.endsWith("'s") || k.endsWith("’s")) {
      k = k.substring(0, k.length() - 2);
    }
    return k.indexOf('’') >= 0 ? k.replace('’', '\'') : k;
  }

  /** Whether punctuation ending a phrase follows the word; an initial ("J.", "G.K.") is no sentence's end. */
  static boolean stops(Words.Word w) {
    return w.stops() && !(isInitial(w) && w.trailing().equals("."));
  }

  /** "J." or "G.K.", or a bare capital letter ("C Paterson" in a team sheet). */
  static boolean isInitial(Words.Word w) {
    int n = w.length();
    if (n == 1) {
      // "A." is an initial ("A. Philip Randolph"), "A" alone the article
      char c = w.charAt(0);
      return Character.isUpperCase(c) && c != 'I' && (c != 'A' || w.trailingIs("."));
    }
    if (n > 4 || n % 2 != 0) {
      return false;
    }
    for (int k = 0; k < n; k += 2) {
      if (!Character.isUpperCase(w.charAt(k)) || w.charAt(k + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a text's words are written in title case, as a headline often is: at least four words, seven in ten
   * of them capitalised. A capitalised word there says less than inside a sentence.
   */
  static boolean titleCase(List<Words.Word> words) {
    if (words.size() < 4) {
      return false;
    }
    int capitalised = 0;
    for (Words.Word w : words) {
      if (w.capitalised()) {
        capitalised++;
      }
    }
    return capitalised * 10 >= words.size() * 7;
  }

  /** Whether the word starts with a capital letter (read from the text, never made into a string). */
  static boolean capitalisedWord(Words.Word w) {
    if (w.length() == 0) {
      return false;
    }
    char c = w.charAt(0);
    return Character.isHighSurrogate(c) ? Character.isUpperCase(w.core().codePointAt(0)) : Character.isUpperCase(c);
  }

  /** Whether the word at i opens a sentence, where every word is capitalised. */
  static boolean sentenceInitial(List<Words.Word> words, int i) {
    if (i == 0 || words.get(i).quoted()) {
      return true;
    }
    Words.Word before = words.get(i - 1);
    for (int k = 0; k < before.trailingLength(); k++) {
      char c = before.trailingChar(k);
      if (c == '.' && !isInitial(before) || c == '!' || c == '?' || c == ':' || c == '—' || c == '–') {
        return true;
      }
    }
    return before.length() == 1 && before.charAt(0) == '-';
  }

  /** Whether a (lower-case) word looks like a plural: "Oscars", not "Reuters"... nor "Congress". */
  static boolean plural(String lower) {
    return lower.length() > 4 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is") && !lower.endsWith("ys");
  }

  // Regnal numbers: "Edward IV", "John Paul II", "Malcolm X"
  private static final ImmutableSet<String> REGNAL = ImmutableSet.of(
      "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI");

  /** Whether the word is a roman numeral of the kind that follows a name: "IV" of "Edward IV". */
  static boolean regnalNumber(Words.Word w) {
    return REGNAL.contains(bare(w));
  }

  /**
   * Whether the word at j is a number of one or two digits right after a broadcaster's head word, part of its
   * name: "Radio 4", "Channel 4 News".
   */
  static boolean channelNumber(List<Words.Word> words, int j) {
    if (j == 0 || j >= words.size() || stops(words.get(j - 1))
        || !EntityWords.NUMBERED_HEADS.contains(words.get(j - 1))) {
      return false;
    }
    return Text.digits(bare(words.get(j)), 2);
  }

  /** Whether a core is an acronym: two to eight characters, two capitals or more, dots, digits, "&". */
  static boolean isAcronym(String core) {
    if (core.length() < 2 || core.length() > 8) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < core.length(); i++) {
      char c = core.charAt(i);
      if (Character.isUpperCase(c)) {
        letters++;
      } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
        return false;
      }
    }
    return letters >= 2;
  }

  /** A month or a day ends a name: "Radio Times in January", "Twitter Friday". */
  static boolean dated(Words.Word w) {
    return EntityWords.dateWord(w.lower());
  }

  /** Whether a name may start with the word: capitalised, no word of grammar, no adjective, no plural acronym. */
  static boolean startsName(Words.Word w) {
    byte known = w.store().startsName(w.index());
    if (known != 0) {
      return known == 2; // asked of most capitalised words several times: worked out once a word
    }
    // a hyphenated word with a lower-case part opens no name, adjective or not ("Long-term" opening a
    // sentence): a given name of two syllables follows the family name ("Lee Jae-myung"), which opens it
    boolean yes = capitalisedWord(w) && !EntityWords.NOT_NAMES.contains(w) && !adjective(w) && !pluralAcronym(w)
        && !lowerAfterHyphen(w);
    w.store().startsName(w.index(), yes);
    return yes;
  }

  /** "DVDs", "SUVs": the plural of an acronym names a kind of thing, not one entity. */
  static boolean pluralAcronym(Words.Word w) {
    // read on the word's own characters, as bare(w) would give them: most words end in no "s" after a capital,
    // and are told so without making their core
    int length = w.length();
    boolean possessiveS = length >= 2 && (w.charAt(length - 1) == 's' || w.charAt(length - 1) == 'S')
        && (w.charAt(length - 2) == '\'' || w.charAt(length - 2) == '’');
    int n = possessiveS ? length - 2 : length;
    return n >= 3 && w.charAt(n - 1) == 's' && Character.isUpperCase(w.charAt(n - 2))
        && isAcronym(w.source().substring(w.start(), w.start() + n - 1));
  }

  // the lower-case parts after a hyphen that make a compound adjective or title ("-based", "-era", "-elect")
  private static final java.util.Set<String> COMPOUND_TAILS = WordList.load("compound-adjective-tails");

  /**
   * "U.S.-led", "Russian-Belarusian", "GOP-heavy", "Kremlin-friendly": a compound adjective, no name; nor
   * "Poland—NATO", two words joined by a dash. Told by its parts, not its shape: the part after the hyphen is
   * a demonym, or a word in lower case of the kind that makes adjectives ("based", "backed", "era"), or the
   * part before it is a place, a body, a demonym, a title ("Secretary-general") or a single letter ("U-turn"),
   * or the word holds more hyphens and ends in lower case ("Editor-in-chief", not "Stoke-on-Trent"). "Jae-myung" of "Lee Jae-myung", two syllables of a given name, is none of these.
   */
  static boolean adjective(Words.Word w) {
    int n = w.length();
    int last = -1;
    for (int k = 0; k < n; k++) {
      char c = w.charAt(k);
      if (c == '—' || c == '–') {
        return true;
      }
      if (c == '-') {
        last = k;
      }
    }
    return last >= 0 && last < n - 1 && compoundAdjective(w.core());
  }

  /** As {@link #adjective(Words.Word)}, for a word's core that holds a hyphen before its last character. */
  static boolean compoundAdjective(String core) {
    int first = core.indexOf('-');
    int last = core.lastIndexOf('-');
    if (!Character.isLowerCase(core.charAt(last + 1))) {
      return Gazetteer.INSTANCE.demonym(core.substring(last + 1)) != null;
    }
    // "Editor-in-chief", "U-turn", "T-shirts": more hyphens, or a single letter before one, make no given name
    return first != last || first < 2 || compoundTail(core.substring(first + 1))
        || knownFirstPart(core.substring(0, first));
  }

  /**
   * Whether a capitalised word ends with a hyphen and a part in lower case: "Moscow-based", "Jae-in", not
   * "Stoke-on-Trent".
   */
  static boolean lowerAfterHyphen(Words.Word w) {
    // read in place: asked once of every capitalised word, most of which hold no hyphen
    int n = w.length();
    for (int k = n - 1; k >= 0; k--) {
      if (w.charAt(k) == '-') {
        return k > 0 && k + 1 < n && Character.isLowerCase(w.charAt(k + 1));
      }
    }
    return false;
  }

  // "based", "backed", "leaning", "spent", "era", "winner": a word that makes a compound adjective (or a
  // noun: "Oscar-winner") of the name before it
  private static boolean compoundTail(String second) {
    String s = possessiveS(second) ? second.substring(0, second.length() - 2) : second;
    int n = s.length();
    return COMPOUND_TAILS.contains(s) || AttributionWords.IRREGULAR_PAST.contains(s)
        || n >= 4 && s.endsWith("ed") || n >= 6 && s.endsWith("ing")
        || n >= 5 && (s.endsWith("er") || s.endsWith("ers"));
  }

  // "Kremlin-", "Moscow-", "Israeli-", "Vice-": a first part that names a body, a place or a people, or a title
  private static boolean knownFirstPart(String first) {
    Gazetteer g = Gazetteer.INSTANCE;
    String lower = first.toLowerCase(java.util.Locale.ROOT);
    return g.place(first) != null || g.organisation(first) != null || g.demonym(first) != null
        || Names.isTitleWord(lower) || Names.isOrgHead(lower);
  }

  /**
   * "M. Dane Waters", "A. Philip Randolph": an "M." or "A." before two name words is an initial, not the
   * honorific or the article.
   */
  static boolean initialOfName(List<Words.Word> words, int i) {
    Words.Word w = words.get(i);
    if (i + 2 >= words.size() || !(w.coreIs("M.") || w.coreIs("A") && w.trailingIs("."))) {
      return false;
    }
    Words.Word next = words.get(i + 1);
    return Names.isNameWord(next) && !stops(next) && !possessive(next) && capitalisedWord(words.get(i + 2))
        && !EntityWords.NOT_NAMES.contains(words.get(i + 2));
  }

  /** "; A Craig,": the letter A in a list of names, an initial and not the article. */
  static boolean listInitial(List<Words.Word> words, int i) {
    Words.Word w = words.get(i);
    if (w.length() != 1 || w.charAt(0) != 'A' || w.trailingLength() > 0 || i == 0 || i + 1 >= words.size()) {
      return false;
    }
    String before = words.get(i - 1).trailing();
    Words.Word next = words.get(i + 1);
    String after = next.trailing();
    return (before.contains(";") || before.contains(",") || before.contains(":")) && Names.isNameWord(next)
        && (i + 2 == words.size() || after.startsWith(",") || after.startsWith(";") || after.startsWith("."));
  }

  /** "JP", "KP": two capitals no gazetteer knows, before a surname. */
  static boolean twoInitials(Words.Word w) {
    if (w.length() != 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isUpperCase(w.charAt(1))) {
      return false;
    }
    String c = w.core();
    return Gazetteer.INSTANCE.place(c) == null && Gazetteer.INSTANCE.organisation(c) == null
        && !EntityWords.NOT_ACRONYMS.contains(c);
  }

  /**
   * Whether the word at k is a nickname in quotation marks inside a person's name: {@code Robert "Bobby"
   * Scott}, {@code Ahmed 'Mido' Hossam}. Its closing mark is then no end of the name.
   */
  static boolean nickname(List<Words.Word> words, int k) {
    Words.Word w = words.get(k);
    if (!w.quoted() || w.trailingLength() != 1 || k == 0 || k + 1 >= words.size()) {
      return false;
    }
    char close = w.trailingChar(0);
    Words.Word before = words.get(k - 1);
    return (close == '"' || close == '\u201d' || close == '\'' || close == '\u2019') && Names.isNameWord(w)
        && capitalisedWord(before) && !stops(before) && !possessive(before) && Names.isNameWord(words.get(k + 1))
        && !EntityWords.NOT_NAMES.contains(words.get(k + 1));
  }
}
