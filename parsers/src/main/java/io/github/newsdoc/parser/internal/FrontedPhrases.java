package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.LEAD_INS;
import static io.github.newsdoc.parser.internal.AttributionWords.TIMES;
import static io.github.newsdoc.parser.internal.AttributionWords.TIME_LEADS;
import static io.github.newsdoc.parser.internal.AttributionWords.TIME_UNITS;

import java.util.List;

/**
 * Where a sentence's main clause starts after a phrase fronted before its subject and closed by a comma: a
 * prepositional or subordinate phrase ({@code On Monday, Ana Ruiz knocked …}, {@code When asked, Ruiz
 * called …}), a participle's phrase ({@code Informed of the result, Ruiz described …}) or a time
 * ({@code Last year, he played down …}, {@code Monday, Ruiz said …}). Such a phrase is never the subject: a
 * sieve that reads the subject of the quote's sentence reads it after the phrase. A phrase that runs past a
 * full stop, a colon or a quotation mark, or does not close with a comma before the words end, is not fronted.
 */
final class FrontedPhrases {
  /** The most words a fronted phrase holds, its comma's word included. */
  static final int MAX = 15;

  private FrontedPhrases() {}

  /**
   * The index of the first word of the main clause when a fronted phrase starts at word {@code i} of
   * {@code words}, else {@code i}. The main clause must hold at least two words.
   */
  static int mainClause(List<Words.Word> words, int i) {
    if (i >= words.size() || !opensPhrase(words, i)) {
      return i;
    }
    for (int c = i; c < words.size() && c - i < MAX; c++) {
      Words.Word w = words.get(c);
      if (c > i && w.quoted()) {
        return i;
      }
      String trailing = w.trailing();
      if (trailing.startsWith(",")) {
        return c + 2 < words.size() ? c + 1 : i;
      }
      if (w.stops()) {
        return i; // a full stop, a colon, a dash: no comma closed the phrase
      }
    }
    return i;
  }

  // A preposition or a subordinating word ("On", "When", "Despite"), a participle followed by a word in
  // lower case that is no verb ("Informed of"), a day or a time ("Monday", "Yesterday"), or a time's lead
  // and its unit ("Last year", "Earlier this month", "The next day").
  private static boolean opensPhrase(List<Words.Word> words, int i) {
    String first = words.get(i).lower();
    if (first.equals("according")) {
      return false; // "According (to) the papers, …": the source itself, which other sieves read
    }
    if (LEAD_INS.contains(first)) {
      return true;
    }
    if (Subjects.openingPhrase(words.subList(i, words.size()))
        && (first.equals("having") || !Cues.verbLike(words.get(i + 1).lower()))) {
      return true; // not a name that ends like a participle, before its verb: "Fielding said …" ("Having had …" is)
    }
    if (TIMES.contains(first)) {
      // not a name that is also a month or a day, before its verb: "May said …"
      return i + 1 == words.size() || !Cues.verbLike(words.get(i + 1).lower());
    }
    for (int j = i + 1; TIME_LEADS.contains(first) && j < words.size() && j - i <= 2; j++) {
      String w = words.get(j).lower();
      if (TIMES.contains(w) || TIME_UNITS.contains(w)) {
        return true;
      }
      if (!TIME_LEADS.contains(w)) {
        return false;
      }
    }
    return false;
  }
}
