package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;

/**
 * The site's pitch set inside a page's article ({@link PageExtractor}): an offer to subscribe, to join a channel,
 * to support the newsroom, printed between two paragraphs as a piece of its own, a line or two of text and
 * the button under them ('Get the news first. Join our WhatsApp channel …' / 'Join now'). A writer speaks to the
 * reader in the body too, so a line that does is not enough: the piece is chrome when it ends with a button, a
 * short line that closes no sentence (unclaimed, or one the extractor claimed by its shape alone that names the
 * interface or speaks to the reader itself: 'Subscribe from $8 a month'), and one of its lines names the site's
 * interface ({@link Notices#isNotice}),
 * or the button itself speaks to the reader ({@link Notices#addressesReader}: 'Join now') under a line that
 * does. On a page that sets its lines apart by blank lines, the piece is the lines one right under the other;
 * on a page that sets a blank line after nearly every line ({@link PageSpacing#doubleSpaced}), blank lines set
 * nothing apart, so the piece is the unclaimed lines right over the button that name the site's interface (a
 * line in which a blog's writer says 'we' ends it). A subheading stands over the lines it heads, not under a
 * sentence in its own piece. Linear in the lines (a piece holds at most {@value #MAX_LINES} of them).
 */
final class PitchBlocks {
  /** The rule of a line of a pitch inside the article. */
  static final String RULE = "chrome:pitch";
  // A pitch holds at most this many lines, its button included.
  private static final int MAX_LINES = 4;
  // A button has at most this many words.
  private static final int BUTTON_WORDS = 6;

  private PitchBlocks() {}

  /** Marks the pitches among the unclaimed lines from {@code from} to {@code to}. */
  static void apply(List<Line> lines, LineRole[] roles, String[] rules, int from, int to) {
    boolean doubled = PageSpacing.doubleSpaced(lines);
    // whether each line names the site's interface, asked once a line (a line is over up to three buttons)
    Boolean[] notices = new Boolean[to + 1];
    for (int k = Math.max(from, 1); k <= to; k++) {
      if (roles[k] != null && !claimedByShape(rules[k], lines.get(k).text()) || !button(lines.get(k).text())
          || !doubled && k + 1 < lines.size() && !lines.get(k + 1).afterBlank()) {
        continue; // no button, or one that does not close its piece
      }
      // the piece's lines over the button: those glued to it; on a double-spaced page, the lines right over it
      // that name the site's interface
      int top = k;
      boolean voice = false;
      while (top - 1 >= from && k - top + 1 < MAX_LINES && roles[top - 1] == null) {
        String text = lines.get(top - 1).text();
        if (notices[top - 1] == null) {
          notices[top - 1] = Notices.isNotice(text);
        }
        boolean notice = notices[top - 1];
        if (doubled ? !notice : lines.get(top).afterBlank()) {
          break;
        }
        top--;
        voice |= notice;
      }
      // on a page of blocks, a button that speaks to the reader ('Join now', 'Sign up') under a line that does
      // (not a writer's closing line over a signature or a subheading)
      if (!voice && !doubled && top < k && Notices.addressesReader(lines.get(k).text())) {
        for (int j = top; j < k && !voice; j++) {
          voice = Notices.addressesReader(lines.get(j).text());
        }
      }
      boolean whole = doubled || top == from || lines.get(top).afterBlank() || roles[top - 1] != null;
      if (top < k && voice && whole) {
        for (int j = top; j <= k; j++) {
          roles[j] = LineRole.BOILERPLATE;
          rules[j] = RULE;
        }
      }
    }
  }

  // A line the page extractor claimed by its shape alone (short, no prose) that names the site's interface or speaks
  // to the reader: it may still close a pitch as its button ('Subscribe from $8 a month'), the lines over it then
  // the pitch's (a subheading the extractor claimed closes none).
  private static boolean claimedByShape(String rule, String text) {
    return (PageExtractor.LINK_LIKE_RULE.equals(rule) || PageExtractor.NOT_PROSE_RULE.equals(rule))
        && (Notices.isNotice(text) || Notices.addressesReader(text));
  }

  // A button: a few words that close no sentence and announce nothing ('Join now', 'Je m'abonne').
  private static boolean button(String text) {
    int words = Text.words(text);
    char last = text.charAt(text.length() - 1);
    return words >= 1 && words <= BUTTON_WORDS && !Text.endsSentence(text) && last != ':' && last != ','
        && Character.isUpperCase(text.codePointAt(0));
  }
}
