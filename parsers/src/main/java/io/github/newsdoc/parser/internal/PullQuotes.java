package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pull quotes and highlights in a page's article, or in a scraped article that keeps its page's head (a byline, a
 * date) and some of its chrome: a line whose words the article prints again, word for word,
 * inside a later line — the whole line ('Highlights' over a sentence of the story), or the quotation that
 * makes up most of it (a pull quote set beside the paragraph that quotes the speaker in full). The later line
 * is the article's, the earlier copy the page's; a pull quote may also stand under the paragraph that quotes the
 * speaker in full, and is the page's there too. A copy is a statement of some length: a question may be
 * asked of each guest of an interview, a call to act or a line of instructions may be repeated. A quotation is a
 * pull quote only when the later line quotes the speaker at more length. Words are compared lower-cased,
 * without punctuation, by runs of {@value #RUN_WORDS} words; linear in the
 * article's words.
 */
final class PullQuotes {
  /** The rule of a line whose words the article prints again below it. */
  static final String RULE = "page:pull-quote";

  /** Runs of this many words are compared. */
  static final int RUN_WORDS = 6;
  // A copy is a statement of at least this many words: shorter lines repeat as formulas ('Vote for X below!').
  private static final int MIN_WORDS = 8;
  // A quotation of at least this many words, making up at least QUOTE_SHARE tenths of its line.
  private static final int MIN_QUOTE_WORDS = 8;
  private static final int QUOTE_SHARE = 6;

  private PullQuotes() {}

  /** Marks the unclaimed lines from {@code from} to {@code to} whose words a later unclaimed line prints again. */
  static void apply(List<Line> lines, LineRole[] roles, String[] rules, int from, int to) {
    Map<Long, Integer> nearest = new HashMap<>(); // a run of words (its key) -> the nearest later line holding it
    int[] sizes = new int[roles.length];
    for (int k = to; k >= from; k--) {
      if (roles[k] != null) {
        continue;
      }
      String text = lines.get(k).text();
      List<String> words = words(text);
      sizes[k] = words.size();
      // a statement (a question may be asked of each guest again, a short call to act is a formula)
      boolean statement = words.size() >= MIN_WORDS && statement(text);
      boolean copy = statement && holding(words, nearest) >= 0;
      for (List<String> quote : quotations(text)) {
        // the quotation is printed again in a longer paragraph that quotes the speaker in full
        int below = quote.size() >= MIN_QUOTE_WORDS && quote.size() * 10 >= words.size() * QUOTE_SHARE
            ? holding(quote, nearest) : -1;
        copy |= statement && below >= 0 && sizes[below] >= words.size() + RUN_WORDS;
      }
      if (copy) {
        roles[k] = LineRole.BOILERPLATE;
        rules[k] = RULE;
        continue;
      }
      long[] keys = runs(words);
      for (long key : keys) {
        nearest.put(key, k);
      }
    }
    // a pull quote may stand under the paragraph that quotes the speaker in full too
    Map<Long, Integer> above = new HashMap<>(); // a run of words -> the nearest earlier line holding it
    for (int k = from; k <= to; k++) {
      if (roles[k] != null) {
        continue;
      }
      String text = lines.get(k).text();
      List<String> words = words(text);
      if (words.size() >= MIN_WORDS && statement(text) && !underHeading(lines, roles, k)
          && quotedAbove(text, words.size(), above, sizes)) {
        roles[k] = LineRole.BOILERPLATE;
        rules[k] = RULE;
        continue;
      }
      for (long key : runs(words)) {
        above.put(key, k);
      }
    }
  }

  // Whether the line right above line k heads it: an unclaimed line that is no sentence, or that ends with a
  // colon ('What was claimed', 'The claim:'), as a fact-check heads the claim it restates.
  private static boolean underHeading(List<Line> lines, LineRole[] roles, int k) {
    if (k == 0 || roles[k - 1] != null) {
      return false;
    }
    String above = lines.get(k - 1).text();
    return !LineMeasures.endsSentence(above) || above.endsWith(":");
  }

  // Whether the line is a quoted sentence and nothing else, opening with a capital (not a claim quoted again,
  // 'X said that "…"', nor a fragment, '"… to stop it"'), printed again in a longer line above it.
  private static boolean quotedAbove(String text, int size, Map<Long, Integer> above, int[] sizes) {
    int first = 0;
    while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
      first++;
    }
    if (first == 0 || first == text.length() || !Character.isUpperCase(text.charAt(first))) {
      return false;
    }
    for (List<String> quote : quotations(text)) {
      int line = quote.size() >= MIN_QUOTE_WORDS && quote.size() == size ? holding(quote, above) : -1;
      if (line >= 0 && sizes[line] >= size + RUN_WORDS) {
        return true;
      }
    }
    return false;
  }

  /**
   * In a text that is no page but keeps some of its page's chrome: when it keeps its page's head too (a byline
   * or a date line), its pull quotes are the page's, as on a page; a text stripped to its headline and
   * paragraphs keeps every line.
   */
  static void inScrapedArticle(List<Line> lines, LineRole[] roles, String[] rules) {
    for (LineRole role : roles) {
      if (role == LineRole.BYLINE || role == LineRole.PUBLISHED) {
        apply(lines, roles, rules, 0, roles.length - 1);
        return;
      }
    }
  }

  // A statement: a line that ends a sentence, neither a question nor a call to act nor a lead-in.
  static boolean statement(String text) {
    return LineMeasures.endsSentence(text) && !text.endsWith("?") && !text.endsWith("!") && !text.endsWith(":");
  }

  // The line the map gives for every run of the words (the nearest later one, or the nearest earlier one, as
  // the map was filled), or -1.
  private static int holding(List<String> words, Map<Long, Integer> nearest) {
    long[] keys = runs(words);
    if (keys.length == 0) {
      return -1;
    }
    Integer first = nearest.get(keys[0]);
    for (int i = 1; first != null && i < keys.length; i++) {
      if (!first.equals(nearest.get(keys[i]))) {
        return -1;
      }
    }
    return first == null ? -1 : first;
  }

  // A key for each run of RUN_WORDS words: a 64-bit polynomial of the words' hashes, rolled along the line (no
  // string is made for a run; two different runs sharing a key is a chance of about one in 2^64 a pair).
  static long[] runs(List<String> words) {
    int n = words.size() - RUN_WORDS + 1;
    if (n <= 0) {
      return new long[0];
    }
    long power = 1;
    for (int j = 1; j < RUN_WORDS; j++) {
      power *= BASE;
    }
    long[] keys = new long[n];
    long h = 0;
    for (int i = 0; i < words.size(); i++) {
      if (i >= RUN_WORDS) {
        h -= power * mix(words.get(i - RUN_WORDS).hashCode());
      }
      h = h * BASE + mix(words.get(i).hashCode());
      if (i >= RUN_WORDS - 1) {
        keys[i - RUN_WORDS + 1] = h;
      }
    }
    return keys;
  }

  private static final long BASE = 0x9E3779B97F4A7C15L;

  // Spreads a word's 32-bit hash over 64 bits.
  private static long mix(int hash) {
    long z = hash * 0xBF58476D1CE4E5B9L;
    return z ^ (z >>> 31);
  }

  // The words of the line: runs of letters and digits, lower-cased.
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  // The words inside each pair of double quotation marks ("…" or “…”).
  private static List<List<String>> quotations(String text) {
    List<List<String>> quotes = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0 && (c == '\u201c' || c == '"')) {
        open = i;
      } else if (open >= 0 && (c == '\u201d' || c == '"')) {
        quotes.add(words(text.substring(open + 1, i)));
        open = -1;
      }
    }
    return quotes;
  }
}
