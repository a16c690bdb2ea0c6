package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.capitalisedWord;
import static io.github.newsdoc.parser.internal.NameShapes.end;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name the gazetteer knows only as it is written, which the other rules never look up whole: one with a
 * possessive "'s" in it ("McDonald's", "Standard &amp; Poor's", "Moody's Investors Service"), whose words'
 * keys lose the "'s", and a place whose name opens with "The" ("The Hague"), which the runs pass over. Tried
 * at each capitalised word, it reads at most {@link #MOST} words and keeps the longest name known, an
 * organisation before a place. A possessive word alone is not taken when the article writes it after a first
 * name or a title somewhere ("Jim Macy ... Macy's wife"): it is that person's. A place opened by "The" is
 * taken only when the rest of its name is no name the gazetteer knows, so that no name found now changes.
 */
final class KnownAsWrittenRule implements NameRule<NameScan> {
  /** The most words a name this rule finds has. */
  static final int MOST = 6;

  /** The first words after "the" of the places the gazetteer knows with it ("hague" of "The Hague"). */
  private static final Set<String> AFTER_THE = afterThe();

  private static Set<String> afterThe() {
    Set<String> words = new HashSet<>();
    Gazetteer.INSTANCE.keys((key, bits, longest) -> {
      if ((bits & KeyFacts.PLACE) != 0 && key.startsWith("the ")) {
        int space = key.indexOf(' ', 4);
        words.add(space < 0 ? key.substring(4) : key.substring(4, space));
      }
    });
    return Set.copyOf(words);
  }

  @Override
  public String name() {
    return "known-as-written";
  }

  @Override
  public Match tryAt(NameScan s, int i) {
    List<Words.Word> words = s.words;
    Words.Word first = words.get(i);
    boolean the = first.coreIs("The") && i + 1 < words.size() && AFTER_THE.contains(keyOf(words.get(i + 1)));
    // "in the Hague": a lower-case article before the word opens the name as "The" does, outside the span
    boolean article = !the && i > 0 && words.get(i - 1).coreIs("the") && !stops(words.get(i - 1))
        && AFTER_THE.contains(keyOf(first));
    boolean seen = false;
    int found = -1;
    int to = -1;
    EntityType type = null;
    for (int k = i; k < Math.min(words.size(), i + MOST); k++) {
      if (k > i && stops(words.get(k - 1))) {
        break;
      }
      Words.Word w = words.get(k);
      if (k > i && !capitalisedWord(w) && !EntityWords.CONNECTORS.contains(w) && w.length() > 0) {
        break; // a name's words are capitalised or join one ("Lloyd's of London", "Standard & Poor's")
      }
      boolean own = possessive(w) && end(w) < w.end(); // "McDonald's", "Moody's": an "'s" of the word's own
      seen |= own;
      if (!seen && !(the && k > i) && !article) {
        continue; // neither a possessive yet nor "The" and more: the other rules' names
      }
      // the words with the last one's "'s" ("McDonald's"), else without it ("Moody's Investors Service's")
      int at = w.end();
      EntityType known = known(first, at, the || article);
      if (known == null && own) {
        at = end(w);
        known = known(first, at, the || article);
      }
      if (known != null) {
        found = k;
        to = at;
        type = known;
      }
    }
    if (found < 0 || found == i && personal(s, first) || type == EntityType.LOCATION && longer(words, found)) {
      return Match.none();
    }
    s.emit(this, first.start(), to, type);
    return Match.to(found + 1);
  }

  /**
   * What the gazetteer knows the text from the word {@code first} to offset {@code end} as, read as written:
   * an organisation (only a name with a possessive in it), a place, or null. A name opened by "The", or by a
   * lower-case article before it ({@code opened}), is a place only when its rest is no name the gazetteer knows.
   */
  private static EntityType known(Words.Word first, int end, boolean opened) {
    String text = first.source().substring(first.start(), end);
    String key = Gazetteer.key(text.indexOf('\n') >= 0 || text.contains("  ") ? text.replaceAll("\\s+", " ") : text);
    Gazetteer g = Gazetteer.INSTANCE;
    if (key.indexOf('\'') >= 0) {
      if (g.organisationByKey(key) != null) {
        return EntityType.ORGANIZATION;
      }
      if (g.placeByKey(key) != null) {
        return EntityType.LOCATION;
      }
    }
    String the = key.startsWith("the ") ? key : "the " + key;
    return opened && g.placeByKey(the) != null && unknownRest(the) ? EntityType.LOCATION : null;
  }

  // Whether a "The" name's rest ("hague" of "the hague") is a name of its own the gazetteer knows.
  private static boolean unknownRest(String key) {
    if (!key.startsWith("the ")) {
      return false;
    }
    String rest = key.substring(4);
    Gazetteer g = Gazetteer.INSTANCE;
    return g.placeByKey(rest) == null && g.organisationByKey(rest) == null;
  }

  // Whether a capitalised word goes on after the place's name ending at k ("The Bronx Zoo"): a longer name,
  // the other rules'.
  private static boolean longer(List<Words.Word> words, int k) {
    return k + 1 < words.size() && !stops(words.get(k)) && !possessive(words.get(k))
        && capitalisedWord(words.get(k + 1));
  }

  // Whether the article writes the word, without its possessive, after a first name or a title: a person's.
  private static boolean personal(NameScan s, Words.Word w) {
    String bare = bare(w);
    return s.ctx.surnames.contains(bare) || s.ctx.titledNames.contains(bare);
  }
}
