package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.EntityRecognizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The built-in {@link EntityRecognizer}: runs of capitalised words, cut into gazetteer names (places,
 * organisations), organisation names by their head word ("… Ministry", "Institute for …"), acronyms, and
 * people (name words with a first name, a title, a role or a surname that speaks elsewhere: "President
 * Putin", "economist Ken Mayland"). Titles, honorifics and demonyms before a name are not part of it; groups,
 * plurals and compound adjectives are no names. A single unknown name inside a sentence is a place by its
 * context ("in Dingolfing"), a person when titled or a first name, an organisation when the article
 * capitalises it inside sentences twice, and nothing when the article also writes it in lower case. Within an
 * article, a {@link Context} read once beforehand supplies those facts (two passes over the words, then one
 * over each text; every rule looks at a bounded window, so the time is linear in the words).
 */
public final class RuleBasedRecognizer implements EntityRecognizer {
  /** The shared instance; it holds no state. */
  public static final RuleBasedRecognizer INSTANCE = new RuleBasedRecognizer();

  private static final Set<String> CONNECTORS = Set.copyOf(List.of("of", "for", "the", "and", "de", "du", "van",
      "von", "al", "bin", "on", "in", "la", "le", "del", "da", "&"));
  private static final Set<String> NOT_NAMES = Set.copyOf(List.of("the", "a", "an", "in", "on", "at", "as", "but",
      "and", "or", "if", "when", "while", "after", "before", "since", "although", "though", "however", "meanwhile",
      "last", "next", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her",
      "its", "their", "our", "my", "your", "for", "from", "with", "without", "during", "under", "over", "despite",
      "according", "there", "here", "what", "who", "why", "how", "where", "which", "some", "many", "most", "all",
      "both", "each", "every", "no", "not", "yes", "also", "yet", "still", "even", "only", "just", "so", "then",
      "now", "today", "tomorrow", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "mr", "mrs", "ms", "dr", "one", "two", "three", "several", "other", "another",
      "because", "unlike", "like", "by", "to", "into", "about", "against", "between", "among", "through", "amid",
      "asked", "reached", "speaking", "such", "while", "whether", "once", "later", "earlier", "instead", "indeed",
      "perhaps", "maybe", "thus", "therefore", "furthermore", "moreover", "first", "second", "finally", "let",
      "please", "thank", "thanks", "oh", "well", "sen", "rep", "gov", "gen", "editor's", "published", "updated",
      "neither", "either", "nor", "whatever", "whoever", "despite", "unless", "until", "upon", "within", "across",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "should", "would",
      "could", "shall", "besides", "dear"));
  private static final Set<String> NOT_PEOPLE = Set.copyOf(List.of("war", "revolution", "treaty", "act", "agreement",
      "accord", "doctrine", "summit", "games", "olympics", "cup", "championship", "prize", "award", "day", "week",
      "era", "plan", "program", "programme", "initiative", "strategy", "law", "bill", "project", "operation",
      "exercise", "drills", "forum", "conference", "festival", "show", "series", "edition", "report", "index",
      "crisis", "pandemic", "election", "elections", "referendum", "campaign", "deal", "talks", "declaration",
      // laws, orders and eras: "the Second Amendment", "an Executive Order", "the Great Recession"
      "amendment", "amendments", "order", "orders", "days", "recession", "depression", "convention",
      // sporting events and their adjective: "the Athens Olympics", "the Norwich Union Grand Prix"
      "marathon", "prix", "slam", "trophy", "bowl", "olympic", "paralympics", "paralympic"));

  // Members and believers, not the name of one entity: "Democrats", "Catholics".
  private static final Set<String> GROUPS = Set.copyOf(List.of("democrat", "democrats", "republican", "republicans",
      "catholic", "catholics", "muslim", "muslims", "christian", "christians", "jew", "jews", "protestant",
      "protestants", "latino", "latinos", "latina", "latinas", "hispanic", "hispanics", "liberal", "liberals",
      "evangelical", "evangelicals", "sunni", "sunnis", "shia", "shiite", "shiites", "islamist", "islamists",
      "internet", "god"));
  // Words before "of" that make the name after it a place: "the town of Shklov".
  private static final Set<String> PLACE_NOUNS = Set.copyOf(List.of("town", "city", "village", "borough",
      "boroughs", "county", "region", "province", "district", "suburb", "suburbs", "port", "island", "state",
      "capital", "outskirts", "municipality", "neighbourhood", "neighborhood"));
  // Lower-case roles right before a name make it a person's: "economist Ken Mayland", "striker Zinedine Zidane".
  private static final Set<String> ROLES = Set.copyOf(List.of("economist", "analyst", "striker", "midfielder",
      "defender", "goalkeeper", "forward", "winger", "coach", "manager", "actor", "actress", "singer", "director",
      "boss", "chief", "executive", "spokesman", "spokeswoman", "spokesperson", "leader", "minister", "president",
      "chairman", "chairwoman", "founder", "lawyer", "attorney", "candidate", "nominee", "senator", "governor",
      "rival", "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "author",
      "professor", "player", "star", "captain", "host", "presenter", "writer", "producer", "journalist",
      "reporter", "correspondent", "columnist", "businessman", "businesswoman", "billionaire", "tycoon",
      "investor", "owner", "colleague", "aide", "adviser", "advisor", "secretary", "mayor", "judge", "comedian",
      "novelist", "artist", "musician", "rapper", "chef", "pollster", "strategist", "consultant", "official",
      "activist", "campaigner", "chancellor", "premier", "envoy", "ambassador", "deputy", "dr", "mp", "mep",
      "peer", "bishop", "archbishop", "cardinal", "rabbi", "imam", "priest", "sen.", "rep.", "gov."));
  // A month or a day ends a name: "Radio Times in January", "Twitter Friday".
  private static boolean dated(Words.Word w) {
    String lower = w.lower();
    return MONTHS.contains(lower) || DAYS.contains(lower);
  }

  private static final Set<String> DAYS = Set.copyOf(List.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday"));
  private static final Set<String> MONTHS = Set.copyOf(List.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december"));
  private static final Set<String> COMPASS = Set.copyOf(List.of("west", "east", "north", "south", "midwest",
      "northeast", "northwest", "southeast", "southwest", "mideast"));
  // A capitalised word right after these is a place when nothing else says what it is: "in Dingolfing".
  private static final Set<String> LOCATIVE = Set.copyOf(List.of("in", "near", "outside", "across", "throughout",
      "around", "towards", "toward", "via"));
  // A run of unknown names starting with these names a place: "Lake Erie", "Mount Kenya", "Fort Worth".
  private static final Set<String> PLACE_FIRST = Set.copyOf(List.of("lake", "mount", "mt.", "fort", "cape", "river",
      "isle", "san", "santa", "los", "las"));
  // United States postal codes: a place only in a party tag ("R-IN", "D-NY"), where nothing else can be meant.
  private static final Set<String> STATE_CODES = Set.copyOf(List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE",
      "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
      "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
      "VT", "VA", "WA", "WV", "WI", "WY", "DC"));

  // How often an unknown single name must be capitalised inside sentences before it counts as an
  // organisation's: once may be a capitalised common noun ("the Crown", "the Constitution").
  private static final int MIN_UNKNOWN = 2;
  // Capitals that name no entity: roles, units, times, things, sports statistics ("DL", "TFL").
  private static final Set<String> NOT_ACRONYMS = Set.copyOf(List.of("TV", "VP", "CEO", "CFO", "COO", "CTO", "GMT",
      "BST", "EST", "EDT", "PST", "PDT", "UTC", "MP", "MPs", "MEP", "MEPs", "PM", "AM", "PR", "HQ", "ID", "OK", "DJ",
      "PC", "GDP", "GNP", "IPO", "UFO", "DNA", "HIV", "AIDS", "ATM", "SUV", "FAQ", "CV", "IQ", "IT", "USB", "LGBT",
      "LGBTQ", "VAT", "QC", "AI", "VR", "PhD", "MBA", "BA", "MA", "MSc", "DL", "IR", "TFL", "TFLs", "RB", "QB", "WR",
      "TE", "OL", "LB", "CB", "DB", "DT", "DE", "ERA", "RBI", "RBIs", "MVP", "OT", "TD", "TDs", "HR", "HRs", "IP",
      "KO", "PPG", "FG", "YDS", "INT", "INTs", "PAT", "NB", "PS", "RIP", "LOL", "OMG", "FYI", "ASAP", "DIY", "ETA",
      "RSVP", "TBA", "TBD", "AKA", "MPH", "KM", "KG", "CO2", "COVID", "SARS", "GOAT",
      // formats, devices and measures
      "CD", "DVD", "LCD", "MP3", "PVR", "VCR", "PDA", "GPS", "SMS", "HD", "HDTV", "PIN", "URL", "PDF", "RAM",
      "CPU", "DSL", "ADSL", "DDoS", "CPI", "RPI", "FDI", "EPS", "OBE", "MBE", "CBE", "EP", "LP",
      // kinds of committee, conditions, drugs and indices
      "PAC", "PACs", "PTSD", "ADHD", "PCP", "LSD", "MRI", "ICU", "STD", "BMI", "FTSE"));
  private static final Set<String> SPEECH = Set.copyOf(List.of("said", "says", "told", "added", "argued",
      "explained", "wrote", "asked", "noted", "warned", "insisted", "recalled", "replied", "tweeted"));

  private RuleBasedRecognizer() {}

  /**
   * What the rules know of the whole article, read once before its texts: the words it writes in lower case
   * (a capitalised "Shares" at a sentence's start is then a common word) and the names it gives a title or an
   * honorific somewhere ("Mr Egelton", so "Rick Egelton" is a person).
   */
  public static final class Context {
    final Set<String> lowerWords = new HashSet<>();
    final Set<String> titledNames = new HashSet<>();
    final Map<String, Integer> inside = new HashMap<>();
    // the lower-case forms of the article's capitalised words (and of their stems without a plural s)
    Set<String> asked = Set.of();
    // per text, the indices of its words that start with a capital: the only ones a name can start at
    final List<int[]> capitals = new ArrayList<>();

    // Whether a plural-looking word is read as a plural here: "Oscars" when the article writes "Oscar" or
    // "oscar" too.
    boolean readAsPlural(String lower) {
      String stem = lower.substring(0, lower.length() - 1);
      // only a name in -as or -os ("Yukos") is taken for a name when its singular is not written; "Affairs",
      // "Allies" are plurals whatever else the article writes
      char before = lower.charAt(lower.length() - 2);
      return before != 'a' && before != 'o' || lowerWords.contains(stem) || asked.contains(stem)
          && inside.containsKey(capitalise(stem));
    }

    private static String capitalise(String lower) {
      return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The indices of the words of text {@code t} that start with a capital letter, in order. */
    int[] capitals(int t) {
      return capitals.get(t);
    }

    /** Reads the words of an article's texts. */
    public static Context of(List<List<Words.Word>> texts) {
      Context c = new Context();
      // the lower-case forms of the capitalised words, the only ones asked about, and a filter of their first
      // two letters and length, so that most lower-case words are never made into strings and hashed
      Set<String> asked = new HashSet<>();
      long[] filter = new long[256];
      for (List<Words.Word> words : texts) {
        int[] caps = new int[words.size()];
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
          Words.Word w = words.get(i);
          if (capitalisedWord(w)) {
            caps[n++] = i;
          }
          // "The", "In", "He": the rules never ask whether such a word is also written in lower case
          if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w.lower())) {
            ask(w.lower(), asked, filter);
            if (possessive(w)) {
              ask(bare(w).toLowerCase(Locale.ROOT), asked, filter);
            } else if (w.length() > 4 && w.lower().endsWith("s")) {
              // "Oscars": is "oscar" written too?
              ask(w.lower().substring(0, w.lower().length() - 1), asked, filter);
            }
          }
        }
        c.capitals.add(java.util.Arrays.copyOf(caps, n));
      }
      c.asked = asked;
      for (List<Words.Word> words : texts) {
        for (int i = 0; i < words.size(); i++) {
          Words.Word w = words.get(i);
          if (w.length() > 0 && Character.isLowerCase(w.charAt(0))) {
            int sig = signature(w.length(), w.charAt(0), w.length() > 1 ? w.charAt(1) : ' ');
            if ((filter[sig >>> 6] & 1L << (sig & 63)) != 0 && asked.contains(w.lower())) {
              c.lowerWords.add(w.lower());
            }
            continue;
          }
          if (w.length() == 0 || !Character.isUpperCase(w.charAt(0))) {
            continue; // numbers and punctuation
          }
          if (!sentenceInitial(words, i)) {
            c.inside.merge(bare(w), 1, Integer::sum);
          }
          // "Kell said", "Kell, who": a name that speaks or takes "who" is a person's
          if (i + 1 < words.size() && maybeSpeech(words.get(i + 1)) && !possessive(w)
              // alone, not the end of a longer name ("Chamber of Commerce said")
              && (i == 0 || !capitalisedWord(words.get(i - 1)) && (!CONNECTORS.contains(words.get(i - 1).lower())
                  || words.get(i - 1).lower().equals("and")))
              && (!w.stops() && SPEECH.contains(words.get(i + 1).lower())
                  || w.trailing().equals(",") && words.get(i + 1).lower().equals("who"))) {
            c.titledNames.add(bare(w));
          }
          if (!w.stops() && (Names.isHonorific(w.core()) || Names.TITLE_WORDS.contains(w.lower()) && w.capitalised())) {
            for (int j = i + 1; j < words.size() && j <= i + 3 && Names.isNameWord(words.get(j)); j++) {
              c.titledNames.add(bare(words.get(j)));
              if (words.get(j).stops() || possessive(words.get(j))) {
                break;
              }
            }
          }
        }
      }
      return c;
    }
  }

  // Whether a word may be a speech verb or "who", judged from its first letter and length alone.
  private static boolean maybeSpeech(Words.Word w) {
    int n = w.length();
    return n >= 3 && n <= 9 && "satewnir".indexOf(w.charAt(0)) >= 0;
  }

  private static void ask(String k, Set<String> asked, long[] filter) {
    asked.add(k);
    int sig = signature(k.length(), k.charAt(0), k.length() > 1 ? k.charAt(1) : ' ');
    filter[sig >>> 6] |= 1L << (sig & 63);
  }

  // The first two letters (lower-cased) and the length of a word, as an index into a 16384-bit filter.
  private static int signature(int length, char first, char second) {
    int c0 = Character.toLowerCase(first) & 31;
    int c1 = Character.toLowerCase(second) & 31;
    return (c0 << 9 | c1 << 4 | Math.min(length, 15)) & 16383;
  }

  @Override
  public List<Mention> recognize(String text) {
    List<Words.Word> words = Words.of(text, 0, text.length());
    Context ctx = Context.of(List.of(words));
    return recognize(words, ctx, ctx.capitals.get(0));
  }

  /** Recognizes names in a text already split into words, knowing the article around it. */
  List<Mention> recognize(List<Words.Word> words, Context ctx, int[] capitals) {
    List<Mention> mentions = new ArrayList<>();
    Shouting shouting = new Shouting(words);
    int i = 0;
    int c = 0; // the next capitalised word: a name starts at no other
    while (i < words.size()) {
      while (c < capitals.length && capitals[c] < i) {
        c++;
      }
      if (c == capitals.length) {
        break;
      }
      i = capitals[c];
      if (partyTag(words.get(i), mentions)) {
        i++;
        continue;
      }
      if (i == 0 && speakerLabel(words.get(0))) {
        // "WALLACE: ..." opens a transcript's turn: the speaker's surname
        mentions.add(new Mention(words.get(0).start(), words.get(0).end(), EntityType.PERSON));
        i++;
        continue;
      }
      if (!startsName(words.get(i)) && !initialOfName(words, i) && !listInitial(words, i)
          // "to buy May Department Stores", but not "a September Washington Post poll"
          && !(MONTHS.contains(words.get(i).lower()) && !stops(words.get(i)) && orgAhead(words, i + 1)
              && i > 0 && !NOT_NAMES.contains(words.get(i - 1).lower()) && !capitalisedWord(words.get(i - 1)))) {
        hyphenated(words, i, mentions);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < words.size() && j - i < 10 && (!stops(words.get(j - 1)) || nickname(words, j - 1))
          && (!possessive(words.get(j - 1)) || nickname(words, j - 1)
              || words.get(j - 1).trailing().startsWith("'") && orgAhead(words, j)
              || words.get(j - 1).trailing().startsWith("’") && orgAhead(words, j))
          && !words.get(j).parenthesised()) {
        Words.Word w = words.get(j);
        String lower = w.lower();
        // a party tag ends a name: "Sen. Dana Whitlow R-Texas said"
        if (!partyTagged(w) && !pluralAcronym(w)
            && (startsName(w) || capitalisedWord(w) && !adjective(w) && !dated(w))) {
          j++;
        } else if (CONNECTORS.contains(lower) && !w.stops() && j + 1 < words.size()
            && !((lower.equals("and") || lower.equals("&")) && (Names.isOrgHead(words.get(j - 1).lower())
                // "the Civil Liberties Union of Ohio and Demos": a place ends a name before "and"
                || j - 2 >= i && words.get(j - 2).lower().equals("of")
                    && Gazetteer.INSTANCE.placeByKey(keyOf(words.get(j - 1))) != null))
            // "in" and "on" join only an organisation's name: "Council on Foreign Relations", not
            // "Democrats in Congress"
            && (!lower.equals("in") && !lower.equals("on") || Names.isOrgHead(words.get(j - 1).lower())
                // but "the Wilson Center in Washington" is in the place
                && !(lower.equals("in") && Gazetteer.INSTANCE.placeByKey(keyOf(words.get(j + 1))) != null))
            && (capitalisedWord(words.get(j + 1)) && !dated(words.get(j + 1)) || !lower.equals("and") && CONNECTORS.contains(words.get(j + 1).lower())
                && !words.get(j + 1).stops() && j + 2 < words.size() && capitalisedWord(words.get(j + 2))
                // "the House Education and the Workforce Committee": a body's name goes on to its head word
                || lower.equals("and") && words.get(j + 1).lower().equals("the") && !words.get(j + 1).stops()
                    && j + 2 < words.size() && orgAhead(words, j + 2) && plainOrgHeadIn(words, i, j)
                    && gazetteerWhole(words, i, j) == 0)) {
          j++;
        } else {
          break;
        }
      }
      j = Math.max(j, knownEnd(words, i));
      if (titleOfWork(words, i, j)) {
        i = j;
        continue;
      }
      if (!joined(words, i, j, mentions, ctx, shouting)) {
        run(words, i, j, mentions, ctx, shouting);
      }
      i = j;
    }
    if (mentions.size() >= 3) {
      listsOfOrganisations(words.get(0).source(), mentions);
    }
    return mentions;
  }

  /**
   * In a list of three names or more ("Hyundai, Toyota, Suzuki and Ford") where organisations the gazetteer
   * knows are the most common type, at least two of them, the other names are organisations too: "Suzuki" is no city there, "Ford"
   * no person. One pass over the mentions, looking only at the few characters between neighbours.
   */
  private static void listsOfOrganisations(String text, List<Mention> mentions) {
    int from = 0;
    for (int k = 1; k <= mentions.size(); k++) {
      if (k < mentions.size() && listed(text, mentions.get(k - 1), mentions.get(k))) {
        continue;
      }
      if (k - from >= 3) {
        int organisations = 0;
        int people = 0;
        int places = 0;
        for (int m = from; m < k; m++) {
          Mention x = mentions.get(m);
          EntityType t = x.type();
          // only the organisations the gazetteer knows count: an unknown single name is one by default
          organisations += t.equals(EntityType.ORGANIZATION)
              && Gazetteer.INSTANCE.organisation(text.substring(x.start(), x.end())) != null ? 1 : 0;
          people += t.equals(EntityType.PERSON) ? 1 : 0;
          places += t.equals(EntityType.LOCATION) ? 1 : 0;
        }
        if (organisations >= 2 && organisations > people && organisations > places) {
          for (int m = from; m < k; m++) {
            Mention x = mentions.get(m);
            mentions.set(m, new Mention(x.start(), x.end(), EntityType.ORGANIZATION));
          }
        }
      }
      from = k;
    }
  }

  // Whether two mentions stand next to each other in a list: only ", ", " and ", ", and ", " or " or " & "
  // between them, after a possessive ("Macy's, Gimbel's and …").
  private static boolean listed(String text, Mention a, Mention b) {
    int gap = b.start() - a.end();
    if (gap < 2 || gap > 8) {
      return false;
    }
    String between = text.substring(a.end(), b.start());
    if (between.startsWith("'s") || between.startsWith("’s")) {
      between = between.substring(2);
    }
    return between.equals(", ") || between.equals(" and ") || between.equals(", and ") || between.equals(" or ")
        || between.equals(", or ") || between.equals(" & ");
  }

  /**
   * Names joined by a slash or a hyphen inside one word are cut apart and read each on its own: "a New York
   * Times/CBS News poll", "Reuters/Ipsos", "a Washington Post-ABC News poll". A slash always cuts between
   * capitals; a hyphen only between two names the gazetteers know (or acronyms), since "Rolls-Royce" or
   * "Baden-Baden" is one name. Returns whether the run was cut and read.
   */
  private static boolean joined(List<Words.Word> words, int from, int to, List<Mention> out, Context ctx,
      Shouting shouting) {
    for (int k = from; k < to; k++) {
      Words.Word w = words.get(k);
      int cut = joint(w);
      if (cut < 0) {
        continue;
      }
      Words.Word[] parts = w.splitAt(cut);
      List<Words.Word> local = new ArrayList<>(to - from + 3);
      int lo = Math.max(0, from - 2);
      local.addAll(words.subList(lo, k));
      local.add(parts[0]);
      local.add(parts[1]);
      local.addAll(words.subList(k + 1, Math.min(words.size(), to + 2)));
      int a = from - lo;
      int m = k - lo + 1; // the first word of the second name
      int b = to - lo + 1;
      if (w.charAt(cut) == '-' && !((knownOrganisation(local, a, m) || knownOrganisation(local, m, b))
          && organisationLike(local, a, m) && organisationLike(local, m, b) && gazetteerWhole(words, from, to) == 0)) {
        return false;
      }
      run(local, a, m, out, ctx, shouting);
      if (!joined(local, m, b, out, ctx, shouting)) {
        run(local, m, b, out, ctx, shouting);
      }
      return true;
    }
    return false;
  }

  // Where a slash or hyphen joins two capitalised names inside the word, or -1.
  private static int joint(Words.Word w) {
    for (int k = 1; k + 1 < w.length(); k++) {
      char c = w.charAt(k);
      if ((c == '/' || c == '-') && Character.isLetterOrDigit(w.charAt(k - 1)) && Character.isUpperCase(w.charAt(k + 1))) {
        return k;
      }
    }
    return -1;
  }

  // Whether words [from, to) are one organisation's name the gazetteer knows.
  private static boolean knownOrganisation(List<Words.Word> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "").append(keyOf(words.get(i)));
    }
    return Gazetteer.INSTANCE.organisationByKey(b.toString()) != null;
  }

  // Nouns before the title of a work: "the show Shark Tank", "his album Blue Harbour".
  private static final Set<String> WORK_NOUNS = Set.copyOf(List.of("show", "film", "movie", "series", "album",
      "song", "single", "book", "novel", "programme", "program", "sitcom", "drama", "play", "musical",
      "documentary", "game", "opera", "ballet", "painting", "poem", "memoir", "episode"));

  // Whether words [from, to) are the title of a work, which is no entity: after a noun such as "show" or
  // "album", or alone between quotation marks ("“Shark Tank”", "''Meet the Press''") when no gazetteer knows
  // them.
  private static boolean titleOfWork(List<Words.Word> words, int from, int to) {
    if (from > 1 && WORK_NOUNS.contains(words.get(from - 1).lower()) && !stops(words.get(from - 1))) {
      // the noun is one ("the hit show", "her new album"), not a verb ("polls show Ruiz ahead")
      for (int k = from - 2; k >= 0 && from - k <= 4 && !stops(words.get(k)); k--) {
        if (Names.DETERMINERS.contains(words.get(k).lower()) || possessive(words.get(k))) {
          return true;
        }
      }
    }
    Words.Word first = words.get(from);
    String trailing = words.get(to - 1).trailing();
    boolean closed = trailing.indexOf('"') >= 0 || trailing.indexOf('\u201d') >= 0 || trailing.startsWith("''");
    return first.quoted() && closed && !knownOrganisation(words, from, to)
        && Gazetteer.INSTANCE.place(Names.join(words.subList(from, to), first.source())) == null;
  }

  // Whether words [from, to) look like an organisation's name: known, an acronym, or with a head word.
  private static boolean organisationLike(List<Words.Word> words, int from, int to) {
    return to - from == 1 && isAcronym(words.get(from).core()) || knownOrganisation(words, from, to)
        || isOrganisationRun(words, from, to);
  }

  // The end of the longest gazetteer name starting at i, when the rules for runs would cut it: "Organization
  // for Security and Co-operation in Europe" holds a word in lower case after a hyphen. Only names whose
  // first word starts a longer gazetteer name are looked up, and no stop may fall inside the name.
  private static int knownEnd(List<Words.Word> words, int i) {
    int longest = Gazetteer.INSTANCE.longestStartingWith(keyOf(words.get(i)));
    if (longest < 2) {
      return i;
    }
    int to = i + 1;
    while (to < words.size() && to - i < longest && !stops(words.get(to - 1)) && !possessive(words.get(to - 1))) {
      to++;
    }
    return i + gazetteerLength(words, i, to);
  }

  // Whether words [from, to) hold an organisation's head word and no connector: "House Education" may go on
  // with "and the …", but "American Federation of Teachers" is a whole name.
  private static boolean plainOrgHeadIn(List<Words.Word> words, int from, int to) {
    boolean head = false;
    for (int k = from; k < to; k++) {
      String lower = words.get(k).lower();
      if (CONNECTORS.contains(lower)) {
        return false;
      }
      head |= Names.isOrgHead(lower);
    }
    return head;
  }

  // Whether an organisation's head word follows within three capitalised words: a possessive inside its
  // name ("Amalgamated Dockers' Union") does not end it.
  private static boolean orgAhead(List<Words.Word> words, int j) {
    for (int k = j; k < words.size() && k < j + 3 && capitalisedWord(words.get(k)); k++) {
      if (Names.isOrgHead(words.get(k).lower())) {
        return true;
      }
      if (stops(words.get(k))) {
        break;
      }
    }
    return false;
  }

  private static boolean speakerLabel(Words.Word w) {
    String c = w.core();
    if (c.length() < 3 || !w.trailing().startsWith(":") || Gazetteer.INSTANCE.organisation(c) != null
        || Gazetteer.INSTANCE.place(c) != null || NOT_ACRONYMS.contains(c)) {
      return false;
    }
    for (int k = 0; k < c.length(); k++) {
      if (!Character.isUpperCase(c.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  // A text mostly in capitals (a shouted headline, a transcript's labels) has no acronyms to trust; counted
  // once per text, when an unknown acronym first asks.
  private static final class Shouting {
    private final List<Words.Word> words;
    private Boolean value;

    Shouting(List<Words.Word> words) {
      this.words = words;
    }

    boolean get() {
      if (value == null) {
        value = shouting(words);
      }
      return value;
    }
  }

  private static boolean shouting(List<Words.Word> words) {
    int upper = 0;
    int lower = 0;
    for (Words.Word w : words) {
      for (int k = 0; k < w.length(); k++) {
        char ch = w.charAt(k);
        if (Character.isUpperCase(ch)) {
          upper++;
        } else if (Character.isLowerCase(ch)) {
          lower++;
        }
      }
    }
    return upper > lower;
  }

  // "(R-Texas)", "D-Calif.", "R-IN": a party tag names the member's state.
  private static boolean partyTag(Words.Word w, List<Mention> out) {
    if (!partyTagged(w)) {
      return false;
    }
    String state = tagState(w.core());
    int end = w.start() + 2 + state.length();
    boolean dot = end < w.end() ? w.core().charAt(end - w.start()) == '.' : w.trailing().startsWith(".");
    if (dot && Gazetteer.INSTANCE.place(state + ".") != null) {
      end++;
    }
    out.add(new Mention(w.start() + 2, end, EntityType.LOCATION));
    return true;
  }

  private static boolean partyTagged(Words.Word w) {
    if (w.length() < 4 || w.charAt(1) != '-') {
      return false;
    }
    String c = w.core();
    if (c.length() < 4 || c.charAt(1) != '-' || "DRI".indexOf(c.charAt(0)) < 0) {
      return false;
    }
    String state = tagState(c);
    return !state.isEmpty() && (STATE_CODES.contains(state) || Gazetteer.INSTANCE.place(state) != null
        || Gazetteer.INSTANCE.place(state + ".") != null);
  }

  // The state of a party tag without what ends it: "D-Calif.)." gives "Calif".
  private static String tagState(String core) {
    int e = core.length();
    while (e > 2 && !Character.isLetter(core.charAt(e - 1))) {
      e--;
    }
    return core.substring(2, e);
  }

  static boolean possessive(Words.Word w) {
    int n = w.length();
    if (n >= 2 && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S') && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’')) {
      return true;
    }
    return w.trailingLength() > 0 && (w.trailingChar(0) == '\'' || w.trailingChar(0) == '’');
  }

  // The end of a word without its possessive: "Lavrov's" ends before the apostrophe.
  private static int end(Words.Word w) {
    return possessiveS(w.core()) ? w.end() - 2 : w.end();
  }

  // The end of a person's name: a suffix keeps its dot ("Harry F. Byrd Sr.", "Joseph R. Biden Jr.").
  private static int personEnd(Words.Word w) {
    int n = w.length();
    if (n == 2 && w.trailingLength() > 0 && w.trailingChar(0) == '.' && (w.charAt(0) == 'J' || w.charAt(0) == 'S')
        && w.charAt(1) == 'r') {
      return w.end() + 1;
    }
    return end(w);
  }

  // The core without a possessive 's, in either case ("LAVROV'S"), as keyOf takes it off.
  private static String bare(Words.Word w) {
    String c = w.core();
    return possessiveS(c) ? c.substring(0, c.length() - 2) : c;
  }

  private static boolean possessiveS(String c) {
    int n = c.length();
    return n >= 2 && (c.charAt(n - 1) == 's' || c.charAt(n - 1) == 'S') && (c.charAt(n - 2) == '\'' || c.charAt(n - 2) == '’');
  }

  // An initial ("J.", "G.K.") is no sentence's end.
  private static boolean stops(Words.Word w) {
    return w.stops() && !(isInitial(w) && w.trailing().equals("."));
  }

  // "J." or "G.K.", or a bare capital letter ("C Paterson" in a team sheet).
  private static boolean isInitial(Words.Word w) {
    String c = w.core();
    if (c.length() == 1) {
      // "A." is an initial ("A. Philip Randolph"), "A" alone the article
      return Character.isUpperCase(c.charAt(0)) && !c.equals("I") && (!c.equals("A") || w.trailing().equals("."));
    }
    if (c.length() > 4 || c.length() % 2 != 0) {
      return false;
    }
    for (int k = 0; k < c.length(); k += 2) {
      if (!Character.isUpperCase(c.charAt(k)) || c.charAt(k + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  // "M. Dane Waters", "A. Philip Randolph": an "M." or "A." before two name words is an initial, not the
  // honorific or the article.
  private static boolean initialOfName(List<Words.Word> words, int i) {
    Words.Word w = words.get(i);
    if (i + 2 >= words.size() || !(w.core().equals("M.") || w.core().equals("A") && w.trailing().equals("."))) {
      return false;
    }
    Words.Word next = words.get(i + 1);
    return Names.isNameWord(next) && !stops(next) && !possessive(next) && capitalisedWord(words.get(i + 2))
        && !NOT_NAMES.contains(words.get(i + 2).lower());
  }

  private static boolean startsName(Words.Word w) {
    return capitalisedWord(w) && !NOT_NAMES.contains(w.lower()) && !adjective(w) && !pluralAcronym(w);
  }

  // "DVDs", "SUVs": the plural of an acronym names a kind of thing, not one entity.
  private static boolean pluralAcronym(Words.Word w) {
    String c = bare(w);
    int n = c.length();
    return n >= 3 && c.charAt(n - 1) == 's' && Character.isUpperCase(c.charAt(n - 2))
        && isAcronym(c.substring(0, n - 1));
  }

  // "U.S.-led", "Russian-Belarusian", "GOP-heavy": a compound adjective, no name; nor "Poland—NATO", two
  // words joined by a dash.
  private static boolean adjective(Words.Word w) {
    String c = w.core();
    if (c.indexOf('—') >= 0 || c.indexOf('–') >= 0) {
      return true;
    }
    int hyphen = c.lastIndexOf('-');
    if (hyphen < 0 || hyphen == c.length() - 1) {
      return false;
    }
    return Character.isLowerCase(c.charAt(hyphen + 1))
        || Gazetteer.INSTANCE.demonym(c.substring(hyphen + 1)) != null;
  }

  // Read from the text, so that a word in lower case is never made into a string.
  private static boolean capitalisedWord(Words.Word w) {
    if (w.length() == 0) {
      return false;
    }
    char c = w.charAt(0);
    return Character.isHighSurrogate(c) ? Character.isUpperCase(w.core().codePointAt(0)) : Character.isUpperCase(c);
  }

  // Whether the word at i opens a sentence, where every word is capitalised.
  private static boolean sentenceInitial(List<Words.Word> words, int i) {
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

  // Cuts a run of capitalised words into names.
  private static void run(List<Words.Word> words, int from, int to, List<Mention> out, Context ctx,
      Shouting shouting) {
    // trailing connectors are not part of a name
    while (to > from && CONNECTORS.contains(words.get(to - 1).lower())) {
      to--;
    }
    if (to - from >= 2 && eventRun(words, from, to)) {
      return; // "the London Marathon", "the Paris Agreement": an event or a law, and the place in it no entity
    }
    int p = from;
    boolean titled = from > 0 && ROLES.contains(words.get(from - 1).lower()) && !words.get(from - 1).stops();
    boolean orgRun = isOrganisationRun(words, p, to);
    while (p < to && !(p == from && (initialOfName(words, p) || listInitial(words, p)))
        && (Names.isHonorific(words.get(p).core())
        // "May Department Stores": a month's name can start an organisation's
        || NOT_NAMES.contains(words.get(p).lower()) && !(orgRun && p == from && MONTHS.contains(words.get(p).lower()))
        // "Republicans ...", but not "Republican National Committee"
        || !orgRun && GROUPS.contains(keyOf(words.get(p)))
        || CONNECTORS.contains(words.get(p).core())
        // a common word opening a sentence: "Shares in ...", when the article writes "shares" too
        || p == from && to - p > 1 && sentenceInitial(words, p) && ctx.lowerWords.contains(words.get(p).lower())
        // "Singer Knight", "Notice Trump": a word opening the sentence before a surname the article gives a
        // person elsewhere, itself no first name
        || p == from && to - p == 2 && sentenceInitial(words, p) && !stops(words.get(p))
            && ctx.titledNames.contains(bare(words.get(p + 1))) && !ctx.titledNames.contains(words.get(p).core())
            && !Gazetteer.INSTANCE.firstName(words.get(p).core()) && !isInitial(words.get(p))
            && Names.isNameWord(words.get(p)) && !orgRun)) {
      // "Governor Orvel Major", though the article writes "governor" too
      titled |= Names.isHonorific(words.get(p).core()) || ROLES.contains(words.get(p).lower());
      p++;
    }
    if (p >= to) {
      return;
    }
    // "Jason Leopold of Vice News": a person's name, then the body they belong to
    for (int k = p + 2; k < to - 1 && k <= p + 4; k++) {
      String lower = words.get(k).lower();
      if ((lower.equals("of") || lower.equals("at")) && Gazetteer.INSTANCE.firstName(words.get(p).core())
          && !PEERS.contains(words.get(k - 2).core())) {
        run(words, p, k, out, ctx, shouting);
        run(words, k + 1, to, out, ctx, shouting);
        return;
      }
    }
    // "Clinton White House": a name before a known organisation or place is not part of it
    int whole = gazetteerWhole(words, p, to);
    for (int k = p + 1; k < to - 1 && k <= p + 3 && whole == 0; k++) {
      if (gazetteerWhole(words, k, to) > 0) {
        // but a place before a party or a ministry names its branch there: "the Kent Labour Party"
        if (Names.isOrgHead(keyOf(words.get(to - 1))) && Gazetteer.INSTANCE.organisationByKey(key(words, k, to)) != null
            && placeKey(words, p, k)) {
          out.add(new Mention(words.get(p).start(), end(words.get(to - 1)), EntityType.ORGANIZATION));
          return;
        }
        run(words, p, k, out, ctx, shouting);
        run(words, k, to, out, ctx, shouting);
        return;
      }
    }
    if (whole == 0 && (p == from ? orgRun : isOrganisationRun(words, p, to))) {
      out.add(new Mention(words.get(p).start(), end(words.get(to - 1)), EntityType.ORGANIZATION));
      return;
    }
    Gazetteer g = Gazetteer.INSTANCE;
    while (p < to) {
      Words.Word w = words.get(p);
      String lower = w.lower();
      // "Chad Johnson", "Georgia Smith": a first name before another name is a person's, not a place
      boolean firstName = p + 1 < to && !stops(w) && !possessive(w) && g.firstName(w.core())
          && (Names.isNameWord(words.get(p + 1)) && g.place(bare(words.get(p + 1))) == null
              || titleSurname(words, p, to)
              || isInitial(words.get(p + 1))
              || g.demonym(bare(words.get(p + 1))) != null && (p + 2 == to || stops(words.get(p + 1))))
          && gazetteerLength(words, p, to) < 2;
      // "Lord Liverpool", "Mr Washington": right after an honorific, a place's name is a person's
      boolean honoured = p > 0 && Names.isHonorific(words.get(p - 1).core()) && !words.get(p - 1).stops()
          && Names.isNameWord(w) && (p + 1 == to || stops(w) || possessive(w));
      // "Lord Nicholls of Birkenhead": a peer's title names the place too
      if (p > 0 && PEERS.contains(words.get(p - 1).core()) && !stops(words.get(p - 1)) && Names.isNameWord(w)
          && !stops(w) && p + 2 < to && words.get(p + 1).lower().equals("of") && Names.isNameWord(words.get(p + 2))) {
        out.add(new Mention(w.start(), end(words.get(p + 2)), EntityType.PERSON));
        p += 3;
        titled = false;
        continue;
      }
      // "C Paterson;", "KP Robertson.", "; A Craig,": initials before a surname that ends the run, as in a
      // team sheet, are a person's though the surname names a place
      if ((isInitial(w) && w.length() == 1 || listInitial(words, p) || twoInitials(w)) && !stops(w)
          && p + 1 < to && Names.isNameWord(words.get(p + 1))
          && (p + 2 == to || stops(words.get(p + 1)) || possessive(words.get(p + 1)))) {
        out.add(new Mention(w.start(), end(words.get(p + 1)), EntityType.PERSON));
        p += 2;
        titled = false;
        continue;
      }
      if (honoured) {
        out.add(new Mention(w.start(), end(w), EntityType.PERSON));
        p++;
        titled = false;
        continue;
      }
      // the longest known name here, looked up once for the branch, gazetteer and joined-name rules
      long known = firstName ? 0 : longestKnown(words, p, to);
      int branch = branch(words, p, to, known);
      if (branch > 0) {
        out.add(new Mention(w.start(), end(words.get(p + branch - 1)), EntityType.ORGANIZATION));
        p += branch;
        titled = false;
        continue;
      }
      int matched = gazetteer(words, p, known, out);
      if (matched > 0 && p + matched < to) {
        // "the Tampa Bay Buccaneers", "Stamford Bridge": a known place and names no gazetteer knows after it
        // are one team's, firm's or landmark's name
        EntityType joinedType = placeAndMore(words, p, known, to, ctx);
        if (joinedType != null) {
          Mention place = out.remove(out.size() - 1);
          out.add(new Mention(place.start(), end(words.get(to - 1)), joinedType));
          p = to;
          titled = false;
          continue;
        }
      }
      if (matched > 0) {
        p += matched;
        titled = false;
        continue;
      }
      if (ARTICLES.contains(lower) && Character.isLowerCase(w.charAt(1)) && p + 1 < to && !stops(w)
          && Names.isNameWord(words.get(p + 1))
          && !ctx.titledNames.contains(bare(words.get(to - 1)))) {
        // "La Scala", "El Pais": a name opened by a Romance article is no person's (the gazetteers know the
        // places, "Los Angeles"); after someone's possessive it is a work ("Verdi's La Traviata")
        int e = p + 1;
        while (e < to && !stops(words.get(e - 1)) && !possessive(words.get(e - 1))
            && !words.get(e).lower().equals("and") && !words.get(e).lower().equals("&")) {
          e++;
        }
        if (!(p == from && afterPossessive(words, p)) || Names.isOrgHead(keyOf(words.get(e - 1)))) {
          out.add(new Mention(w.start(), end(words.get(e - 1)), EntityType.ORGANIZATION));
        }
        p = e;
        titled = false;
        continue;
      }
      if (Names.isHonorific(w.core()) && !initialOfName(words, p) || Names.isTitleWord(lower)
          || g.demonymByKey(keyOf(w)) != null
          || CONNECTORS.contains(lower) && !firstName || GROUPS.contains(keyOf(w))) {
        titled |= Names.isHonorific(w.core()) || Names.TITLE_WORDS.contains(lower);
        p++;
        continue;
      }
      if (isAcronym(bare(w)) && !isInitial(w)) {
        String place = g.place(bare(w));
        if (place != null || g.organisation(bare(w)) != null) {
          out.add(new Mention(w.start(), end(w), place != null ? EntityType.LOCATION : EntityType.ORGANIZATION));
        } else if (!shouting.get() && !ctx.lowerWords.contains(lower) && !NOT_ACRONYMS.contains(bare(w))
            // "FACEBOOK.", "WARNING:", "THE MANY CAVEATS": a word of six capitals or more is shouted, not an
            // acronym
            && bare(w).length() < 6
            && !(p + 1 < to && Names.isNameWord(words.get(p + 1)) && w.core().length() <= 2)) {
          // an unknown acronym, unless the text shouts, the article writes it as a word, or it is a
          // person's initials ("JP McManus")
          out.add(new Mention(w.start(), end(w), EntityType.ORGANIZATION));
        }
        p++;
        continue;
      }
      // a person: a first name, a title, or a surname that speaks elsewhere ("Salem said": "Huda Salem" is
      // no city)
      boolean person = firstName || titled
          || p + 1 < to && !stops(w) && ctx.titledNames.contains(bare(words.get(p + 1)))
          || p + 2 < to && !stops(w) && !stops(words.get(p + 1)) && ctx.titledNames.contains(bare(words.get(p + 2)));
      int q = p;
      while (q < to && q - p < 5 && (q == p || !stops(words.get(q - 1)) || nickname(words, q - 1))
          && (Names.isNameWord(words.get(q)) && !NOT_NAMES.contains(words.get(q).lower())
              || isInitial(words.get(q)) && q + 1 < to && (Names.isNameWord(words.get(q + 1)) || isInitial(words.get(q + 1)))
              // "Mark Cuban": a demonym can be a surname, last after a first name
              || q == p + 1 && firstName && g.demonym(bare(words.get(q))) != null
                  && (q + 1 == to || stops(words.get(q)))
              || q == p + 1 && (firstName || person) && titleSurname(words, p, to))
          && (q == p || person || g.place(bare(words.get(q))) == null)) {
        q++;
      }
      if (q == p) {
        p++;
        titled = false;
        continue;
      }
      String lastWord = keyOf(words.get(q - 1));
      int n = q - p;
      if (n >= 2 && PersonIndex.isPlaceLast(lastWord)) {
        out.add(new Mention(words.get(p).start(), end(words.get(q - 1)), EntityType.LOCATION));
      } else if (NOT_PEOPLE.contains(lastWord) || n >= 2 && GROUPS.contains(lastWord)) {
        // an event, a law, a plan, members of a group ("Roman Catholics"): not an entity
      } else if (n >= 2) {
        if ((person || isInitial(w) || ctx.titledNames.contains(bare(words.get(q - 1))))
            && (titled || !notPersonContext(words, p, q, to))) {
          out.add(new Mention(words.get(p).start(), personEnd(words.get(q - 1)), EntityType.PERSON));
        } else {
          // "Democrat Hillary Clinton", "Follow Pam Key": words before a first name are not part of the name
          int k = p + 1;
          while (k < q - 1 && !g.firstName(words.get(k).core())) {
            k++;
          }
          if (k < q - 1) {
            p = k;
            continue;
          }
          // words the article also writes in lower case, all of them, are a phrase in capitals ("Social
          // Security", "Nuclear Weapons"), not a name
          boolean common = true;
          for (int c = p; c < q && common; c++) {
            common = ctx.lowerWords.contains(keyOf(words.get(c)));
          }
          // "the Harbour Shield exercise": an event's name is no entity
          if (common || eventAfter(words, q) || p == from && afterPossessive(words, p)) {
            p = q;
            titled = false;
            continue;
          }
          // a name that no rule makes a person's, nor a place's, is most often an organisation's:
          // "Goldman Sachs", "Peace Corps", "Standard Life Investments"
          // two words the article never writes in lower case, the last no plural, are most often a person
          // whose first name the list lacks ("Misaki Yoshida")
          // "the Evening Standard", "analysts at Cubic Holdings": a person takes no article, and the context
          // of a business is an organisation's
          boolean personShape = n == 2 && !ctx.lowerWords.contains(lower)
              && !ctx.lowerWords.contains(lastWord) && !plural(lastWord)
              && !notPersonContext(words, p, q, to);
          EntityType type = PLACE_FIRST.contains(w.lower()) ? EntityType.LOCATION
              : personShape ? EntityType.PERSON : EntityType.ORGANIZATION;
          out.add(new Mention(words.get(p).start(), end(words.get(q - 1)), type));
        }
      } else if (titled && !(q < to && !stops(w) && Names.TITLE_WORDS.contains(words.get(q).lower())
          && !g.firstName(w.core()))) {
        // a titled word before more title words is part of the title: "Foreign Affairs High Commissioner …"
        out.add(new Mention(w.start(), end(w), EntityType.PERSON));
      } else if (!(q < to && !stops(w) && ROLES.contains(words.get(q).lower()) && p > from
          && (words.get(p - 1).lower().equals("and") || words.get(p - 1).lower().equals("&")))) {
        // "Trade and Industry Secretary …": the words joined before a title are part of the title
        single(words, p, ctx, out);
      }
      p = q;
      titled = false;
    }
  }

  /**
   * Whether the word at k is a nickname in quotation marks inside a person's name: {@code Robert "Bobby"
   * Scott}, {@code Ahmed 'Mido' Hossam}. Its closing mark is then no end of the name.
   */
  private static boolean nickname(List<Words.Word> words, int k) {
    Words.Word w = words.get(k);
    if (!w.quoted() || w.trailingLength() != 1 || k == 0 || k + 1 >= words.size()) {
      return false;
    }
    char close = w.trailingChar(0);
    Words.Word before = words.get(k - 1);
    return (close == '"' || close == '\u201d' || close == '\'' || close == '\u2019') && Names.isNameWord(w)
        && capitalisedWord(before) && !stops(before) && !possessive(before) && Names.isNameWord(words.get(k + 1))
        && !NOT_NAMES.contains(words.get(k + 1).lower());
  }

  // Whether a run of names ends with the noun of an event, a law or a prize that heads no organisation, and
  // is no name the gazetteers know.
  private static boolean eventRun(List<Words.Word> words, int from, int to) {
    String last = keyOf(words.get(to - 1));
    return NOT_PEOPLE.contains(last) && !Names.isOrgHead(last) && gazetteerWhole(words, from, to) == 0;
  }

  // Whether the name at p follows the possessive of a name no gazetteer knows ("Verdi's La Traviata",
  // "Bellini's Norma"): most often a work, not an entity of its own.
  private static boolean afterPossessive(List<Words.Word> words, int p) {
    if (p == 0) {
      return false;
    }
    Words.Word before = words.get(p - 1);
    if (!capitalisedWord(before) || !possessive(before) || before.trailingLength() > 2) {
      return false;
    }
    String key = keyOf(before);
    return Gazetteer.INSTANCE.placeByKey(key) == null && Gazetteer.INSTANCE.organisationByKey(key) == null
        && !isAcronym(bare(before));
  }

  /**
   * A known place or body before a hyphen and a word in lower case: "Moscow-based", "GOP-heavy", "San
   * Francisco-based" (the word before joins when the two are one known name). Unknown names are left alone.
   */
  private static void hyphenated(List<Words.Word> words, int i, List<Mention> out) {
    Words.Word w = words.get(i);
    int hyphen = -1;
    for (int k = 1; k + 1 < w.length(); k++) {
      if (w.charAt(k) == '-') {
        hyphen = k;
        break;
      }
    }
    if (hyphen < 0 || !Character.isLowerCase(w.charAt(hyphen + 1))) {
      return;
    }
    Gazetteer g = Gazetteer.INSTANCE;
    String prefix = w.core().substring(0, hyphen);
    String key = Gazetteer.key(prefix);
    int start = w.start();
    if (i > 0 && capitalisedWord(words.get(i - 1)) && !stops(words.get(i - 1))) {
      Words.Word before = words.get(i - 1);
      String two = keyOf(before) + " " + key;
      Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean free = last == null || last.end() <= before.start()
          || last.start() == before.start() && last.end() == before.end();
      if (free && (g.placeByKey(two) != null || g.organisationByKey(two) != null)) {
        if (last != null && last.start() == before.start()) {
          out.remove(out.size() - 1);
        }
        key = two;
        start = before.start();
      }
    }
    EntityType type = g.organisationByKey(key) != null ? EntityType.ORGANIZATION
        : g.placeByKey(key) != null ? EntityType.LOCATION : null;
    if (type != null) {
      out.add(new Mention(start, w.start() + hyphen, type));
    }
  }

  /**
   * The type of the known name {@code known} (from longestKnown) at p and one or two unknown names after it up
   * to {@code to} as one name: a landmark's ("… Bridge", "… Province") or, ending in a plural, a team's or
   * firm's ("… Buccaneers"); a known body and one more name are its branch ("BBC Sport"); null when the words
   * are anything else.
   */
  private static EntityType placeAndMore(List<Words.Word> words, int p, long known, int to, Context ctx) {
    int m = p + (int) (known >> 2);
    Gazetteer g = Gazetteer.INSTANCE;
    if (to - m > 2 || (known & 3) != KNOWN_PLACE && (known & 3) != KNOWN_ORGANISATION) {
      return null;
    }
    if ((known & 3) == KNOWN_ORGANISATION) {
      // "BBC Sport", "ITV Wales": a known body and one more name are its branch or channel
      Words.Word w = words.get(m);
      String key = keyOf(w);
      boolean branch = to - m == 1 && !stops(words.get(m - 1)) && !possessive(words.get(m - 1))
          && (Names.isNameWord(w) || g.placeByKey(key) != null) && !g.firstName(w.core())
          && !ctx.titledNames.contains(bare(w)) && !NOT_PEOPLE.contains(key) && !GROUPS.contains(key)
          && g.demonymByKey(key) == null && !ctx.lowerWords.contains(key);
      return branch ? EntityType.ORGANIZATION : null;
    }
    for (int k = p; k < to - 1; k++) {
      if (stops(words.get(k)) || possessive(words.get(k))) {
        return null;
      }
    }
    for (int k = m; k < to; k++) {
      Words.Word w = words.get(k);
      String key = keyOf(w);
      if (!Names.isNameWord(w) && !PersonIndex.isPlaceLast(key) || GROUPS.contains(key) || g.firstName(w.core())
          || ctx.titledNames.contains(bare(w)) || g.demonymByKey(key) != null || longestKnown(words, k, to) != 0
          || NOT_PEOPLE.contains(key)) {
        return null;
      }
    }
    String last = keyOf(words.get(to - 1));
    return PersonIndex.isPlaceLast(last) ? EntityType.LOCATION : plural(last) ? EntityType.ORGANIZATION : null;
  }

  // Honorifics of peers, whose names go on with "of" and a place.
  private static final Set<String> PEERS = Set.copyOf(List.of("Lord", "Lady", "Baroness"));

  // "JP", "KP": two capitals no gazetteer knows, before a surname.
  private static boolean twoInitials(Words.Word w) {
    if (w.length() != 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isUpperCase(w.charAt(1))) {
      return false;
    }
    String c = w.core();
    return Gazetteer.INSTANCE.place(c) == null && Gazetteer.INSTANCE.organisation(c) == null
        && !NOT_ACRONYMS.contains(c);
  }

  // "; A Craig,": the letter A in a list of names, an initial and not the article.
  private static boolean listInitial(List<Words.Word> words, int i) {
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

  // Romance articles that open names: "La Scala", "Le Monde", "El Pais".
  private static final Set<String> ARTICLES = Set.copyOf(List.of("la", "le", "les", "el", "il", "los", "las"));

  // Title words that are also common surnames.
  private static final Set<String> TITLE_SURNAMES = Set.copyOf(List.of("king", "white", "major", "judge", "bishop",
      "prince", "marshal", "pope", "general", "chancellor"));

  // "Mervyn King", "Jason White": after a first name that names no place, a title word that ends the name is
  // a surname.
  private static boolean titleSurname(List<Words.Word> words, int p, int to) {
    Words.Word w = words.get(p + 1);
    return TITLE_SURNAMES.contains(keyOf(w)) && capitalisedWord(w) && !isAcronym(w.core())
        && (p + 2 == to || stops(w) || possessive(w)) && Gazetteer.INSTANCE.place(bare(words.get(p))) == null;
  }

  // Nouns after a name that make it the name of an event, a law or a programme: "the Harbour Shield exercise".
  private static final Set<String> EVENTS_AFTER = Set.copyOf(List.of("exercise", "exercises", "drill", "drills",
      "summit", "war", "treaty", "doctrine", "revolution", "festival", "tournament", "championship", "games",
      "pandemic", "crisis", "initiative", "program", "programme", "act", "bill", "law", "amendment", "scandal",
      "protests", "uprising", "offensive", "operation"));

  // Whether an event's noun follows the name ending before q, perhaps after a year: "… 2020 exercise".
  private static boolean eventAfter(List<Words.Word> words, int q) {
    if (q >= words.size() || stops(words.get(q - 1)) || possessive(words.get(q - 1))) {
      return false;
    }
    Words.Word next = words.get(q);
    if (next.length() == 4 && Character.isDigit(next.charAt(0)) && !stops(next) && q + 1 < words.size()) {
      next = words.get(q + 1);
    }
    return next.length() > 1 && Character.isLowerCase(next.charAt(0)) && EVENTS_AFTER.contains(next.lower());
  }

  // Words before "at" that make the name after it a business's: "an analyst at …", "worked at …" (a role
  // "of" someone is no such context: "the chairman of Hillary Clinton's campaign").
  private static final Set<String> WORK_AT = Set.copyOf(List.of("analyst", "analysts", "economist", "economists",
      "strategist", "strategists", "works", "worked", "working", "job", "jobs", "employee", "employees", "staff",
      "workers", "researcher", "researchers", "executive", "executives", "banker", "bankers", "trader",
      "traders"));
  // Words before "of" or "in" that make the name after it a business's: "shares of …", "a stake in …".
  private static final Set<String> HOLDING_OF = Set.copyOf(List.of("shares", "stake", "stock", "stocks",
      "shareholders", "shareholder", "takeover", "merger", "subsidiary", "acquisition"));
  // Plural or business nouns right after a name that make it a business's: "Cubic Holdings analysts",
  // "Varden Pike shares". A person is rarely written so.
  private static final Set<String> BUSINESS_AFTER = Set.copyOf(List.of("analysts", "economists", "shares",
      "stock", "shareholders", "employees", "workers", "customers", "executives", "subsidiary", "stores",
      "factory", "factories", "plants", "dealerships", "brand", "brands", "bonds"));

  private static final Set<String> VERBS = Set.copyOf(List.of("is", "was", "are", "were", "has", "had", "have",
      "will", "would", "could", "can", "should", "may", "might", "must", "did", "does", "do", "ruled", "reported"));

  // Whether the name ending before q modifies a noun after it ("the Kell Marlow case"), as a person's name
  // may, rather than being the phrase's head ("the Evening Gazette said", "the Sixth Circuit ruled").
  private static boolean attributive(List<Words.Word> words, int q) {
    if (q >= words.size() || stops(words.get(q - 1)) || possessive(words.get(q - 1))) {
      return false;
    }
    Words.Word next = words.get(q);
    if (next.length() == 0 || !Character.isLowerCase(next.charAt(0))) {
      return false;
    }
    String lower = next.lower();
    // a verb in the past ("the Royal Society warned") or a word of grammar follows a head, not a modifier
    return !lower.endsWith("ed") && !NOT_NAMES.contains(lower) && !CONNECTORS.contains(lower)
        && !SPEECH.contains(lower) && !VERBS.contains(lower);
  }

  // "the Evening Gazette said", "analysts at Cubic Holdings": a person takes no article before the name, and
  // the context of a business is an organisation's.
  // Only a name that ends its run: in "the Woodrow Wilson Center" the name is part of a longer one.
  private static boolean notPersonContext(List<Words.Word> words, int p, int q, int to) {
    return q == to && p > 0 && words.get(p - 1).lower().equals("the") && !words.get(p - 1).stops()
        && !attributive(words, q) || businessContext(words, p, q);
  }

  /**
   * Whether the words around {@code [p, q)} say it is a business: "an analyst at …", "shares of …",
   * "… analysts", "… shares". Reads at most two words on either side.
   */
  private static boolean businessContext(List<Words.Word> words, int p, int q) {
    Words.Word last = words.get(q - 1);
    if (q < words.size() && !last.stops() && !possessive(last) && BUSINESS_AFTER.contains(words.get(q).lower())) {
      return true;
    }
    if (p < 2 || words.get(p - 1).stops() || words.get(p - 2).stops()) {
      return false;
    }
    String before = words.get(p - 1).lower();
    String role = words.get(p - 2).lower();
    return before.equals("at") && WORK_AT.contains(role)
        || (before.equals("of") || before.equals("in")) && HOLDING_OF.contains(role);
  }

  /**
   * One capitalised word that no gazetteer knows, inside a sentence: a name unless the article also writes it
   * in lower case. A place after "in", "near"…; a person when the article titles them or it is a first name;
   * else an organisation ("Audi", "Twitter"), the most common kind of unknown single name in news.
   */
  private static void single(List<Words.Word> words, int p, Context ctx, List<Mention> out) {
    Words.Word w = words.get(p);
    String core = bare(w);
    String lower = keyOf(w);
    Gazetteer g = Gazetteer.INSTANCE;
    if (p > 0 && words.get(p - 1).lower().equals("the") && COMPASS.contains(lower) && !possessive(w)) {
      // "the West", "the Midwest": a region, though the article writes "west" too
      out.add(new Mention(w.start(), end(w), EntityType.LOCATION));
      return;
    }
    if (sentenceInitial(words, p) || ctx.lowerWords.contains(lower) || NOT_NAMES.contains(lower)
        || NOT_PEOPLE.contains(lower) || GROUPS.contains(lower) || g.demonymByKey(lower) != null
        || PersonIndex.isPlaceLast(lower) || core.length() < 3
        // a contraction ("I'm") is no name
        || core.indexOf('\'') >= 0 || core.indexOf('’') >= 0
        // a plural ("Oscars", "Clintons", "Independents") names a kind or a family, rarely one entity; but
        // "Yukos" or "Reuters" is no plural of a word the article uses
        || plural(lower) && ctx.readAsPlural(lower)) {
      return;
    }
    EntityType type;
    boolean the = p > 0 && words.get(p - 1).lower().equals("the");
    boolean place = placeContext(words, p);
    if (ctx.titledNames.contains(core)) {
      type = EntityType.PERSON;
    } else if (!place && afterPossessive(words, p)) {
      return; // "Bellini's Norma": a work of someone's, not "the Clintons' Chappaqua, N.Y., home"
    } else if (g.firstName(core) && !the) {
      // a person takes no article: "the West" is no one's name
      type = EntityType.PERSON;
    } else if (place) {
      type = EntityType.LOCATION;
    } else if (ctx.inside.getOrDefault(core, 0) >= MIN_UNKNOWN) {
      type = EntityType.ORGANIZATION;
    } else {
      return;
    }
    out.add(new Mention(w.start(), end(w), type));
  }

  private static boolean plural(String lower) {
    return lower.length() > 4 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is") && !lower.endsWith("ys");
  }

  /**
   * Whether the words around an unknown name say it is a place: "in Dingolfing", "the town of Shklov",
   * "Chappaqua, N.Y.", or a list of known places it stands in ("Somerset, Basingstoke, Dorset").
   */
  private static boolean placeContext(List<Words.Word> words, int p) {
    Gazetteer g = Gazetteer.INSTANCE;
    Words.Word w = words.get(p);
    if (p > 0 && !words.get(p - 1).stops()) {
      String before = words.get(p - 1).lower();
      if (LOCATIVE.contains(before)
          || before.equals("of") && p > 1 && PLACE_NOUNS.contains(words.get(p - 2).lower())) {
        return true;
      }
    }
    boolean listAfter = w.trailing().startsWith(",") && p + 1 < words.size() && knownPlace(words.get(p + 1));
    boolean listBefore = p > 0 && words.get(p - 1).trailing().startsWith(",") && knownPlace(words.get(p - 1));
    return listAfter || listBefore && g.place(bare(w)) == null;
  }

  private static boolean knownPlace(Words.Word w) {
    Gazetteer g = Gazetteer.INSTANCE;
    return capitalisedWord(w) && (g.place(bare(w)) != null || w.trailing().startsWith(".") && g.place(w.core() + ".") != null);
  }

  // Emits the known name {@code found} (from longestKnown) starting at p; its length in words, or 0.
  private static int gazetteer(List<Words.Word> words, int p, long found, List<Mention> out) {
    int n = (int) (found >> 2);
    int kind = (int) (found & 3);
    if (n == 0) {
      return 0;
    }
    Words.Word last = words.get(p + n - 1);
    if (kind == KNOWN_DOTTED) {
      // "Calif.", "Fla.": the abbreviation's dot is part of the name
      out.add(new Mention(words.get(p).start(), last.end() + 1, EntityType.LOCATION));
    } else {
      out.add(new Mention(words.get(p).start(), end(last),
          kind == KNOWN_PLACE ? EntityType.LOCATION : EntityType.ORGANIZATION));
    }
    return n;
  }

  private static final int KNOWN_PLACE = 1;
  private static final int KNOWN_ORGANISATION = 2;
  private static final int KNOWN_DOTTED = 3;

  /**
   * The longest place or organisation name starting at p, as {@code length << 2 | kind} (0 when none). The
   * gazetteer key of the longest candidate is built once from the words' cached lower-case forms; shorter
   * candidates are its prefixes.
   */
  private static long longestKnown(List<Words.Word> words, int p, int to) {
    Gazetteer g = Gazetteer.INSTANCE;
    if (p >= to) {
      return 0;
    }
    String first = keyOf(words.get(p));
    int longest = Math.min(to - p, g.longestStartingWith(first));
    // one word, the common case, needs no joined key
    int[] ends = longest > 1 ? new int[longest] : null;
    String joined = first;
    if (longest > 1) {
      StringBuilder b = new StringBuilder(first);
      ends[0] = b.length();
      for (int i = 1; i < longest; i++) {
        b.append(' ').append(keyOf(words.get(p + i)));
        ends[i] = b.length();
      }
      joined = b.toString();
    }
    for (int n = longest; n >= 1; n--) {
      String key = n == longest ? joined : n == 1 ? first : joined.substring(0, ends[n - 1]);
      // the organisations are a short list written by hand; a company named after its town ("Toyota") is
      // meant far more often than the town
      if (g.organisationByKey(key) != null) {
        return (long) n << 2 | KNOWN_ORGANISATION;
      }
      if (g.placeByKey(key) != null) {
        return (long) n << 2 | KNOWN_PLACE;
      }
      if (n == 1 && words.get(p).trailingLength() > 0 && words.get(p).trailingChar(0) == '.'
          && g.placeByKey(key + ".") != null) {
        return 1L << 2 | KNOWN_DOTTED;
      }
    }
    return 0;
  }

  // A word as a gazetteer key: lower case, no possessive, straight apostrophes.
  private static String keyOf(Words.Word w) {
    String k = w.lower();
    if (k.endsWith("'s") || k.endsWith("’s")) {
      k = k.substring(0, k.length() - 2);
    }
    return k.indexOf('’') >= 0 ? k.replace('’', '\'') : k;
  }

  // The length in words of the longest place or organisation name starting at p, or 0; nothing is emitted.
  private static int gazetteerLength(List<Words.Word> words, int p, int to) {
    return (int) (longestKnown(words, p, to) >> 2);
  }

  // A known place, then a known organisation ending in its head word, are that body's branch there: "Ohio
  // Democratic Party Chairman …" names the party of Ohio. The length in words of both, or 0.
  private static int branch(List<Words.Word> words, int p, int to, long place) {
    int n = (int) (place >> 2);
    if (n == 0 || (place & 3) != KNOWN_PLACE || stops(words.get(p + n - 1)) || possessive(words.get(p + n - 1))) {
      return 0;
    }
    long org = longestKnown(words, p + n, to);
    int m = (int) (org >> 2);
    return m > 0 && (org & 3) == KNOWN_ORGANISATION && Names.isOrgHead(keyOf(words.get(p + n + m - 1))) ? n + m : 0;
  }

  // The gazetteer key of words [from, to).
  private static String key(List<Words.Word> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "").append(keyOf(words.get(i)));
    }
    return b.toString();
  }

  // Whether words [from, to) are one place's name the gazetteer knows, and no organisation's.
  private static boolean placeKey(List<Words.Word> words, int from, int to) {
    String k = key(words, from, to);
    return Gazetteer.INSTANCE.placeByKey(k) != null && Gazetteer.INSTANCE.organisationByKey(k) == null;
  }

  // Whether the whole run is one gazetteer name: its length, or 0.
  private static int gazetteerWhole(List<Words.Word> words, int p, int to) {
    if (p >= to) {
      return 0;
    }
    String first = keyOf(words.get(p));
    if (Gazetteer.INSTANCE.longestStartingWith(first) < to - p) {
      return 0; // no name that long starts with this word: nothing to join
    }
    StringBuilder b = new StringBuilder(first);
    for (int i = p + 1; i < to; i++) {
      b.append(' ').append(keyOf(words.get(i)));
    }
    String key = b.toString();
    return Gazetteer.INSTANCE.placeByKey(key) != null || Gazetteer.INSTANCE.organisationByKey(key) != null ? to - p : 0;
  }

  // "Polish Foreign Ministry", "Belarusian Telegraph Agency", "Institute for the Study of War".
  private static boolean isOrganisationRun(List<Words.Word> words, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    String first = keyOf(words.get(from));
    String last = keyOf(words.get(to - 1));
    boolean connector = false;
    boolean headOf = false; // "Coastal Chamber of Commerce": a head word before "of" or "for"
    for (int i = from; i < to; i++) {
      String lower = words.get(i).lower();
      connector |= CONNECTORS.contains(lower);
      headOf |= i > from && (lower.equals("of") || lower.equals("for")) && Names.isOrgHead(words.get(i - 1).lower())
          // "Citizens for Tax Justice", "Veterans for Peace": people of a cause, banded together
          || i > from && lower.equals("for") && i + 1 < to && plural(words.get(i - 1).lower());
    }
    return Names.isOrgHead(last) || Names.isOrgHead(first) && connector && !titleBeforeName(words, from, to)
        || headOf;
  }

  // "Energy Secretary Orvel Tane and …": a title word before a capitalised name makes a list of people, not
  // one body ("Office of the Secretary of Defense" has "of" after its title word).
  private static boolean titleBeforeName(List<Words.Word> words, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      Words.Word next = words.get(i + 1);
      if (ROLES.contains(words.get(i).lower()) && !stops(words.get(i)) && Names.isNameWord(next)) {
        return true;
      }
    }
    return false;
  }

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
}
