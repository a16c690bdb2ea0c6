package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.parser.EntityRecognizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The built-in {@link EntityRecognizer}: runs of capitalised words, cut into gazetteer names (places,
 * organisations), organisation names by their head word ("… Ministry", "Institute for …"), acronyms, and
 * people (two to four name words, or one after a title: "President Putin"). Titles, honorifics and
 * demonyms before a name are not part of it. One pass over the words of the text.
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
      "neither", "either", "nor", "whatever", "whoever", "despite", "unless", "until", "upon", "within", "across"));
  private static final Set<String> NOT_PEOPLE = Set.copyOf(List.of("war", "revolution", "treaty", "act", "agreement",
      "accord", "doctrine", "summit", "games", "olympics", "cup", "championship", "prize", "award", "day", "week",
      "era", "plan", "program", "programme", "initiative", "strategy", "law", "bill", "project", "operation",
      "exercise", "drills", "forum", "conference", "festival", "show", "series", "edition", "report", "index",
      "crisis", "pandemic", "election", "elections", "referendum", "campaign", "deal", "talks", "declaration"));

  private RuleBasedRecognizer() {}

  @Override
  public List<Mention> recognize(String text) {
    return recognize(Words.of(text, 0, text.length()));
  }

  /** Recognizes names in a text already split into words. */
  List<Mention> recognize(List<Words.Word> words) {
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!startsName(words.get(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < words.size() && j - i < 10 && !words.get(j - 1).stops() && !possessive(words.get(j - 1))
          && !words.get(j).parenthesised()) {
        Words.Word w = words.get(j);
        if (startsName(w) || capitalisedWord(w)) {
          j++;
        } else if (CONNECTORS.contains(w.lower()) && !w.stops() && j + 1 < words.size()
            && !((w.lower().equals("and") || w.lower().equals("&")) && Names.isOrgHead(words.get(j - 1).lower()))
            && (capitalisedWord(words.get(j + 1)) || !w.lower().equals("and") && CONNECTORS.contains(words.get(j + 1).lower())
                && !words.get(j + 1).stops() && j + 2 < words.size() && capitalisedWord(words.get(j + 2)))) {
          j++;
        } else {
          break;
        }
      }
      run(words, i, j, mentions);
      i = j;
    }
    return mentions;
  }

  static boolean possessive(Words.Word w) {
    String c = w.core();
    return c.endsWith("'s") || c.endsWith("’s");
  }

  // The end of a word without its possessive: "Lavrov's" ends before the apostrophe.
  private static int end(Words.Word w) {
    return possessive(w) ? w.end() - 2 : w.end();
  }

  private static boolean startsName(Words.Word w) {
    return capitalisedWord(w) && !NOT_NAMES.contains(w.lower());
  }

  private static boolean capitalisedWord(Words.Word w) {
    return !w.core().isEmpty() && Character.isUpperCase(w.core().codePointAt(0));
  }

  // Cuts a run of capitalised words into names.
  private static void run(List<Words.Word> words, int from, int to, List<Mention> out) {
    // trailing connectors are not part of a name
    while (to > from && CONNECTORS.contains(words.get(to - 1).lower())) {
      to--;
    }
    int p = from;
    while (p < to && (Names.isHonorific(words.get(p).core()) || NOT_NAMES.contains(words.get(p).lower()))) {
      p++;
    }
    if (p >= to) {
      return;
    }
    if (gazetteerWhole(words, p, to) == 0 && isOrganisationRun(words, p, to)) {
      out.add(new Mention(words.get(p).start(), end(words.get(to - 1)), EntityType.ORGANIZATION));
      return;
    }
    boolean titled = false;
    while (p < to) {
      int matched = gazetteer(words, p, to, out);
      if (matched > 0) {
        p += matched;
        titled = false;
        continue;
      }
      Words.Word w = words.get(p);
      String lower = w.lower();
      if (Names.isHonorific(w.core()) || Names.isTitleWord(lower) || Gazetteer.INSTANCE.demonym(w.core()) != null
          || CONNECTORS.contains(lower)) {
        titled |= Names.isHonorific(w.core()) || Names.TITLE_WORDS.contains(lower);
        p++;
        continue;
      }
      if (isAcronym(w.core())) {
        String place = Gazetteer.INSTANCE.place(w.core());
        out.add(new Mention(w.start(), w.end(), place != null ? EntityType.LOCATION : EntityType.ORGANIZATION));
        p++;
        continue;
      }
      int q = p;
      while (q < to && q - p < 4 && Names.isNameWord(words.get(q)) && (q == p || !words.get(q - 1).stops())
          && (q == p || Gazetteer.INSTANCE.place(words.get(q).core().replaceAll("['’]s$", "")) == null)) {
        q++;
      }
      String lastWord = words.get(q - 1 >= p ? q - 1 : p).lower();
      if (q > p && PersonIndex.isPlaceLast(lastWord)) {
        out.add(new Mention(words.get(p).start(), end(words.get(q - 1)), EntityType.LOCATION));
        p = q;
      } else if (q > p && NOT_PEOPLE.contains(lastWord)) {
        p = q;
      } else if (q - p >= 2 || q - p == 1 && titled) {
        out.add(new Mention(words.get(p).start(), end(words.get(q - 1)), EntityType.PERSON));
        p = q;
      } else {
        p = Math.max(q, p + 1);
      }
      titled = false;
    }
  }

  // The longest place or organisation name starting at p; its length in words, or 0.
  private static int gazetteer(List<Words.Word> words, int p, int to, List<Mention> out) {
    Gazetteer g = Gazetteer.INSTANCE;
    int longest = Math.min(to - p, Math.max(g.longestPlace(), g.longestOrganisation()));
    for (int n = longest; n >= 1; n--) {
      String name = textOf(words, p, p + n);
      if (g.place(name) != null) {
        out.add(new Mention(words.get(p).start(), end(words.get(p + n - 1)), EntityType.LOCATION));
        return n;
      }
      if (g.organisation(name) != null) {
        out.add(new Mention(words.get(p).start(), end(words.get(p + n - 1)), EntityType.ORGANIZATION));
        return n;
      }
    }
    return 0;
  }

  // Whether the whole run is one gazetteer name.
  private static int gazetteerWhole(List<Words.Word> words, int p, int to) {
    String name = textOf(words, p, to);
    return Gazetteer.INSTANCE.place(name) != null || Gazetteer.INSTANCE.organisation(name) != null ? to - p : 0;
  }

  // The words' cores joined by single spaces (gazetteer keys have single spaces).
  private static String textOf(List<Words.Word> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        b.append(' ');
      }
      String core = words.get(i).core();
      b.append(possessive(words.get(i)) ? core.substring(0, core.length() - 2) : core);
    }
    return b.toString();
  }

  // "Polish Foreign Ministry", "Belarusian Telegraph Agency", "Institute for the Study of War".
  private static boolean isOrganisationRun(List<Words.Word> words, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    String first = words.get(from).lower();
    String last = words.get(to - 1).lower();
    boolean connector = false;
    for (int i = from; i < to; i++) {
      connector |= CONNECTORS.contains(words.get(i).lower());
    }
    return Names.isOrgHead(last) || Names.isOrgHead(first) && connector;
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
