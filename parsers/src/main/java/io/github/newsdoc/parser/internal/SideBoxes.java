package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;

/**
 * Boxes set in the article's column that are not its text: a video player ('VIDEO 02:41' or 'Duration 2:04'
 * with the video's title and summary) and a summary box ('Key Points' over a few sentences that the article
 * tells again). Such a box is printed as a stack of lines with no blank line between them; the stack around a
 * player's running time, and the stack under a summary box's heading ({@code words/summary-headings.txt}), are
 * the site's. On a page that sets a blank line between every two lines, nothing is stacked: the summary box is
 * its heading and the short sentences under it, one a line. Linear in the lines.
 */
final class SideBoxes {
  /** The rule of a line of a video player. */
  static final String VIDEO = "box:video";
  /** The rule of a line of a summary box. */
  static final String SUMMARY = "box:summary";
  // A running time with the player's word: 'VIDEO02:41', 'Duration 2:04', 'Watch 1:05:10'.
  private static final Pattern RUNNING_TIME = Pattern.compile(
      "(?i)(?:video|watch|duration|play)\\W*\\d{1,2}:\\d{2}(?::\\d{2})?");
  private static final Set<String> SUMMARY_HEADINGS = WordList.load("summary-headings");
  // On a page with a blank line between every two lines, a summary box's items: at most this many lines under
  // its heading, each one sentence of at most ITEM_WORDS words.
  private static final int MAX_ITEMS = 6;
  private static final int ITEM_WORDS = 20;
  // the longest heading's length, in chars
  private static final int LONGEST_HEADING = SUMMARY_HEADINGS.stream().mapToInt(String::length).max().orElse(0);

  private SideBoxes() {}

  static void apply(List<Line> lines, LineRole[] roles, String[] rules, boolean canonical) {
    int n = lines.size();
    // a page that sets a blank line between every two lines stacks nothing: read on under a summary heading (not
    // in canonical text, which sets every block apart and whose paragraphs are the writer's)
    Supplier<Boolean> apart = Suppliers.memoize(() -> !canonical && PageSpacing.doubleSpaced(lines));
    for (int i = 0; i < n; i++) {
      String t = lines.get(i).text();
      if (roles[i] != null && roles[i] != LineRole.BOILERPLATE) {
        continue;
      }
      if (RUNNING_TIME.matcher(t).matches()) {
        int from = i;
        while (from > 0 && !lines.get(from).afterBlank() && roles[from - 1] == null) {
          from--;
        }
        mark(lines, roles, rules, from, i, VIDEO);
      } else if (isSummaryHeading(t) && i + 1 < n && !lines.get(i + 1).afterBlank()) {
        mark(lines, roles, rules, i, i, SUMMARY);
      } else if (isSummaryHeading(t) && i + 1 < n && apart.get()) {
        // the items under the heading: short sentences, one a line, up to the article's first longer line or a
        // caption
        roles[i] = LineRole.BOILERPLATE;
        rules[i] = SUMMARY;
        for (int k = i + 1; k < n && k <= i + MAX_ITEMS && roles[k] == null && item(lines.get(k).text())
            && !(k + 1 < n && CreditShapes.creditLine(lines.get(k + 1).text()).isPresent()); k++) {
          // (a sentence over a picture's credit is the picture's caption: the box ended above it)
          roles[k] = LineRole.BOILERPLATE;
          rules[k] = SUMMARY;
        }
      }
    }
  }

  // The stack from `from` on, through `at` and down to the next blank line: the unclaimed lines become the
  // box's.
  private static void mark(List<Line> lines, LineRole[] roles, String[] rules, int from, int at, String rule) {
    for (int k = from; k < lines.size() && (k <= at || !lines.get(k).afterBlank()); k++) {
      if (roles[k] == null || k == at && roles[k] == LineRole.BOILERPLATE && !rules[k].startsWith("box:")) {
        roles[k] = LineRole.BOILERPLATE;
        rules[k] = rule;
      }
    }
  }

  // An item of a summary box: one sentence of at most ITEM_WORDS words (its first clause ends with it).
  private static boolean item(String text) {
    return Text.words(text) <= ITEM_WORDS && Text.endsSentence(text) && Sentences.clauseEnd(text, 0) >= text.length();
  }

  static boolean isSummaryHeading(String text) {
    if (text.length() > LONGEST_HEADING + 1 && Text.strip(text).length() > LONGEST_HEADING + 1) {
      return false; // most lines: longer than any heading, told without lower-casing them
    }
    String t = text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
    return SUMMARY_HEADINGS.contains(Text.strip(t).toLowerCase(Locale.ROOT));
  }
}
