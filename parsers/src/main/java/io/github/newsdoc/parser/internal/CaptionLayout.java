package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;
import java.util.Optional;

/**
 * Captions whose credit has no credit's shape, found by the layout the page's other captions show: where a page's
 * article prints a picture as a block of two lines, the caption and a credit line the rules know
 * ("Name/Agency/Getty Images"), another block of two lines in its article with the same build — a caption-sized
 * line opening as a sentence does, and under it, glued, a short name with no sentence end ("Harbour Survey",
 * "City Archive") — is a picture too, its second line the credit: a source's name, which no shape tells from
 * other words. The page's paragraphs stand one to a block there, so two lines glued in one block are no
 * paragraph's. A page whose known captions are printed otherwise, or that has none, is left alone, but for a
 * credit that says it is one by its shape, a photographer and an outlet set apart by a slash ("Ana Ruiz / Coast
 * Radio"), which no agency's word need name there: glued under a caption-sized line, it makes that line a
 * caption on any page. Only pages are read this way.
 */
final class CaptionLayout {
  /** The rule of a caption found by the layout of the page's known captions. */
  static final String RULE = "caption:page-layout";
  // The rule of a short line the page extractor set aside as link-like.
  private static final String LINK_RULE = PageExtractor.LINK_LIKE_RULE;

  // A caption: at least this many words, narrower than this many letters.
  private static final int MIN_WORDS = 3;
  private static final int MAX_CAPTION_WIDTH = 300;
  // A credit: a name of at most this many words, narrower than this many letters.
  private static final int MAX_CREDIT_WORDS = 5;
  private static final int MAX_CREDIT_WIDTH = 50;

  private CaptionLayout() {}

  /** Marks the captions of the article from line {@code from} to {@code to} built as its known captions are. */
  static void apply(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules, int from, int to) {
    boolean known = false;
    for (int i = from; i < to && !known; i++) {
      known = roles[i] == LineRole.CAPTION && roles[i + 1] == LineRole.CAPTION_CREDIT && block(lines, i, to);
    }
    for (int i = from; i < to; i++) {
      if (roles[i] == null && block(lines, i, to) && caption(shapes, i)
          && (roles[i + 1] == null && known && credit(shapes.text(i + 1), shapes.width(i + 1))
              || (roles[i + 1] == null || LINK_RULE.equals(rules[i + 1])) && slashed(shapes.text(i + 1)))) {
        roles[i] = LineRole.CAPTION;
        rules[i] = RULE;
        roles[i + 1] = LineRole.CAPTION_CREDIT;
        rules[i + 1] = Segmenter.CREDIT_BELOW; // taken as printed, since its caption's rule says why it is one
      }
    }
  }

  // Lines i and i + 1 make a block of two: a blank line above, none between, a blank line (or the end) under.
  private static boolean block(List<Line> lines, int i, int to) {
    return lines.get(i).afterBlank() && !lines.get(i + 1).afterBlank()
        && (i + 2 > to || i + 2 >= lines.size() || lines.get(i + 2).afterBlank());
  }

  private static boolean caption(LineMeasures shapes, int i) {
    String text = shapes.text(i);
    return shapes.width(i) < MAX_CAPTION_WIDTH && Text.words(text) >= MIN_WORDS && !text.endsWith("?")
        && !text.endsWith(":") && GluedCaptions.opens(text.codePointAt(0)) && !Notices.isNotice(text)
        && !Notices.addressesReader(text);
  }

  // A photographer and an outlet set apart by a slash, as credits print them ("Ana Ruiz / Coast Radio"): two
  // or three parts, each a few capitalised words, no digit, no sentence end. Under a caption in a block of its
  // own, on any page.
  static boolean slashed(String text) {
    if (text.length() >= 2 * MAX_CREDIT_WIDTH || LineMeasures.endsSentence(text)) {
      return false;
    }
    String[] parts = text.split(" ?/ ?", -1);
    if (parts.length < 2 || parts.length > 3) {
      return false;
    }
    for (String part : parts) {
      if (part.isBlank() || Text.words(part) > MAX_CREDIT_WORDS || !credit(part, LineMeasures.width(part))) {
        return false;
      }
    }
    return true;
  }

  // A source's name: a few words, each opening with a capital, no sentence end, no digit, no link's marks.
  static boolean credit(String text, int width) {
    if (width >= MAX_CREDIT_WIDTH || LineMeasures.endsSentence(text) || Text.words(text) > MAX_CREDIT_WORDS) {
      return false;
    }
    boolean wordStart = true;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isDigit(c) || "@:/|#()[]".indexOf(c) >= 0) {
        return false;
      }
      if (wordStart && Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
      wordStart = c == ' ';
    }
    return true;
  }

  // Lines one after another that each end with a source in brackets are items citing their sources, not
  // captions: a caption stands alone among paragraphs. The same line printed again is a repeat (a caption
  // printed twice), not another cited item: the canonical text writes a repeated caption once, in its own
  // form, so counting it would read the line differently there.
  static boolean sourcedNeighbour(List<Line> lines, int i) {
    String self = lines.get(i).text();
    for (int k : new int[] {i - 1, i + 1}) {
      String t = k >= 0 && k < lines.size() ? lines.get(k).text() : "";
      if (!t.equals(self) && (t.endsWith(")") || t.endsWith("]")) && Captions.splitCredit(t).credit().isPresent()) {
        return true;
      }
    }
    return false;
  }

  // The longest sentence the site's own name under it credits as a picture's caption.
  private static final int SITE_CAPTION_WORDS = 30;

  // A credit line right under a caption (no blank line between) that has no credit of its own: the caption
  // is the line above, unclaimed and short, or already read as a caption.
  static boolean creditBelow(List<Line> lines, LineRole[] roles, String[] rules, int i,
      Optional<String> site) {
    if (i == 0 || lines.get(i).afterBlank()) {
      return false;
    }
    String above = lines.get(i - 1).text();
    // the site's own name under a sentence credits its staff's picture ('The Coast Courier'): the two lines a
    // block of their own, the sentence a caption's length
    if (CreditShapes.creditLine(lines.get(i).text()).isEmpty()
        && !(site.isPresent() && site.get().equals(lines.get(i).text()) && Text.endsSentence(above)
            && lines.get(i - 1).afterBlank() && (i + 1 == lines.size() || lines.get(i + 1).afterBlank())
            && Text.words(above) <= SITE_CAPTION_WORDS)) {
      return false;
    }
    boolean caption = roles[i - 1] == null && Text.words(above) <= 60 && Text.words(above) >= 4
        || roles[i - 1] == LineRole.CAPTION && !rules[i - 1].equals("caption:labelled");
    return caption && Captions.splitCredit(above).credit().isEmpty();
  }
}
