package io.github.newsdoc.parser.internal;

import java.util.List;
import java.util.Set;

/**
 * Who issued a document the article calls by a definite description ({@code the statement read},
 * {@code the report continued}): the article introduced it earlier with an indefinite article, in a sentence
 * that names its issuer first ({@code On Monday, Big Machine Records issued a statement …}, {@code The
 * ministry's spokesman said in a written statement …}). The nearest such introduction within a few blocks
 * decides; when it names no one, no issuer is known.
 */
final class Issuers {
  // How many blocks back an introduction of the document is looked for.
  private static final int LOOKBACK = 10;

  private Issuers() {}

  /**
   * The issuer of the document {@code noun} (a channel noun, lower case) that a description at {@code offset}
   * of block {@code block} names, by its fullest name, or null.
   */
  static String of(String noun, int block, int offset, List<String> texts, AttributionContext ctx,
      PersonIndex people) {
    for (int b = block; b >= Math.max(0, block - LOOKBACK); b--) {
      String text = texts.get(b + 1);
      if (text == null) {
        continue; // a caption
      }
      int at = introduction(text, noun, b == block ? offset : text.length());
      if (at >= 0) {
        int start = ctx.wholeSentenceStart(b, at);
        String named = people.firstNamed(b, start, at);
        // "a statement from the dockers": another issuer than the sentence's subject, whom no list knows
        return named != null || fromOrBy(text, noun, at) ? named : subjectBody(ctx.words(b, start, at), text);
      }
    }
    return null;
  }

  // A sentence that introduces the document with no name the recognizer knows may open with the body that
  // issued it as the article describes it: a determiner, a few words headed by a body's noun, then the verb
  // ("The Polish transport ministry published a strategy document", "The port union issued a statement"): that
  // description, as written, is the issuer; null when the sentence opens otherwise.
  private static String subjectBody(List<Words.Word> words, String text) {
    if (words.size() < 3 || !Names.DETERMINERS.contains(words.get(0).lower())) {
      return null;
    }
    for (int k = 2; k < words.size() && k <= MAX_SUBJECT; k++) {
      if (words.get(k - 1).stops()) {
        return null;
      }
      String lower = words.get(k).lower();
      if (OrganisationEvidence.STATEMENT_VERBS.contains(lower) || ISSUING.contains(lower)) {
        return Names.isOrgHead(words.get(k - 1)) ? Names.join(words.subList(1, k), text) : null;
      }
      if (lower.endsWith("ed")) {
        return null; // "The committee received a statement", "The union rejected a statement": not its own
      }
    }
    return null;
  }

  // Whether "from" or "by" follows the document's noun introduced at `at` ("a statement from the dockers").
  private static boolean fromOrBy(String text, String noun, int at) {
    int end = text.indexOf(noun, at);
    if (end < 0) {
      return false;
    }
    String after = text.substring(end + noun.length()).stripLeading();
    return after.startsWith("from ") || after.startsWith("by ") || after.startsWith("issued by ");
  }

  // The verbs by which a body puts out a document of its own, besides those after which a body's statement
  // follows ("issued", "released", "published": OrganisationEvidence.STATEMENT_VERBS).
  private static final Set<String> ISSUING = WordList.load("attribution/issuing-verbs");

  // The most words a body's description before the verb holds, its determiner counted.
  private static final int MAX_SUBJECT = 5;

  /**
   * The issuer a document's description names right after it ({@code a report from Kotak Institutional
   * Equities}, {@code a statement by the Harbour Trust}): the body the recognizer found there, or null:
   * {@code words} are the words after the description.
   */
  static String named(List<Words.Word> words, int block, PersonIndex people) {
    if (words.size() < 2 || words.get(0).stops()) {
      return null;
    }
    String by = words.get(0).lower();
    if (!by.equals("from") && !by.equals("by")) {
      return null;
    }
    int first = words.size() > 2 && Names.DETERMINERS.contains(words.get(1).lower()) ? 2 : 1;
    FoundNames.Found body = people.bodyCovering(block, words.get(first).start(), words.get(first).end());
    return body != null && body.start() == words.get(first).start() ? body.form() : null;
  }

  // Where the last "a statement", "an official statement", "a joint statement" before `before` opens (at its
  // article), or -1. The noun is sought as written in lower case; the article in either case.
  static int introduction(String text, String noun, int before) {
    for (int at = text.lastIndexOf(noun, before - noun.length()); at > 0; at = text.lastIndexOf(noun, at - 1)) {
      int end = at + noun.length();
      if (end < text.length() && Character.isLetter(text.charAt(end)) || !Character.isWhitespace(text.charAt(at - 1))) {
        continue; // part of another word
      }
      // the word before the noun, and the one before that: "a statement", "a written statement"
      int w1 = wordStart(text, at - 1);
      if (w1 < 0) {
        continue;
      }
      if (isArticle(text, w1, at - 1)) {
        return w1;
      }
      int w2 = wordStart(text, w1 - 1);
      if (w2 >= 0 && isArticle(text, w2, w1 - 1) && allLetters(text, w1, at - 1)) {
        return w2;
      }
    }
    return -1;
  }

  private static boolean isArticle(String text, int from, int to) {
    return to - from == 1 && (text.charAt(from) == 'a' || text.charAt(from) == 'A')
        || to - from == 2 && text.regionMatches(true, from, "an", 0, 2);
  }

  private static boolean allLetters(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return to > from;
  }

  // The start of the word that ends at `spaceAt` (the space after it), or -1.
  private static int wordStart(String s, int spaceAt) {
    if (spaceAt <= 0 || !Character.isWhitespace(s.charAt(spaceAt))) {
      return -1;
    }
    int i = spaceAt;
    while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i < spaceAt ? i : -1;
  }
}
