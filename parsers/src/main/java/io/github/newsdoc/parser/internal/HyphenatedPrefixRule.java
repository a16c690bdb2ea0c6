package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.capitalisedWord;
import static io.github.newsdoc.parser.internal.NameShapes.initialOfName;
import static io.github.newsdoc.parser.internal.NameShapes.keyOf;
import static io.github.newsdoc.parser.internal.NameShapes.listInitial;
import static io.github.newsdoc.parser.internal.NameShapes.startsName;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import io.github.newsdoc.model.EntityType;
import java.util.List;

/**
 * A capitalised word no name starts at ("U.S.-led", "The", a month before a name): passed over, unless a
 * known place or body stands before a hyphen and a word in lower case in it, "Moscow-based", "GOP-heavy",
 * "San Francisco-based" (the word before joins when the two are one known name). Unknown names are left alone.
 */
final class HyphenatedPrefixRule implements NameRule<NameScan> {
  @Override
  public String name() {
    return "hyphenated-prefix";
  }

  @Override
  public Match tryAt(NameScan s, int i) {
    List<Words.Word> words = s.words;
    if (startsName(words.get(i)) || initialOfName(words, i) || listInitial(words, i)
        // "to buy May Department Stores", but not "a September Washington Post poll"
        || EntityWords.MONTHS.contains(words.get(i)) && !stops(words.get(i))
            && NameContexts.orgAhead(words, i + 1) && i > 0
            && !EntityWords.NOT_NAMES.contains(words.get(i - 1)) && !capitalisedWord(words.get(i - 1))) {
      return Match.none();
    }
    hyphenated(s, i);
    return Match.to(i + 1);
  }

  private void hyphenated(NameScan s, int i) {
    List<Words.Word> words = s.words;
    List<RuleMention> out = s.out;
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
      RuleMention last = out.isEmpty() ? null : out.get(out.size() - 1);
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
      s.emit(this, start, w.start() + hyphen, type);
    }
  }
}
