package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people an article names, as the entity recognizer found them ({@link Doc#names()}, the mention layer
 * that attribution and entities share): each person's fullest name by surname, and where the narration
 * names them. Used to give a speaker's fullest name, to cut a speaker's name from the words stuck before it,
 * and to resolve pronouns to the person mentioned last.
 */
final class PersonIndex {
  /** A place in the text where a person is named, with the person's fullest name. */
  public record Mention(int block, int start, int end, String name) {}

  private static final Set<String> PLACE_LAST = WordList.load("place-name-last-words");

  private final List<Mention> mentions;
  private final Map<String, String> bySurname;
  // the family names written first that the article uses alone ("Xi" of "Xi Jinping")
  private final Set<String> familyWords;

  // the texts and their words, for the lower-case words read on the first question (writtenInLowerCase)
  private final List<String> texts;
  private final Tokens tokens;
  private LowerCaseWords lowerCase;
  // the names of places and organisations the recognizer found, in article order
  private final List<FoundNames.Found> bodies;

  private PersonIndex(List<Mention> mentions, Map<String, String> bySurname, Set<String> familyWords,
      List<String> texts, Tokens tokens, List<FoundNames.Found> bodies) {
    this.familyWords = familyWords;
    this.bodies = bodies;
    this.mentions = mentions;
    this.bySurname = bySurname;
    this.texts = texts;
    this.tokens = tokens;
  }

  /**
   * Whether the article writes this (lower-cased) word of four letters or more in lower case somewhere: a
   * common word, not a name. The words are read on the first question: one sieve asks, of a one-word
   * subject, in few articles, and reading them was a pass over every word of every article.
   */
  public boolean writtenInLowerCase(String lower) {
    if (lowerCase == null) {
      lowerCase = new LowerCaseWords(tokens.lowerForms(), 3);
      for (int t = 0; t < texts.size(); t++) {
        if (texts.get(t) != null) {
          lowerCase.addAll(tokens.of(t));
        }
      }
    }
    return lowerCase.contains(lower);
  }

  /**
   * The people among the names the recognizer found ({@code names}, in article order): each person's fullest
   * name by surname, and where the narration names them. A name inside a quote, or in a headline written in
   * title case, only lengthens a name the narration gives; a name that credits a picture is none. {@code texts.get(t)} is block {@code t - 1}, the
   * title first, null for a text that holds no speech (its names are not read).
   */
  static PersonIndex of(List<String> texts, Tokens tokens, List<QuoteFinder.Found> quotes,
      List<FoundNames.Found> names) {
    List<List<QuoteFinder.Segment>> quoted = new ArrayList<>(texts.size());
    for (int t = 0; t < texts.size(); t++) {
      quoted.add(new ArrayList<>());
    }
    for (QuoteFinder.Found f : quotes) {
      for (QuoteFinder.Segment seg : f.segments()) {
        if (seg.block() + 1 >= 0 && seg.block() + 1 < texts.size()) {
          quoted.get(seg.block() + 1).add(seg);
        }
      }
    }
    boolean titleCase = !texts.isEmpty() && texts.get(0) != null && NameShapes.titleCase(tokens.of(0));
    Map<String, String> bySurname = new HashMap<>();
    Map<String, String> inQuotes = new HashMap<>();
    Map<String, String> honoured = new HashMap<>();
    List<FoundNames.Found> narrated = new ArrayList<>();
    List<String> surnames = new ArrayList<>(); // of each narrated name, read once
    Inside[] inside = new Inside[texts.size()];
    for (FoundNames.Found f : names) {
      int t = f.block() + 1;
      if (!f.type().equals(EntityType.PERSON) || texts.get(t) == null || credit(texts.get(t), f.end())) {
        continue;
      }
      if (inside[t] == null) {
        inside[t] = new Inside(quoted.get(t));
      }
      boolean lengthenOnly = t == 0 && titleCase || inside[t].at(f.start());
      String form = f.form();
      String surname = withoutPossessive(form.substring(form.lastIndexOf(' ') + 1));
      String full = form.substring(0, form.lastIndexOf(' ') + 1) + surname; // "Dan Brown's": Dan Brown
      if (!lengthenOnly) {
        narrated.add(f);
        surnames.add(surname);
      }
      if (form.indexOf(' ') < 0) {
        // a single name is a person's only as the surname of a name given in full, or after an honorific
        // ("Lord Holme", the name the article gives when it gives no fuller one)
        if (!lengthenOnly && f.rule().equals(HonorificNameRule.NAME)) {
          honoured.putIfAbsent(surname, honoured(texts.get(t), f.start(), surname));
        }
        continue;
      }
      Map<String, String> into = lengthenOnly ? inQuotes : bySurname;
      String known = into.get(surname);
      if (known == null || full.length() > known.length()) {
        into.put(surname, full);
      }
    }
    honoured.forEach(bySurname::putIfAbsent);
    // "Xi" after "Xi Jinping", "Lee" after "Lee Jae-myung": a family name written first names the person alone
    FamilyNames families = FamilyNames.of(narrated, tokens.placed());
    Set<String> familyWords = new java.util.HashSet<>();
    for (String family : families.words()) {
      String only = families.only(family);
      if (only != null) {
        bySurname.putIfAbsent(family, only);
      }
      if (!bySurname.containsKey(family) || only != null) {
        familyWords.add(family); // "Kim" of "Kim Jong-un" and "Kim Yo-jong" names one of them, where it stands
      }
    }
    inQuotes.forEach((surname, full) -> bySurname.computeIfPresent(surname,
        (k, known) -> lengthens(full, known) ? full : known));
    List<Mention> mentions = new ArrayList<>(narrated.size());
    for (int i = 0; i < narrated.size(); i++) {
      FoundNames.Found f = narrated.get(i);
      String full = bySurname.get(surnames.get(i));
      if (families.words().contains(surnames.get(i)) && f.form().indexOf(' ') < 0
          && (full == null || startsWithName(full, surnames.get(i)))) {
        full = families.fullAt(surnames.get(i), f.block(), f.start()); // the one introduced last before
      }
      if (full != null) {
        mentions.add(new Mention(f.block(), f.start(), f.end(), full));
      }
    }
    List<FoundNames.Found> bodies = new ArrayList<>();
    for (FoundNames.Found f : names) {
      if (!f.type().equals(EntityType.PERSON) && texts.get(f.block() + 1) != null) {
        bodies.add(f);
      }
    }
    return new PersonIndex(mentions, bySurname, familyWords, texts, tokens, bodies);
  }

  /**
   * The person the narration names in exactly {@code [start, end)} of block {@code block}, or in a stretch
   * of it that ends at {@code end} ("Ben Hodges" in "U.S. Army Europe Ben Hodges"); null when none does.
   */
  Mention endingAt(int block, int start, int end) {
    int found = Text.lastWhere(mentions.size(), i -> {
      Mention m = mentions.get(i);
      return m.block() < block || m.block() == block && m.end() <= end;
    });
    if (found < 0) {
      return null;
    }
    Mention m = mentions.get(found);
    return m.block() == block && m.end() == end && m.start() >= start ? m : null;
  }

  // The name with the honorific written before it at start: "Lord Holme", "Mr Cole".
  private static String honoured(String text, int start, String name) {
    int end = Text.spaceStartBefore(text, start);
    int begin = Text.wordStartBefore(text, end);
    return begin < end ? text.substring(begin, end) + " " + name : name;
  }

  // Whether the name ending at `end` credits a picture: a slash and a capitalised word after it ("Ana Ruiz / AFP
  // - Getty Images", "Tom Reed/Getty Images"). A photographer is no one the narration speaks of.
  static boolean credit(String text, int end) {
    int i = end;
    while (i < text.length() && i - end < 2 && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != '/') {
      return false;
    }
    i++;
    while (i < text.length() && i - end < 5 && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && Character.isUpperCase(text.charAt(i));
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

  // The word without a possessive 's ("Brown's" gives "Brown"); the word itself when it has none.
  private static String withoutPossessive(String core) {
    return core.length() > 2 && (core.endsWith("'s") || core.endsWith("\u2019s"))
        ? core.substring(0, core.length() - 2) : core;
  }

  /** The words that can end a place's name, as listed (see {@link #isPlaceLast} for those that do). */
  static Set<String> placeLastWords() {
    return PLACE_LAST;
  }

  /** Whether a name ending with this (lower-cased) word is a place: "… Square", "… Sea", "… Oblast". */
  static boolean isPlaceLast(String lower) {
    return PLACE_LAST.contains(lower) && !lower.equals("day") && !lower.equals("week") && !lower.equals("year")
        && !EntityWords.dateWord(lower);
  }


  /** The fullest name the article gives a person named {@code name} ("Shoigu" → "Sergei Shoigu"). */
  public String fullest(String name) {
    int space = name.lastIndexOf(' ');
    String surname = space < 0 ? name : name.substring(space + 1);
    String full = bySurname.get(surname);
    return full != null && (lengthens(full, name) || space < 0 && startsWithName(full, name)) ? full : name;
  }

  /**
   * The fullest name of the person named {@code name} where the narration names a person in {@code [start,
   * end)} of block {@code block}: that mention's when it is a fuller form of the name ("Kim" where "Kim
   * Yo-jong" was introduced last), else {@link #fullest(String)}.
   */
  String fullestAt(String name, int block, int start, int end) {
    Mention m = endingAt(block, start, end);
    return m != null && startsWithName(m.name(), name) && name.indexOf(' ') < 0 ? m.name() : fullest(name);
  }

  /** Whether the longer name opens with the whole of the other, before a space: "Xi Jinping" with "Xi". */
  static boolean startsWithName(String full, String name) {
    return full.length() > name.length() && full.startsWith(name) && full.charAt(name.length()) == ' ';
  }

  /**
   * Whether {@code full} is a fuller form of the name {@code known}: it ends with it ("Sergei Shoigu" for
   * "Shoigu"), or with what follows its honorific ("Palaniappan Chidambaram" for "Mr Chidambaram", "Tony
   * Blair" for "Mr Blair"), the honorific being no part of the person's name.
   */
  static boolean lengthens(String full, String known) {
    if (endsWithName(full, known)) {
      return true;
    }
    int space = known.indexOf(' ');
    return space > 0 && Names.isHonorific(known.substring(0, space))
        && endsWithName(full, known.substring(space + 1))
        && !Names.isHonorific(full.substring(0, full.indexOf(' ')));
  }

  // Whether the longer name ends with the whole of the other, after a space.
  private static boolean endsWithName(String full, String name) {
    return full.length() > name.length() && full.endsWith(name)
        && full.charAt(full.length() - name.length() - 1) == ' ';
  }

  /** Whether the article names a person with this surname, or a family name written first ("Xi"). */
  public boolean knowsSurname(String surname) {
    return bySurname.containsKey(surname) || familyWords.contains(surname);
  }

  /**
   * The place or organisation the recognizer found whose name covers {@code [start, end)} of block
   * {@code block} ("Institute for the Study of War" for "Study of War" or "Institute"); null when none does.
   */
  FoundNames.Found bodyCovering(int block, int start, int end) {
    int found = Text.lastWhere(bodies.size(), i -> {
      FoundNames.Found f = bodies.get(i);
      return f.block() < block || f.block() == block && f.start() <= start;
    });
    if (found < 0) {
      return null;
    }
    FoundNames.Found f = bodies.get(found);
    return f.block() == block && f.end() >= end ? f : null;
  }

  /**
   * The organisation the recognizer found last before the position, from block {@code fromBlock} on, whose
   * name passes {@code fits}; null when none does.
   */
  FoundNames.Found organisationBefore(int block, int offset, int fromBlock,
      java.util.function.Predicate<String> fits) {
    int last = Text.lastWhere(bodies.size(), i -> {
      FoundNames.Found f = bodies.get(i);
      return f.block() < block || f.block() == block && f.end() <= offset;
    });
    for (int i = last; i >= 0 && bodies.get(i).block() >= fromBlock; i--) {
      FoundNames.Found f = bodies.get(i);
      if (f.type().equals(EntityType.ORGANIZATION) && fits.test(f.form())) {
        return f;
      }
    }
    return null;
  }

  /** Where the narration names a person, in article order. */
  List<Mention> mentions() {
    return mentions;
  }

  /** The person named last before the position, if any. */
  public Mention lastBefore(int block, int offset) {
    int found = lastIndexBefore(block, offset);
    return found < 0 ? null : mentions.get(found);
  }

  /**
   * The person named last before the position whose fullest name passes {@code fits}, among the last
   * {@code window} mentions; null when none of them does.
   */
  Mention lastBefore(int block, int offset, int window, java.util.function.Predicate<String> fits) {
    for (int i = lastIndexBefore(block, offset), seen = 0; i >= 0 && seen < window; i--, seen++) {
      if (fits.test(mentions.get(i).name())) {
        return mentions.get(i);
      }
    }
    return null;
  }

  private int lastIndexBefore(int block, int offset) {
    return Text.lastWhere(mentions.size(), i -> {
      Mention m = mentions.get(i);
      return m.block() < block || m.block() == block && m.end() <= offset;
    });
  }

  /**
   * The first person or organisation named in block {@code block} within {@code [from, to)}, by its fullest
   * name, or null: a sentence's first name, its subject as often as not.
   */
  String firstNamed(int block, int from, int to) {
    // both lists are in article order: the first at or after the position is found by halving
    int p = Text.lastWhere(mentions.size(), i -> mentions.get(i).block() < block
        || mentions.get(i).block() == block && mentions.get(i).start() < from) + 1;
    Mention person = p < mentions.size() && mentions.get(p).block() == block && mentions.get(p).end() <= to
        ? mentions.get(p) : null;
    for (int b = Text.lastWhere(bodies.size(), i -> bodies.get(i).block() < block
        || bodies.get(i).block() == block && bodies.get(i).start() < from) + 1; b < bodies.size(); b++) {
      FoundNames.Found f = bodies.get(b);
      if (f.block() != block || f.end() > to || person != null && person.start() < f.start()) {
        break;
      }
      if (f.type().equals(EntityType.ORGANIZATION)) {
        return f.form();
      }
    }
    return person == null ? null : person.name();
  }
}
