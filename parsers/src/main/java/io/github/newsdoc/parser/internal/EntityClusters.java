package io.github.newsdoc.parser.internal;

import io.github.newsdoc.model.Entity;
import io.github.newsdoc.model.EntityType;
import io.github.newsdoc.model.Span;
import io.github.newsdoc.parser.internal.FoundNames.Found;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups found names into one cluster per referent. People: a surname alone ("Lukashenko") joins the last
 * person of that surname; spellings that differ in a final vowel ("Lukashenko", "Lukashenka") are one
 * surname, and first names must share their initial ("Viktor"/"Viktar"). Organisations: an acronym joins its
 * expansion when the text ties them ("Institute for the Study of War (ISW)") or the gazetteer knows the pair
 * (NATO); a name that is the tail of one longer name joins it ({@link OrganisationTails}). Places: other names
 * of a place join it ("U.S.", "United States").
 */
final class EntityClusters {
  static final Set<String> TITLE_HEADS = WordList.load("title-heads");

  private EntityClusters() {}

  /** One referent's mentions and the forms used for it. */
  static final class Cluster {
    final EntityType type;
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final List<Span> mentions = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    // the names in the cluster, for the report of which rule found each
    final List<Found> found = new ArrayList<>();
    String firstInitial;

    Cluster(EntityType type) {
      this.type = type;
    }

    /** Takes the names and mentions of {@code other}, a cluster of the same referent, into this one. */
    void absorb(Cluster other) {
      other.forms.forEach((form, n) -> forms.merge(form, n, Integer::sum));
      mentions.addAll(other.mentions);
      found.addAll(other.found);
      mentions.sort(Comparator.naturalOrder());
    }

    /** The cluster's names and mentions as one entity of the type. */
    Cluster retyped(EntityType to) {
      Cluster r = new Cluster(to);
      r.forms.putAll(forms);
      r.found.addAll(found);
      r.mentions.addAll(mentions);
      return r;
    }

    void add(Found f, List<String> titlesBefore) {
      forms.merge(f.form(), 1, Integer::sum);
      found.add(f);
      mentions.add(Span.of(f.block(), f.start(), f.end()));
      if (type.equals(EntityType.PERSON)) {
        if (f.form().indexOf(' ') > 0 && firstInitial == null) {
          firstInitial = initial(f.form());
        }
        for (String title : titlesBefore) {
          if (!titles.contains(title)) {
            titles.add(title);
          }
        }
      }
    }

    // The fullest form: the most words, the first used among equals.
    String name() {
      String best = null;
      for (String form : forms.keySet()) {
        if (best == null || Text.words(form) > Text.words(best)) {
          best = form;
        }
      }
      return best;
    }

    Entity entity(String id) {
      String name = name();
      List<String> aliases = new ArrayList<>();
      for (String form : forms.keySet()) {
        if (!form.equals(name)) {
          aliases.add(form);
        }
      }
      return Entity.builder().id(id).type(type).name(name).addAllAliases(aliases).addAllTitles(titles)
          .addAllMentions(mentions).build();
    }
  }

  /**
   * The title words right before each found name of a person ({@link #titlesBefore}), empty for the other
   * names: only a person's cluster keeps titles ({@link Cluster#add}), and a cluster retyped or absorbed brings
   * none. Read from the words {@code tokens} holds, before the texts' words are let go, so that no window is
   * split again.
   */
  static List<List<String>> titles(List<Found> found, Tokens tokens) {
    List<List<String>> titles = new ArrayList<>(found.size());
    for (Found f : found) {
      titles.add(f.type().equals(EntityType.PERSON) ? titlesBefore(tokens, f.block() + 1, f.start()) : List.of());
    }
    return titles;
  }

  /**
   * The clusters of the found names in the texts of {@code tokens} (the title, then the blocks), in order of
   * first mention; {@code titles} holds the title words before each found name ({@link #titles}).
   */
  static List<Cluster> of(List<Found> found, List<List<String>> titles, Tokens tokens) {
    List<String> texts = tokens.texts();
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> byKey = new HashMap<>();
    Map<String, List<Cluster>> bySurname = new HashMap<>();
    Map<String, String> acronyms = acronyms(found, texts);
    // "Hillary" alone names the one person of the article with that first name ("Hillary Clinton")
    Map<String, String> surnameByFirst = new HashMap<>();
    for (Found f : found) {
      int space = f.form().indexOf(' ');
      if (f.type().equals(EntityType.PERSON) && space > 0) {
        String first = f.form().substring(0, space);
        String surname = surnameKey(f.form().substring(f.form().lastIndexOf(' ') + 1));
        String known = surnameByFirst.putIfAbsent(first, surname);
        if (known != null && !known.equals(surname)) {
          surnameByFirst.put(first, ""); // two people share it: it names neither
        }
      }
    }
    // "Xi" alone names "Xi Jinping", "Lee" names "Lee Jae-myung": a family name written first
    FamilyNames families = FamilyNames.of(found, tokens.placed());
    // when two people share a first name, "Ted" alone names the one of them introduced before it, while
    // only one is ("help Ted" after "Ted Cruz", before "Ted Kennedy"); filled as the names are read
    Map<String, String> surnameByFirstSoFar = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      Cluster c;
      if (f.type().equals(EntityType.PERSON)) {
        String first = firstOfFull(f.form());
        if (first != null) {
          String surname = surnameKey(f.form().substring(f.form().lastIndexOf(' ') + 1));
          String known = surnameByFirstSoFar.putIfAbsent(first, surname);
          if (known != null && !known.equals(surname)) {
            surnameByFirstSoFar.put(first, "");
          }
        }
        c = person(f, bySurname, clusters, surnameByFirst, surnameByFirstSoFar, families);
      } else {
        String key = key(f, acronyms);
        c = byKey.get(key);
        if (c == null) {
          c = new Cluster(f.type());
          byKey.put(key, c);
          clusters.add(c);
        }
      }
      c.add(f, titles.get(i));
    }
    // no two entities share a name: a later one with the name of an earlier one joins it
    Map<String, Cluster> byName = new HashMap<>();
    List<Cluster> merged = new ArrayList<>();
    for (Cluster c : clusters) {
      Cluster same = byName.get(c.name());
      if (same == null) {
        byName.put(c.name(), c);
        merged.add(c);
      } else {
        same.absorb(c);
      }
    }
    return PersonTyping.weigh(OrganisationTyping.weigh(OrganisationTails.merge(shortNames(merged))));
  }

  // Words after a company's or a body's short name that leave it the same body: "Menatep Group", "Nissan
  // Motor", "Harvard University" (not a channel of it: "Fox News", "BBC Sport" are other bodies).
  private static final Set<String> SUFFIXES = WordList.load("organisation-suffixes");

  /**
   * An organisation named by one word is the one organisation of the article whose name is that word and
   * suffixes only ("Menatep" and "Menatep Group"); with two such, it joins neither.
   */
  private static List<Cluster> shortNames(List<Cluster> clusters) {
    Map<String, Cluster> byShort = new HashMap<>();
    for (Cluster c : clusters) {
      String name = c.name();
      int space = name.indexOf(' ');
      if (!c.type.equals(EntityType.ORGANIZATION) || space < 0) {
        continue;
      }
      boolean suffixes = true;
      for (String word : name.substring(space + 1).split(" ")) {
        suffixes &= SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
      }
      if (suffixes) {
        String shortName = name.substring(0, space);
        byShort.put(shortName, byShort.containsKey(shortName) ? null : c);
      }
    }
    if (byShort.isEmpty()) {
      return clusters;
    }
    List<Cluster> kept = new ArrayList<>(clusters.size());
    for (Cluster c : clusters) {
      Cluster longer = c.type.equals(EntityType.ORGANIZATION) && c.forms.size() == 1 ? byShort.get(c.name()) : null;
      if (longer == null || longer == c) {
        kept.add(c);
        continue;
      }
      longer.absorb(c);
    }
    return kept;
  }

  // The first word of a person's name of two words or more, or null for one word.
  private static String firstOfFull(String form) {
    int space = form.indexOf(' ');
    return space > 0 ? form.substring(0, space) : null;
  }

  private static Cluster person(Found f, Map<String, List<Cluster>> bySurname, List<Cluster> clusters,
      Map<String, String> surnameByFirst, Map<String, String> surnameByFirstSoFar, FamilyNames families) {
    String form = f.form();
    String surname = surnameKey(form.substring(form.lastIndexOf(' ') + 1));
    boolean full = form.indexOf(' ') > 0;
    if (!full && families.words().contains(form)) {
      String whole = families.fullAt(form, f.block(), f.start());
      surname = surnameKey(whole.substring(whole.lastIndexOf(' ') + 1));
    }
    String byFirst = full ? null : surnameByFirst.get(form);
    if ("".equals(byFirst)) {
      byFirst = surnameByFirstSoFar.get(form); // two share it: the one introduced so far, if only one is
    }
    if (byFirst != null && !byFirst.isEmpty() && !bySurname.containsKey(surname)
        && Gazetteer.INSTANCE.firstName(form)) {
      surname = byFirst;
    }
    String initial = full ? initial(form) : null;
    List<Cluster> same = bySurname.computeIfAbsent(surname, k -> new ArrayList<>());
    for (int i = same.size() - 1; i >= 0; i--) {
      Cluster c = same.get(i);
      if (!full || c.firstInitial == null || c.firstInitial.equals(initial)) {
        return c;
      }
    }
    Cluster c = new Cluster(EntityType.PERSON);
    same.add(c);
    clusters.add(c);
    return c;
  }

  private static String initial(String form) {
    return Text.fold(form.substring(0, 1));
  }

  // "Lukashenko" and "Lukashenka" are one surname: folded, without final vowels.
  static String surnameKey(String surname) {
    String s = Text.fold(surname);
    int end = s.length();
    while (end > 3 && "aeiouy".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }



  private static String key(Found f, Map<String, String> acronyms) {
    String form = f.form().startsWith("the ") || f.form().startsWith("The ") ? f.form().substring(4) : f.form();
    String full = acronyms.get(form);
    if (full != null) {
      form = full;
    }
    Gazetteer g = Gazetteer.INSTANCE;
    String canonical = f.type().equals(EntityType.LOCATION) ? g.place(form) : g.organisation(form);
    return f.type() + ":" + Gazetteer.key(canonical != null ? canonical : form);
  }

  // "Institute for the Study of War (ISW)": the acronym in parentheses right after a name stands for it.
  private static Map<String, String> acronyms(List<Found> found, List<String> texts) {
    Map<String, String> acronyms = new HashMap<>();
    for (int i = 0; i + 1 < found.size(); i++) {
      Found a = found.get(i);
      Found b = found.get(i + 1);
      if (a.block() != b.block() || !NameShapes.isAcronym(b.form())) {
        continue;
      }
      String between = texts.get(a.block() + 1).substring(a.end(), b.start()).strip();
      if (between.equals("(")) {
        acronyms.put(b.form(), a.form());
      }
    }
    // "Democratic National Committee" ... "DNC": an acronym made of a name's initials stands for it
    Map<String, String> byInitials = new HashMap<>();
    for (Found f : found) {
      if (f.type().equals(EntityType.ORGANIZATION) && f.form().indexOf(' ') > 0) {
        String initials = initials(f.form());
        if (initials.length() >= 2) {
          byInitials.putIfAbsent(initials, f.form());
        }
      }
    }
    Gazetteer g = Gazetteer.INSTANCE;
    for (Found f : found) {
      // only an organisation's acronym the gazetteers do not know: "US" is the United States, not the
      // "Union State" of the same article
      if (f.type().equals(EntityType.ORGANIZATION) && NameShapes.isAcronym(f.form())
          && !acronyms.containsKey(f.form()) && g.place(f.form()) == null && g.organisation(f.form()) == null) {
        String full = byInitials.get(f.form().replace(".", ""));
        if (full != null) {
          acronyms.put(f.form(), full);
        }
      }
    }
    return acronyms;
  }

  // The capitals that start a name's words, connectors left out: "Democratic National Committee" gives "DNC".
  private static String initials(String form) {
    StringBuilder b = new StringBuilder();
    for (String word : form.split(" ")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        b.append(word.charAt(0));
      }
    }
    return b.toString();
  }

  // "Defense Minister Major General Viktor Khrenin": the title words right before a name, in groups that end
  // with a head word ("Defense Minister", "Major General"); demonyms and honorifics are not titles. The words
  // of the window before the name are the text's own, read as a view of them (Tokens.range gives what
  // splitting the window alone gives: TokensTest).
  static List<String> titlesBefore(Tokens tokens, int t, int start) {
    String text = tokens.texts().get(t);
    // most names follow a word in lower case or punctuation: no title, and nothing to split
    int b = Text.spaceStartBefore(text, start);
    int a = Text.wordStartBefore(text, b);
    while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
      a++;
    }
    if (a == b || !Character.isUpperCase(text.charAt(a))) {
      return List.of();
    }
    List<Words.Word> words = tokens.range(t, Math.max(0, start - 120), start);
    int i = words.size();
    while (i > 0 && !words.get(i - 1).stops() && words.get(i - 1).capitalised()
        && Names.isTitleWord(words.get(i - 1)) && words.size() - i < 6) {
      i--;
    }
    List<String> titles = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int k = i; k < words.size(); k++) {
      Words.Word w = words.get(k);
      if (Gazetteer.INSTANCE.demonym(w.core()) != null || Names.DEMONYMS.contains(w)) {
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(w.core());
      if (TITLE_HEADS.contains(w.lower())) {
        titles.add(current.toString());
        current.setLength(0);
      }
    }
    return titles;
  }
}
