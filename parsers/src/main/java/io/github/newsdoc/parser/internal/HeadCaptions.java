package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * The caption of a page's lead picture printed in the article's head without a credit: a short sentence standing
 * between the head's lines, under the headline and some line of the head (a date, a byline, the page's
 * furniture) and over a byline or a date line, before any of the article's prose.
 *
 * <p>The head holds the headline, the dek, the byline and the dates; the only short sentence a layout sets among
 * them is the lead picture's caption ("The band performs at the festival."). A line right under the headline is
 * left to the dek's reading ({@link Deks}), and a line wide enough to be prose is none of this. Only pages are
 * read this way. Captions far above the headline or below the article's end are the page's
 * ({@link #outsideArticle}).
 */
final class HeadCaptions {
  /** The rule of a lead picture's caption in the head. */
  static final String RULE = "caption:in-head";
  // The byline or date under the caption stands within this many lines of it, past the page's furniture.
  private static final int BELOW = 3;
  // The head is read this many lines down from the headline.
  private static final int HEAD_LINES = 8;
  // A caption has at least this many words.
  private static final int MIN_WORDS = 3;

  // A caption at most this many lines above the headline is the lead picture's.
  private static final int LEAD_PICTURE_LINES = 6;
  // A gallery under the article: at most this many lines between two captions, each of at most this many words.
  private static final int GALLERY_GAP = 3;
  private static final int GALLERY_WORDS = 4;
  // The counter over a gallery's first picture: "1 of 4", "1 / 4", "Photo 1 of 12", "1 de 8", "1 z 6".
  private static final java.util.regex.Pattern FIRST_OF_GALLERY = java.util.regex.Pattern.compile(
      "(?iu)(?:(?:image|photo|picture|slide|foto|bild)s? )?1 ?(?:of|/|de|di|von|z|av|af|van|из) ?\\d{1,3}");

  private HeadCaptions() {}

  /** Marks the lead picture's caption in the head of the article whose headline is line {@code title}. */
  static void apply(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules, int title) {
    if (title < 0) {
      return;
    }
    for (int i = title + 2; i < lines.size() && i <= title + HEAD_LINES; i++) {
      if (roles[i] != null) {
        continue;
      }
      if (roles[i - 1] != null && isCaption(lines.get(i).text(), shapes.width(i))
          && headBelow(roles, i, BELOW, r -> r == LineRole.BOILERPLATE)) {
        roles[i] = LineRole.CAPTION;
        rules[i] = RULE;
      }
      return; // the first line of the article's own: a caption, or the body's start
    }
  }

  /**
   * Whether a byline or a date line stands under line {@code i}, within {@code span} lines, with only lines whose
   * role {@code between} accepts before it (the page's furniture; for a dek, a caption too).
   */
  static boolean headBelow(LineRole[] roles, int i, int span, java.util.function.Predicate<LineRole> between) {
    for (int k = i + 1; k < roles.length && k <= i + span; k++) {
      if (roles[k] == LineRole.BYLINE || roles[k] == LineRole.PUBLISHED) {
        return true;
      }
      if (!between.test(roles[k])) {
        return false;
      }
    }
    return false;
  }

  /** Whether a line has the shape of a caption without credit: a short sentence, no prose, no notice. */
  static boolean isCaption(String text, int width) {
    return !LineMeasures.isProse(text, width) && LineMeasures.endsSentence(text) && !text.endsWith(":")
        && Text.words(text) >= MIN_WORDS && Character.isUpperCase(text.codePointAt(0)) && !Notices.isNotice(text)
        && !Notices.addressesReader(text);
  }

  /**
   * A caption is the article's between its headline (or the few lines above it, where a page may print the
   * lead picture) and its end, or under its last line in the article's gallery: captions one after the other
   * (or lines printed again, as the lead picture's caption), with at most {@value #GALLERY_GAP} short lines
   * between two (a gallery's heading, its counters: 'Gallery', '1/12'), none of more than
   * {@value #GALLERY_WORDS} words, nor chrome a rule read by its words ('Share', 'Most read'), nor a label that
   * leads on to other stories ('More from …'); elsewhere (a menu's teaser, another story's gallery, a
   * promotion) it is the page's, with its credit and keywords: marks those of the page whose article ends at
   * line {@code to}, under the headline at line {@code title}. A gallery that numbers its pictures ('1 of 4' over
   * the first) is the article's however far under its end it starts, when no chrome read by its words, no label
   * that leads on and no headline but the gallery's own heading stands between (other stories' headlines head
   * their own galleries): the page prints the article's own pictures before its furniture.
   */
  static void outsideArticle(List<Line> lines, LineRole[] roles, String[] rules, int title, int to) {
    boolean adjoining = true;
    boolean clean = true; // no chrome by its words nor a label that leads on since the article's end
    int headlines = 0; // the headline-shaped lines since the article's end: a gallery's heading, or other stories
    int gap = 0; // lines since the article's last line or the last caption
    for (int i = 0; i < roles.length; i++) {
      boolean caption = roles[i] == LineRole.CAPTION || roles[i] == LineRole.CAPTION_CREDIT
          || roles[i] == LineRole.CAPTION_KEYWORDS;
      if (i <= to || caption || rules[i] != null && rules[i].startsWith(RepeatedLines.RULE_PREFIX)) {
        gap = 0; // (the gallery may print the lead picture again, with its caption: a line printed again)
      } else {
        gap++;
        String text = lines.get(i).text();
        // a line a rule read as the site's chrome by its words ('Share', 'Most read') ends the gallery
        boolean chrome = roles[i] == LineRole.BOILERPLATE && rules[i] != null && !rules[i].startsWith("page:");
        // (asked only while a gallery may still follow: the page's footer under it is read no further)
        boolean leadsOn = (clean || adjoining) && Subheadings.leadsOn(text);
        if (clean) {
          // (a headline is written in words: a row of results or figures is none)
          headlines += HeadlineLists.isHeadline(text) && text.chars().noneMatch(Character::isDigit) ? 1 : 0;
          clean = !chrome && !leadsOn && headlines <= 1;
        }
        adjoining &= gap <= GALLERY_GAP && Text.words(text) <= GALLERY_WORDS && !leadsOn && !chrome;
        if (clean && FIRST_OF_GALLERY.matcher(text).matches()) {
          adjoining = true; // the first picture of a numbered gallery, with nothing of the page's above it
          gap = 0;
        }
      }
      if (caption && (i < title - LEAD_PICTURE_LINES || !adjoining)) {
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = "page:caption-outside-article";
      }
    }
  }
}
