package io.github.newsdoc.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Names of places and organisations, from facts: the countries {@link Locale} knows, and the resource files
 * under {@code gazetteer/} (capitals and large cities, cities of GeoNames of at least 100,000 people, regions,
 * demonyms, organisations and their acronyms, other names of places, common first names). Keys are
 * lower-cased.
 */
final class Gazetteer {
  /** The shared instance, loaded once. */
  public static final Gazetteer INSTANCE = new Gazetteer();

  private final Map<String, String> places = new HashMap<>();
  private final Map<String, String> organisations = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();
  private final Set<String> firstNames = new HashSet<>();
  // the first names in lower case: a word whose lower-case form is none of them is no first name, told by the
  // bit its form keeps (FormList) without making its core
  private final FormList firstNameForms;
  // the canonical names of the countries Locale knows
  private final Set<String> countries = new HashSet<>();
  // the most words of a name starting with this (lower-cased) word, for names of two words or more
  private final Map<String, Integer> longestByFirst = new HashMap<>();

  private Gazetteer() {
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      if (name.contains("SAR")) {
        continue;
      }
      int paren = name.indexOf(" (");
      String clean = paren > 0 ? name.substring(0, paren) : name;
      place(clean, clean);
      countries.add(clean);
      if (clean.contains(" & ")) {
        place(clean.replace(" & ", " and "), clean);
      }
      if (clean.startsWith("St. ")) {
        place("Saint " + clean.substring(4), clean);
      }
    }
    read("cities.txt", (name, canonical) -> place(name, canonical));
    read("cities-geonames.txt", (name, canonical) -> place(name, canonical));
    read("regions.txt", (name, canonical) -> place(name, canonical));
    read("place-aliases.txt", (name, canonical) -> place(name, canonical));
    read("demonyms.txt", (name, canonical) -> demonyms.put(key(name), canonical));
    read("first-names.txt", (name, same) -> firstNames.add(name));
    read("first-names-world.txt", (name, same) -> {
      if (!firstNames.add(name)) {
        throw new IllegalStateException("first-names-world.txt: '" + name + "' is in first-names.txt already");
      }
    });
    Set<String> lower = new HashSet<>();
    for (String name : firstNames) {
      lower.add(name.toLowerCase(Locale.ROOT));
    }
    firstNameForms = FormList.of(lower);
    for (String file : List.of("organizations.txt", "organizations-known.txt")) {
      read(file, (name, full) -> {
        organisation(name, full);
        organisation(full, full);
      });
    }
  }

  private void place(String name, String canonical) {
    String k = key(name);
    places.putIfAbsent(k, canonical);
    first(k, name);
  }

  private void organisation(String name, String full) {
    String k = key(name);
    organisations.putIfAbsent(k, full);
    first(k, name);
  }

  private void first(String k, String name) {
    int space = k.indexOf(' ');
    if (space > 0) {
      longestByFirst.merge(k.substring(0, space), Text.words(name), Math::max);
    }
  }

  /**
   * Hands every key the gazetteer knows to {@code sink}: a place's ({@code PLACE}), an organisation's
   * ({@code ORGANISATION}), a demonym's ({@code DEMONYM}), with the bit its kind names, and every first word of
   * a longer name with the most words such a name has ({@link #longestStartingWith}). For {@link KeyFacts},
   * which keeps one answer a key instead of asking each table in turn.
   */
  void keys(KeySink sink) {
    places.keySet().forEach(k -> sink.key(k, KeyFacts.PLACE, 0));
    organisations.keySet().forEach(k -> sink.key(k, KeyFacts.ORGANISATION, 0));
    demonyms.keySet().forEach(k -> sink.key(k, KeyFacts.DEMONYM, 0));
    longestByFirst.forEach((k, n) -> sink.key(k, 0, n));
  }

  /** What {@link #keys} hands a key to. */
  interface KeySink {
    /** Key {@code key} has the fact bits {@code bits}; a name of {@code longest} words starts with it (0: not told). */
    void key(String key, int bits, int longest);
  }

  /** The most words a place or organisation name starting with this key word has (1 when none has more). */
  int longestStartingWith(String firstKey) {
    return longestByFirst.getOrDefault(firstKey, 1);
  }

  private static void read(String resource, BiConsumer<String, String> entry) {
    InputStream in = Gazetteer.class.getResourceAsStream("/io/github/newsdoc/parser/gazetteer/" + resource);
    if (in == null) {
      throw new IllegalStateException("missing gazetteer " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String name = (tab < 0 ? line : line.substring(0, tab)).strip();
        entry.accept(name, tab < 0 ? name : line.substring(tab + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** The place's canonical name ("U.S." gives "United States"), or null. */
  public String place(String name) {
    return places.get(key(name));
  }

  /** The place's canonical name for a key already made by {@link #key(String)}, or null. */
  String placeByKey(String key) {
    return places.get(key);
  }

  /** The organisation's full name for a key already made by {@link #key(String)}, or null. */
  String organisationByKey(String key) {
    return organisations.get(key);
  }

  /** The organisation's full name ("NATO" gives "North Atlantic Treaty Organization"), or null. */
  public String organisation(String name) {
    return organisations.get(key(name));
  }

  /** Whether the name is a country's, under any name the gazetteer knows for it ("U.S.", "Russia"). */
  public boolean country(String name) {
    String canonical = place(name);
    return canonical != null && countries.contains(canonical);
  }

  /** The place a demonym refers to ("Belarusian" gives "Belarus"), or null. */
  public String demonym(String word) {
    return demonyms.get(key(word));
  }

  /**
   * Whether the word is a common first name ("Hillary", "Chad"), exactly as capitalised, or two of them joined
   * by a hyphen ("Eva-Marie", "Jean-Luc").
   */
  public boolean firstName(String word) {
    return firstNames.contains(word) || compoundFirstName(word);
  }

  // "Eva-Marie", "Anne-Sophie": two first names joined by one hyphen are a first name ("Lloyd-Webber" is not:
  // its second part is none).
  private boolean compoundFirstName(String word) {
    int hyphen = word.indexOf('-');
    return hyphen > 0 && word.indexOf('-', hyphen + 1) < 0 && firstNames.contains(word.substring(0, hyphen))
        && firstNames.contains(word.substring(hyphen + 1));
  }

  /**
   * Whether word {@code w}'s core is a common first name, as {@link #firstName(String)} answers: a word whose
   * lower-case form no first name has (most words the rules ask about) is turned down by that form's kept bit,
   * and only the others make their core to look it up as capitalised.
   */
  boolean firstName(Words.Word w) {
    if (firstNameForms.contains(w)) {
      return firstNames.contains(w.core());
    }
    if (w.length() < 5 || !Character.isUpperCase(w.first())) {
      return false; // no two first names joined by a hyphen: most words are turned down here
    }
    for (int i = w.start() + 1; i < w.end() - 1; i++) {
      if (w.source().charAt(i) == '-') {
        return compoundFirstName(w.core()); // only a hyphenated word makes its core here
      }
    }
    return false;
  }

  /** The place a demonym refers to, for a key already made by {@link #key(String)}, or null. */
  String demonymByKey(String key) {
    return demonyms.get(key);
  }
}
