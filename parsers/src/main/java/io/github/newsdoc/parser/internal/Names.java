package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists for reading names: honorifics, titles and roles, demonyms, pronouns, organisation heads. */
public final class Names {
  private Names() {}

  static final Set<String> HONORIFICS = Set.copyOf(List.of("Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Prof.",
      "Sir", "Dame", "Lord", "Lady", "Baroness", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Adm.", "Maj.",
      "Rev.", "Rev", "Revd", "Rt", "Rt.", "Fr.", "St.", "Mme", "M."));

  static final Set<String> TITLE_WORDS = Set.copyOf(List.of("president", "vice", "prime", "minister", "secretary",
      "secretary-general", "general", "major", "colonel", "lieutenant", "admiral", "commander", "captain",
      "sergeant", "defense", "defence", "foreign", "interior", "finance", "justice", "health", "deputy", "chief",
      "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "senator", "representative",
      "governor", "mayor", "ambassador", "king", "queen", "prince", "princess", "pope", "judge", "director",
      "ceo", "chancellor", "leader", "speaker", "former", "acting", "then", "state", "attorney", "head",
      "premier", "envoy", "adviser", "advisor", "officer", "official", "coach", "manager", "chairperson",
      "founder", "executive", "professor", "economist", "analyst", "inspector", "superintendent", "councillor",
      "councilor", "commissioner", "counterpart", "lawmaker", "congressman", "congresswoman", "dr", "mr", "ms",
      "mrs", "sen", "rep", "gov", "gen", "u.s.", "us", "uk", "eu", "un", "democratic", "republican", "top",
      "senior", "assistant", "high", "first", "lady", "sir", "dame", "lord", "chief-executive", "candidate",
      "nominee", "presidential", "party", "house", "white", "army", "navy", "police", "staff", "world", "union",
      "counsel"));

  static final Set<String> ORG_HEADS = Set.copyOf(List.of("ministry", "agency", "council", "command", "party", "bank",
      "institute", "department", "office", "committee", "commission", "alliance", "organization",
      "organisation", "association", "union", "university", "court", "parliament", "government", "army",
      "navy", "force", "forces", "police", "service", "services", "company", "corporation", "corp", "inc",
      "group", "foundation", "board", "authority", "house", "senate", "congress", "assembly", "embassy",
      "federation", "league", "news", "times", "post", "journal", "press", "television", "radio", "network",
      "fund", "trust", "society", "center", "centre", "school", "hospital", "club", "team", "coalition",
      "campaign", "movement", "front", "guard", "state", "kremlin", "pentagon", "cabinet",
      "secretariat", "directorate", "bureau", "tribunal", "brigade", "division", "regiment", "battalion",
      "telegraph", "daily", "weekly", "magazine", "readout", "statement", "report", "guild", "chamber",
      "syndicate", "consortium", "ltd", "plc", "llc", "gmbh", "airlines", "airways", "railways", "rail", "coaches",
      "media", "sleepers", "holdings", "partners", "capital", "energy", "motors", "systems", "labs", "studios",
      "records", "hotel", "airport", "port", "unions", "council", "fc", "united", "city", "club", "academy",
      "institution", "observatory", "laboratory", "station", "channel", "broadcaster", "tv", "online", "clinic",
      "caucus", "corps", "consulate", "church", "stores", "research", "investments", "industries", "technologies",
      "insurance", "pharmaceuticals", "entertainment", "publishing", "brewery", "restaurants", "bancorp",
      "foundation", "college", "co", "co.", "herald", "tribune", "gazette", "chronicle", "examiner",
      "inquirer", "zeitung", "standard", "dispatch", "exchange",
      // the arts: "the Vienna State Opera", "the Berlin Philharmonic", "the Lausanne Conservatory"
      "orchestra", "philharmonic", "symphony", "opera", "conservatory", "conservatoire", "theatre", "theater",
      "ballet", "choir", "museum", "gallery"));

  static final Set<String> DEMONYMS = Set.copyOf(List.of("american", "british", "french", "german", "russian", "chinese",
      "belarusian", "belarussian", "ukrainian", "polish", "lithuanian", "latvian", "estonian", "italian",
      "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian", "danish",
      "finnish", "icelandic", "irish", "scottish", "welsh", "english", "canadian", "mexican", "brazilian",
      "argentine", "argentinian", "chilean", "colombian", "venezuelan", "peruvian", "cuban", "japanese",
      "korean", "indian", "pakistani", "afghan", "iranian", "iraqi", "syrian", "turkish", "israeli",
      "palestinian", "lebanese", "jordanian", "saudi", "egyptian", "libyan", "tunisian", "algerian",
      "moroccan", "nigerian", "kenyan", "ethiopian", "south", "north", "australian", "georgian", "armenian",
      "azerbaijani", "kazakh", "uzbek", "serbian", "croatian", "bosnian", "hungarian", "czech", "slovak",
      "romanian", "bulgarian", "greek", "moldovan", "slovenian", "albanian", "macedonian", "vietnamese",
      "thai", "indonesian", "filipino", "malaysian", "singaporean", "taiwanese", "emirati", "qatari",
      "yemeni", "sudanese", "somali", "european", "western", "eastern", "soviet", "african", "asian", "arab"));

  static final Set<String> PRONOUNS = Set.copyOf(List.of("he", "she", "they", "it", "we", "i", "you"));

  static final Set<String> DETERMINERS = Set.copyOf(List.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
      "that", "another", "one", "some", "two", "three", "several", "many", "other", "both"));

  static boolean isHonorific(String word) {
    return HONORIFICS.contains(word);
  }

  static boolean isTitleWord(String lower) {
    return TITLE_WORDS.contains(lower) || DEMONYMS.contains(lower);
  }

  static boolean isOrgHead(String lower) {
    return ORG_HEADS.contains(lower);
  }

  // Words capitalised because they open a sentence, never part of a name: "But Ortiz said", "As Ortiz put it".
  private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of("but", "and", "or", "nor", "as", "if",
      "when", "while", "then", "yet", "after", "before", "because", "although", "though", "since", "until",
      "unless", "however", "meanwhile", "instead", "also", "the", "this", "that", "these", "those", "in", "on", "at",
      "for", "from", "with", "without", "by", "to", "of", "during", "despite", "he", "she", "it", "they", "we",
      "you", "his", "her", "its", "their", "our", "my", "your", "there", "here", "what", "who", "why", "how",
      "where", "which", "whether"));

  /** Whether a capitalised word can be part of a person's name. */
  static boolean isNameWord(Words.Word w) {
    String core = w.core();
    if (core.length() < 2 || !Character.isUpperCase(core.codePointAt(0))) {
      return false;
    }
    String lower = w.lower();
    if (isTitleWord(lower) || isOrgHead(lower) || HONORIFICS.contains(core) || FUNCTION_WORDS.contains(lower)) {
      return false;
    }
    boolean lowerSeen = false;
    for (int i = 1; i < core.length(); i++) {
      char c = core.charAt(i);
      if (Character.isLowerCase(c)) {
        lowerSeen = true;
      } else if (Character.isDigit(c)) {
        return false;
      }
    }
    return lowerSeen;
  }

  /**
   * The person's name a phrase ends with, titles and honorifics stripped: "Belarusian President Alexander
   * Lukashenko" gives "Alexander Lukashenko". Empty when the phrase does not end with a name.
   */
  static List<Words.Word> trailingName(List<Words.Word> phrase) {
    int end = phrase.size();
    int start = end;
    while (start > 0 && isNameWord(phrase.get(start - 1)) && end - start < 4) {
      start--;
    }
    if (start == end) {
      return List.of();
    }
    for (int i = start; i < end; i++) {
      if (isOrgHead(phrase.get(i).lower())) {
        return List.of();
      }
    }
    return phrase.subList(start, end);
  }

  static String join(List<Words.Word> words, String text) {
    if (words.isEmpty()) {
      return "";
    }
    return text.substring(words.get(0).start(), words.get(words.size() - 1).end());
  }
}
