package io.github.newsdoc.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people an article names, found without a model: runs of two to four capitalised name words that are
 * not places or organisations, and later mentions of their surnames. Used to give a speaker's fullest name
 * and to resolve pronouns to the person mentioned last.
 */
final class PersonIndex {
  /** A place in the text where a person is named, with the person's fullest name. */
  public record Mention(int block, int start, int end, String name) {}

  private static final Set<String> PLACE_FIRST = WordList.load("place-name-first-words");
  private static final Set<String> PLACE_LAST = WordList.load("place-name-last-words");

  private final List<Mention> mentions;
  private final Map<String, String> bySurname;

  private final WordForms lowerCase;

  private PersonIndex(List<Mention> mentions, Map<String, String> bySurname, WordForms lowerCase) {
    this.mentions = mentions;
    this.bySurname = bySurname;
    this.lowerCase = lowerCase;
  }

  /**
   * Whether the article writes this (lower-cased) word of four letters or more in lower case somewhere: a
   * common word, not a name.
   */
  public boolean writtenInLowerCase(String lower) {
    return lowerCase.contains(lower);
  }

  /**
   * Indexes the texts ({@code texts.get(t)} is block {@code t - 1}, the title first; null to skip),
   * reading their words from {@code tokens}.
   */
  public static PersonIndex build(List<String> texts, Tokens tokens) {
    return build(texts, tokens, List.of());
  }

  /**
   * As {@link #build(List, Tokens)}, reading names inside the quotes only to lengthen names the narration
   * gives too: a capitalised run inside a quote ("“Happy Cinco de Mayo!” he wrote") is not a person, and
   * a name in a quote is not whom a later pronoun stands for.
   */
  public static PersonIndex build(List<String> texts, Tokens tokens, List<QuoteFinder.Found> quotes) {
    List<List<QuoteFinder.Segment>> quoted = new ArrayList<>(texts.size());
    for (int t = 0; t < texts.size(); t++) {
      quoted.add(new ArrayList<>());
    }
    for (QuoteFinder.Found f : quotes) {
      for (QuoteFinder.Segment seg : f.segments()) {
        if (seg.block() + 1 >= 0 && seg.block() + 1 < texts.size()) {
          quoted.get(seg.block() + 1).add(seg); // in text order: the finder reports them so
        }
      }
    }
    Map<String, String> bySurname = new HashMap<>();
    Map<String, String> inQuotes = new HashMap<>();
    WordForms lowerCase = new WordForms(false);
    List<Run> runs = new ArrayList<>();
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      if (text == null) {
        continue;
      }
      List<Words.Word> words = tokens.of(t);
      Inside inside = new Inside(quoted.get(t));
      boolean titleCase = t == 0 && titleCase(words);
      int i = 0;
      while (i < words.size()) {
        if (!words.get(i).capitalised() && words.get(i).end() - words.get(i).start() > 3) {
          // a lower-case word is never inside a run of name words; short ones ("the", "and") are not asked about
          lowerCase.add(words.get(i), WordForms.Form.LOWER);
        }
        int j = i;
        while (j < words.size() && j - i < 4 && Names.isNameWord(words.get(j))
            && (j == i || !words.get(j - 1).stops())) {
          j++;
        }
        boolean beforeOrg = j > i && j < words.size() && !words.get(j - 1).stops() && words.get(j).capitalised()
            && Names.isOrgHead(words.get(j).lower());
        int from = i;
        if (j - i >= 2 && openingParticiple(words, i)) {
          from = i + 1; // "Fuming Robinson blasts referees": the sentence's first word is no first name
        }
        if (j - from >= 2 && !beforeOrg && isPerson(words.subList(from, j))) {
          // a title-case headline capitalises the words around a name too ("Offensive Things Donald Trump"):
          // there, a first name and a surname at most, only to lengthen a name the body gives
          if (titleCase) {
            from = Math.max(from, j - 2);
          }
          String surname = withoutPossessive(words.get(j - 1).core()); // "Dan Brown's": Brown
          int end = words.get(j - 1).start() + surname.length();
          String full = text.substring(words.get(from).start(), end);
          if (Gazetteer.INSTANCE.organisation(full) != null || Gazetteer.INSTANCE.place(full) != null) {
            i = j; // "Real Madrid", "Sierra Leone": a body or a place the gazetteers know
            continue;
          }
          List<String> lower = new ArrayList<>(j - from);
          for (int k = from; k < j; k++) {
            lower.add(words.get(k).lower());
          }
          runs.add(new Run(surname, full, titleCase || inside.at(words.get(i).start()), lower));
          i = j;
        } else {
          i = Math.max(j, i + 1);
        }
      }
    }
    for (Run run : runs) {
      if (run.lower().stream().allMatch(lowerCase::contains)) {
        continue; // "International Development", "Really Simple Syndication": words the article writes in lower case
      }
      Map<String, String> into = run.lengthenOnly() ? inQuotes : bySurname;
      String known = into.get(run.surname());
      if (known == null || run.full().length() > known.length()) {
        into.put(run.surname(), run.full());
      }
    }
    inQuotes.forEach((surname, full) -> bySurname.computeIfPresent(surname,
        (k, known) -> full.length() > known.length() && full.endsWith(known) ? full : known));
    List<Mention> mentions = new ArrayList<>();
    for (int t = 0; t < texts.size() && !bySurname.isEmpty(); t++) {
      if (texts.get(t) == null) {
        continue;
      }
      Inside inside = new Inside(quoted.get(t));
      for (Words.Word w : tokens.of(t)) {
        if (!w.capitalised()) {
          continue; // a surname starts with a capital, as the name words it was read from do
        }
        String full = bySurname.get(w.core());
        if (full == null) {
          full = bySurname.get(withoutPossessive(w.core())); // "Brown's"
        }
        if (full != null && !inside.at(w.start())) {
          mentions.add(new Mention(t - 1, w.start(), w.end(), full));
        }
      }
    }
    return new PersonIndex(mentions, bySurname, lowerCase);
  }

  // Whether most words of four letters or more are capitalised, as in a title-case headline.
  private static boolean titleCase(List<Words.Word> words) {
    int longWords = 0;
    int capitalised = 0;
    for (Words.Word w : words) {
      if (w.core().length() >= 4) {
        longWords++;
        capitalised += w.capitalised() ? 1 : 0;
      }
    }
    return longWords >= 3 && capitalised * 5 >= longWords * 4;
  }

  // Whether offsets, asked in increasing order, fall inside one of a text's quotes (in order): one pass.
  private static final class Inside {
    private final List<QuoteFinder.Segment> segments;
    private int next;

    Inside(List<QuoteFinder.Segment> segments) {
      this.segments = segments;
    }

    boolean at(int offset) {
      while (next < segments.size() && segments.get(next).end() <= offset) {
        next++;
      }
      return next < segments.size() && segments.get(next).start() <= offset;
    }
  }

  // A run of name words: its surname, as written in full, whether it only lengthens a name the narration
  // gives (in a quote or a title-case headline), and its words in lower case.
  private record Run(String surname, String full, boolean lengthenOnly, List<String> lower) {}

  // The word without a possessive 's ("Brown's" gives "Brown"); the word itself when it has none.
  private static String withoutPossessive(String core) {
    return core.length() > 2 && (core.endsWith("'s") || core.endsWith("\u2019s"))
        ? core.substring(0, core.length() - 2) : core;
  }

  // A sentence's first word that is a participle, not a first name: "Fuming", "Embattled".
  private static boolean openingParticiple(List<Words.Word> words, int i) {
    Words.Word w = words.get(i);
    String lower = w.lower();
    boolean opens = i == 0 || words.get(i - 1).trailing().contains(".") || words.get(i - 1).trailing().contains("!")
        || words.get(i - 1).trailing().contains("?");
    return opens && lower.length() > 5 && (lower.endsWith("ing") || lower.endsWith("ed"))
        && !Gazetteer.INSTANCE.firstName(w.core());
  }

  /** Whether a name ending with this (lower-cased) word is a place: "… Square", "… Sea", "… Oblast". */
  static boolean isPlaceLast(String lower) {
    return PLACE_LAST.contains(lower) && !lower.equals("day") && !lower.equals("week") && !lower.equals("year")
        && !EntityWords.dateWord(lower);
  }


  private static boolean isPerson(List<Words.Word> run) {
    String first = run.get(0).lower();
    String last = run.get(run.size() - 1).lower();
    return !PLACE_FIRST.contains(first) && !PLACE_LAST.contains(last);
  }

  /** The fullest name the article gives a person named {@code name} ("Shoigu" → "Sergei Shoigu"). */
  public String fullest(String name) {
    int space = name.lastIndexOf(' ');
    String surname = space < 0 ? name : name.substring(space + 1);
    String full = bySurname.get(surname);
    return full != null && full.length() > name.length() && full.endsWith(name) ? full : name;
  }

  /** Whether the article names a person with this surname. */
  public boolean knowsSurname(String surname) {
    return bySurname.containsKey(surname);
  }

  /** The person named last before the position, if any. */
  public Mention lastBefore(int block, int offset) {
    int found = Text.lastWhere(mentions.size(), i -> {
      Mention m = mentions.get(i);
      return m.block() < block || m.block() == block && m.end() <= offset;
    });
    return found < 0 ? null : mentions.get(found);
  }
}
