package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.AttributionWords.ARTICLES;
import static io.github.newsdoc.parser.internal.AttributionWords.AUXILIARIES;
import static io.github.newsdoc.parser.internal.AttributionWords.ING_LEADS;
import static io.github.newsdoc.parser.internal.AttributionWords.IRREGULAR_PAST;
import static io.github.newsdoc.parser.internal.AttributionWords.LY_NOUNS;
import static io.github.newsdoc.parser.internal.AttributionWords.NOT_SUBJECTS;
import static io.github.newsdoc.parser.internal.AttributionWords.NOUN_FORMS;
import static io.github.newsdoc.parser.internal.AttributionWords.POINT;
import static io.github.newsdoc.parser.internal.AttributionWords.RELATIVES;
import static io.github.newsdoc.parser.internal.AttributionWords.REPORTING;
import static io.github.newsdoc.parser.internal.AttributionWords.SPEECH;

import io.github.newsdoc.model.Span;
import java.util.List;
import java.util.Set;

/** The cues of attribution: verbs of saying and reporting, and how they are read in a clause. */
final class Cues {
  private Cues() {}

  // A verb is written in lower case, except in a title-case headline. A reporting verb's -ing form is
  // known by its past ("labeling": labeled).
  static boolean isCue(Words.Word w, Set<String> verbs, int block) {
    String v = w.lower();
    boolean known = verbs.contains(v) || v.length() > 6 && v.endsWith("ing")
        && (verbs.contains(v.substring(0, v.length() - 3) + "ed") || verbs.contains(v.substring(0, v.length() - 3) + "d"));
    return known && (block == -1 || !w.capitalised());
  }

  static boolean isCueAt(List<Words.Word> words, int k, Set<String> verbs, int block) {
    Words.Word w = words.get(k);
    if (nounForm(words, k)) {
      return false;
    }
    return isCue(w, verbs, block) || POINT.contains(w.lower()) && !w.stops() && k + 1 < words.size()
        && words.get(k + 1).lower().equals("out")
        || (w.lower().equals("went") || w.lower().equals("goes")) && k + 1 < words.size()
        && words.get(k + 1).core().equals("on") && words.get(k + 1).stops() // "“…,” she went on."
        || w.lower().equals("put") && k + 1 < words.size() && words.get(k + 1).lower().equals("it") // "as X put it"
        || backReply(words, k); // "she shot back"
  }

  // Verbs that say a reply with "back" after them (words/attribution/back-verbs.txt).
  private static final Set<String> BACK = WordList.load("attribution/back-verbs");

  // Whether the word at k and "back" after it say a reply: "she shot back, “…”", "“…,” Ruiz fired back." The
  // pair must end the words before or after the quote, or their sentence: "Labour hit back at the plans, with
  // Alan Milburn accusing …" is no cue of words, nor is "the soldiers shot back, and a witness described “…”".
  private static boolean backReply(List<Words.Word> words, int k) {
    Words.Word w = words.get(k);
    if (!BACK.contains(w.lower()) || w.stops() || w.capitalised() || k + 1 >= words.size()
        || !words.get(k + 1).lower().equals("back")) {
      return false;
    }
    String after = words.get(k + 1).trailing();
    return k + 2 == words.size() || after.startsWith(".") || after.startsWith("!") || after.startsWith(":");
  }

  // "a rare note", "the reply": a cue word read as a noun after its article.
  static boolean nounForm(List<Words.Word> words, int k) {
    return NOUN_FORMS.contains(words.get(k).lower()) && (k > 0 && ARTICLES.contains(words.get(k - 1).lower())
        || k > 1 && (words.get(k - 2).lower().equals("a") || words.get(k - 2).lower().equals("an"))
        && !words.get(k - 1).stops() && !words.get(k - 1).capitalised());
  }

  static String cue(List<Words.Word> words, int k) {
    Words.Word w = words.get(k);
    if (POINT.contains(w.lower()) && k + 1 < words.size() && words.get(k + 1).lower().equals("out")) {
      return w.core() + " out";
    }
    if (w.lower().equals("put") && k + 1 < words.size() && words.get(k + 1).lower().equals("it")) {
      return "put it";
    }
    if ((w.lower().equals("went") || w.lower().equals("goes")) && k + 1 < words.size()
        && words.get(k + 1).core().equals("on")) {
      return w.core() + " on";
    }
    if (w.lower().equals("lashed") && k + 1 < words.size() && words.get(k + 1).lower().equals("out")) {
      return "lashed out";
    }
    if (backReply(words, k)) {
      return w.core() + " back";
    }
    return w.core();
  }

  // The index of the first word after the cue at k: past the second word of "went on", "points out", "put it".
  static int afterCue(List<Words.Word> words, int k) {
    return cue(words, k).indexOf(' ') >= 0 ? k + 2 : k + 1;
  }

  // "had been warned", "was told": the subject did not speak.
  static boolean passive(List<Words.Word> words, int k) {
    if (k == 0 || words.get(k).lower().endsWith("ing")) {
      return false; // "is calling": a progressive, not a passive
    }
    String before = words.get(k - 1).lower().replace('’', '\'');
    return before.equals("been") || before.equals("being") || before.equals("was") || before.equals("were")
        || before.equals("is") || before.equals("are") || before.equals("be")
        || before.endsWith("'m") || before.endsWith("'re"); // "I'm told", "we're told"
  }

  // An -ing cue that opens a phrase of its own, whose subject is the sentence's: after a comma ("…, saying"),
  // adverbs ("…, only saying") or a preposition ("before saying", "by insisting").
  static boolean participle(List<Words.Word> words, int k) {
    if (!words.get(k).lower().endsWith("ing") || k == 0) {
      return false;
    }
    int p = k;
    while (p > 0 && isAdverb(words.get(p - 1).lower()) && !words.get(p - 1).stops()) {
      p--;
    }
    return p > 0 && (words.get(p - 1).stops() || p == k && ING_LEADS.contains(words.get(p - 1).lower()));
  }

  // The cue's own subject is the sentence's: the word before it (past adverbs) joins two verbs ("and",
  // "but"), or is the "to" of "went on to say", "continued to insist".
  static boolean coordinated(List<Words.Word> words, int k) {
    int p = k;
    while (p > 0 && isAdverb(words.get(p - 1).lower()) && !words.get(p - 1).stops()) {
      p--;
    }
    if (p == 0) {
      return false;
    }
    String before = words.get(p - 1).lower();
    return before.equals("and") || before.equals("but") && p >= 2 && words.get(p - 2).stops()
        || before.equals("to") && p >= 2 && !words.get(p - 2).capitalised()
        && (words.get(p - 2).lower().equals("on") || !NOT_SUBJECTS.contains(words.get(p - 2).lower()))
        && !words.get(p - 2).stops();
  }

  // "Obama, who called it …": the relative pronoun is where the clause names the source, as "he" would be; the
  // speaker is the phrase it stands for.
  static Attributed relative(Attributed r, List<Words.Word> words, int cue, int block) {
    int p = cue;
    while (p > 0 && isAdverb(words.get(p - 1).lower()) && !words.get(p - 1).stops()) {
      p--;
    }
    if (r == null || p == 0 || !RELATIVES.contains(words.get(p - 1).lower())) {
      return r;
    }
    Words.Word who = words.get(p - 1);
    return new Attributed(r.attribution().withMention(Span.of(block, who.start(), who.end())), r.person());
  }

  static boolean verbLike(String w) {
    return SPEECH.contains(w) || REPORTING.contains(w) || AUXILIARIES.contains(w) || w.endsWith("ed");
  }

  // Whether the word after offset from (past one space) reads as a verb: "counted", "said", "has".
  static boolean verbAt(String text, int from) {
    int i = from < text.length() && text.charAt(from) == ' ' ? from + 1 : from;
    int end = i;
    while (end < text.length() && end - i < 20 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String w = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
    return end > i && (verbLike(w) || IRREGULAR_PAST.contains(w));
  }

  /**
   * Whether a word may stand between a subject and its verb of saying: an adverb ({@code often},
   * {@code already}, a word in -ly) or an auxiliary ({@code has}, {@code would}); words/attribution/adverbs.txt.
   */
  static boolean isAdverb(String w) {
    return w.length() > 4 && w.endsWith("ly") && !LY_NOUNS.contains(w) || AttributionWords.ADVERBS.contains(w);
  }

  static boolean isModifier(String w) {
    return w.endsWith("-run") || w.endsWith("-based") || w.equals("state") || w.equals("former") || w.equals("top")
        || w.equals("senior") || w.equals("official") || w.equals("foreign") || w.equals("defense");
  }

  // "E." in "Elijah E. Cummings": a dot that does not end the clause.
  static boolean isInitial(Words.Word w) {
    return w.trailing().equals(".") && w.core().length() == 1 && Character.isUpperCase(w.core().charAt(0));
  }

  // "R-Wis." and "D-Calif.": a party and a state after a lawmaker's name.
  static boolean isPartyTag(Words.Word w) {
    String c = w.core();
    return c.length() >= 3 && c.length() <= 8 && "RDI".indexOf(c.charAt(0)) >= 0 && c.charAt(1) == '-'
        && Character.isUpperCase(c.charAt(2));
  }

  static boolean isAge(Words.Word w) {
    return w.core().chars().allMatch(Character::isDigit);
  }
}
