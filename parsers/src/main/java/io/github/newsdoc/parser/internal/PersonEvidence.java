package io.github.newsdoc.parser.internal;

import static io.github.newsdoc.parser.internal.NameShapes.isAcronym;
import static io.github.newsdoc.parser.internal.NameShapes.possessive;
import static io.github.newsdoc.parser.internal.NameShapes.stops;

import com.google.common.collect.ImmutableSet;

import java.util.List;

/**
 * What the words around one mention of a name say about it being a person's, as a signed weight: read where
 * the name is found, in the recognizer's one pass over the words, beside {@link OrganisationEvidence}, from a
 * window of at most three words on either side. {@link FoundNames} and {@link OrganisationTyping} weigh the
 * sum over an entity's mentions against the evidence for a place or a body.
 *
 * <p>Strong evidence ({@link #STRONG}): a title, an honorific or a person's role right before it ("Senator
 * Velora", "Dr Velora", "coach Velora"), an age in apposition ("Velora, 45,"), a kin word after its
 * possessive ("Velora's wife"), a body's role in apposition ("Velora, director of …"), "who" after its comma
 * ("Velora, who"), "he" or "she" in its clause after a speech verb ("Velora said she …"). Weak evidence ({@link #WEAK}): a speech verb beside it
 * ("Velora said", "Velora told", "…," said Velora.), unless it is an acronym. Evidence against ({@link
 * #AGAINST}), when there is none for: a place's context around a one-word name ("in Velora", "the town of
 * Velora", "Velora province": {@link NameContexts#placeContext}).
 */
final class PersonEvidence {
  /** The weight of strong evidence. */
  static final int STRONG = 2;
  /** The weight of weak evidence. */
  static final int WEAK = 1;
  /** The weight of evidence against. */
  static final int AGAINST = -2;

  /** Kin words after a name's possessive: "… 's wife". */
  static final ImmutableSet<String> KIN = WordList.load("person-kin-after");

  private PersonEvidence() {}

  /**
   * The person evidence of a one-word name that the rule which found it did not weigh ({@link NameScan#emit}):
   * weighed when read, from the words of its text.
   */
  static final int UNWEIGHED = Integer.MIN_VALUE;

  /**
   * The person evidence of a found name, weighed now when it was left {@link #UNWEIGHED}: from the words of its
   * text {@code tokens} holds, which must be those the recognizer read (before they are let go). The words
   * the name starts and ends at are those the rule found it at: the name was only trimmed of spaces.
   */
  static int of(Tokens tokens, FoundNames.Found f) {
    if (f.person() != UNWEIGHED) {
      return f.person();
    }
    List<Words.Word> words = tokens.of(f.block() + 1);
    return of(words, NameScan.wordAt(words, f.start()), NameScan.wordAt(words, f.end()));
  }

  /** The signed weight of the evidence around the name {@code [p, q)} of {@code words}. */
  static int of(List<Words.Word> words, int p, int q) {
    int weight = before(words, p) + after(words, p, q);
    if (weight == 0 && NameContexts.speaks(words, p, q) && !isAcronym(words.get(p).core())) {
      weight = WEAK; // "…," said Velora.
    }
    // "in Velora", "the town of Velora", "Velora province": a place's context
    return q - p == 1 && weight <= 0 && NameContexts.placeContext(words, p) ? AGAINST : weight;
  }

  // "Senator …", "Dr …", "coach …", "in …"
  private static int before(List<Words.Word> words, int p) {
    if (p == 0 || words.get(p - 1).stops()) {
      return 0;
    }
    Words.Word w = words.get(p - 1);
    if (Names.isHonorific(w) || Names.TITLE_WORDS.contains(w) && w.capitalised()
        || EntityWords.ROLES.contains(w) && !w.capitalised()) {
      return STRONG;
    }
    return 0;
  }

  // "…, 45,", "…'s wife", "… said she", "… told"
  private static int after(List<Words.Word> words, int p, int q) {
    if (q >= words.size()) {
      return 0;
    }
    Words.Word last = words.get(q - 1);
    if (last.trailing().equals(",")
        && (age(words.get(q)) || role(words, q) || words.get(q).lower().equals("who"))) {
      return STRONG;
    }
    if (possessive(last)) {
      return words.get(q).lowerCase() && KIN.contains(words.get(q).lower()) ? STRONG : 0;
    }
    if (stops(last) || !EntityWords.SPEECH.contains(words.get(q).lower()) || isAcronym(words.get(p).core())) {
      return 0;
    }
    // "Velora said she would", "Velora told reporters he"
    for (int k = q + 1; k < Math.min(words.size(), q + 4); k++) {
      String lower = words.get(k).lower();
      if (lower.equals("he") || lower.equals("she")) {
        return STRONG;
      }
      if (words.get(k).stops()) {
        break;
      }
    }
    return WEAK;
  }

  // "director of …", "the head of …", "a spokesman for …" after a name and its comma: a role in apposition
  private static boolean role(List<Words.Word> words, int q) {
    int k = q;
    String lower = words.get(k).lower();
    if ((lower.equals("the") || lower.equals("a") || lower.equals("an")) && !words.get(k).stops()
        && k + 1 < words.size()) {
      k++;
    }
    Words.Word w = words.get(k);
    return w.lowerCase() && !w.stops() && k + 1 < words.size() && OrganisationEvidence.ROLES.contains(w.lower())
        && (words.get(k + 1).lower().equals("of") || words.get(k + 1).lower().equals("for")
            || words.get(k + 1).lower().equals("at"));
  }

  // "45," after a name and its comma: a number of years a person may be, closed by a comma
  private static boolean age(Words.Word w) {
    String core = w.core();
    if (!Text.digits(core, 3) || !w.trailing().equals(",")) {
      return false;
    }
    int years = Integer.parseInt(core);
    return years > 0 && years < 120;
  }

}
