package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.bare;
import static io.github.newsdoc.parser.internal.NameShapes.capitalisedWord;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.sentenceInitial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the entity rules know of the whole article, read once before its texts: the words it writes in lower
 * case (a capitalised "Shares" at a sentence's start is then a common word), the names it gives a title or an
 * honorific somewhere ("Mr Egelton", so "Rick Egelton" is a person), the names it writes after a first name, and
 * how often it capitalises a word inside sentences.
 */
final class RecognizerContext {
  final Set<String> lowerWords = new HashSet<>();
  final Set<String> titledNames = new HashSet<>();
  // the names the article writes after a common first name somewhere ("Hillary Clinton"): a person's surname
  final Set<String> surnames = new HashSet<>();
  // the titles of works the article names ("the book The Dragon Waiting"), filled as its texts are read: a
  // title is no entity wherever else it stands
  final Set<String> works = new HashSet<>();
  // the titles of works a capitalised word of grammar opens inside a sentence ("liked The Quiet Marrows"): the
  // name found in the same words elsewhere ("The Quiet Marrows opened", read as "Quiet Marrows") is none
  final Set<String> titles = new HashSet<>();
  // the names no rule types for sure that the article uses as a product's, a work's or an award's ("the Velora
  // technology", "Orvel 3"), and those it makes speak ("Velora said"), filled as its texts are read: a product
  // not spoken of as a body is no organisation wherever else it stands
  final Set<String> products = new HashSet<>();
  final Set<String> speaking = new HashSet<>();
  // how often each capitalised word (without a possessive) stands inside a sentence
  final WordForms inside = new WordForms(true);
  // the lower-case forms of the article's capitalised words (and of their stems without a plural s)
  WordForms asked = new WordForms(false);
  // per text, the indices of its words that start with a capital: the only ones a name can start at
  final List<int[]> capitals = new ArrayList<>();

  /**
   * Whether a plural-looking word is read as a plural here: "Oscars" when the article writes "Oscar" or
   * "oscar" too.
   */
  boolean readAsPlural(String lower) {
    String stem = lower.substring(0, lower.length() - 1);
    // only a name in -as or -os ("Yukos") is taken for a name when its singular is not written; "Affairs",
    // "Allies" are plurals whatever else the article writes
    char before = lower.charAt(lower.length() - 2);
    return before != 'a' && before != 'o' || lowerWords.contains(stem) || asked.contains(stem)
        && inside.contains(capitalise(stem));
  }

  private static String capitalise(String lower) {
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** The indices of the words of text {@code t} that start with a capital letter, in order. */
  int[] capitals(int t) {
    return capitals.get(t);
  }

  /** Reads the words of an article's texts. */
  static RecognizerContext of(List<List<Words.Word>> texts) {
    RecognizerContext c = new RecognizerContext();
    // the lower-case forms of the capitalised words, the only ones asked about, and a filter of their first
    // two letters and length, so that most lower-case words are never made into strings and hashed
    WordForms asked = new WordForms(false);
    long[] filter = new long[256];
    // One pass asks about the capitalised words (their indices were found as the words were split); the
    // second makes into strings only the lower-case words the filter lets by.
    // the shared forms asked about (the words of a parse share one table): a form the table knows is written
    // in lower case is then found by its number, with no second look at the words; only the words whose
    // forms the table could not share are read again. (The second pass finds the lower-case words again
    // rather than keeping their indices and signatures from the first: this is near a parse's peak of heap,
    // issue 19.)
    java.util.BitSet askedIds = new java.util.BitSet();
    LowerForms table = sharedTable(texts);
    for (List<Words.Word> words : texts) {
      int[] caps = words instanceof WordStore store ? store.capitals() : capitals(words);
      for (int i : caps) {
        Words.Word w = words.get(i);
        // "The", "In", "He": the rules never ask whether such a word is also written in lower case
        if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !EntityWords.NOT_NAMES.contains(w)) {
          ask(w, WordForms.Form.LOWER, asked, filter, table, askedIds);
          if (possessive(w)) {
            ask(w, WordForms.Form.BARE_LOWER, asked, filter, table, askedIds);
          } else if (w.length() > 4 && w.lower().endsWith("s")) {
            // "Oscars": is "oscar" written too?
            ask(w, WordForms.Form.LOWER_STEM, asked, filter, table, askedIds);
          }
        }
      }
      c.capitals.add(caps);
    }
    c.asked = asked;
    if (table != null) {
      for (int id = askedIds.nextSetBit(0); id >= 0; id = askedIds.nextSetBit(id + 1)) {
        if (table.isWrittenInLowerCase(id)) {
          c.lowerWords.add(table.form(id));
        }
      }
    }
    for (int t = 0; t < texts.size(); t++) {
      List<Words.Word> words = texts.get(t);
      WordStore store = table != null && words instanceof WordStore s ? s : null;
      for (int i = 0; i < words.size() && (store == null || store.anyUnshared()); i++) {
        if (store != null && store.lowerId(i) != 0) {
          continue; // its form was asked about by its number, above
        }
        Words.Word w = words.get(i);
        int length = w.length();
        if (length == 0 || !Character.isLowerCase(w.charAt(0))) {
          continue;
        }
        int sig = signature(length, w.charAt(0), length > 1 ? w.charAt(1) : ' ');
        if ((filter[sig >>> 6] & 1L << (sig & 63)) != 0 && asked.contains(w.lower())) {
          c.lowerWords.add(w.lower());
        }
      }
      for (int i : c.capitals.get(t)) {
        Words.Word w = words.get(i);
        if (!Character.isUpperCase(w.charAt(0))) {
          continue; // a capital outside the basic plane: not read here
        }
        if (!sentenceInitial(words, i)) {
          c.inside.add(w, WordForms.Form.BARE);
        }
        // "Kell said", "Kell, who": a name that speaks or takes "who" is a person's
        if (i + 1 < words.size() && maybeSpeech(words.get(i + 1)) && !possessive(w)
            // alone, not the end of a longer name ("Chamber of Commerce said")
            && (i == 0 || !capitalisedWord(words.get(i - 1))
                && (!EntityWords.CONNECTORS.contains(words.get(i - 1))
                || words.get(i - 1).lower().equals("and")))
            && (!w.stops() && EntityWords.SPEECH.contains(words.get(i + 1).lower())
                || w.trailing().equals(",") && words.get(i + 1).lower().equals("who"))) {
          c.titledNames.add(bare(w));
        }
        // (the next word first: whether it is a name word is kept with it, a first name is a look-up)
        if (!w.stops() && !possessive(w) && i + 1 < words.size() && Names.isNameWord(words.get(i + 1))
            && Gazetteer.INSTANCE.firstName(w)) {
          c.surnames.add(bare(words.get(i + 1)));
        }
        if (!w.stops() && (Names.isHonorific(w) || Names.TITLE_WORDS.contains(w) && w.capitalised())) {
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

  // The indices of the capitalised words of a list that is no store (a store finds them as it is filled).
  private static int[] capitals(List<Words.Word> words) {
    int[] caps = new int[words.size()];
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (capitalisedWord(words.get(i))) {
        caps[n++] = i;
      }
    }
    return Arrays.copyOf(caps, n);
  }

  // Whether a word may be a speech verb or "who", judged from its first letter and length alone.
  private static boolean maybeSpeech(Words.Word w) {
    int n = w.length();
    return n >= 3 && n <= 9 && "satewnir".indexOf(w.charAt(0)) >= 0;
  }

  // The table of shared forms every text's words are numbered in, or null when they are not all in one.
  private static LowerForms sharedTable(List<List<Words.Word>> texts) {
    LowerForms table = null;
    for (List<Words.Word> words : texts) {
      if (words.isEmpty()) {
        continue;
      }
      if (!(words instanceof WordStore store) || store.forms() == null
          || table != null && store.forms() != table) {
        return null;
      }
      table = store.forms();
    }
    return table;
  }

  private static void ask(Words.Word w, WordForms.Form form, WordForms asked, long[] filter, LowerForms table,
      java.util.BitSet askedIds) {
    String k = form.of(w);
    asked.add(w, form, k);
    if (table != null) {
      // a word's own lower-case form has its number already (0 when not shared: past the table's limit, no
      // later word shares it either)
      int id = form == WordForms.Form.LOWER ? w.store().lowerId(w.index()) : table.idIfShared(k);
      if (id != 0) {
        askedIds.set(id);
      }
    }
    int sig = signature(k.length(), k.charAt(0), k.length() > 1 ? k.charAt(1) : ' ');
    filter[sig >>> 6] |= 1L << (sig & 63);
  }

  // The first two letters (lower-cased) and the length of a word, as an index into a 16384-bit filter.
  private static int signature(int length, char first, char second) {
    int c0 = Character.toLowerCase(first) & 31;
    int c1 = Character.toLowerCase(second) & 31;
    return (c0 << 9 | c1 << 4 | Math.min(length, 15)) & 16383;
  }
}
