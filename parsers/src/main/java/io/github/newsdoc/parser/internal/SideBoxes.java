package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Boxes set in the article's column that are not its text: a video player ('VIDEO 02:41' or 'Duration 2:04'
 * with the video's title and summary) and a summary box ('Key Points' over a few sentences that the article
 * tells again). Such a box is printed as a stack of lines with no blank line between them; the stack around a
 * player's running time, and the stack under a summary box's heading, are the site's. Linear in the lines.
 */
final class SideBoxes {
  /** The rule of a line of a video player. */
  static final String VIDEO = "box:video";
  /** The rule of a line of a summary box. */
  static final String SUMMARY = "box:summary";
  // A running time with the player's word: 'VIDEO02:41', 'Duration 2:04', 'Watch 1:05:10'.
  private static final Pattern RUNNING_TIME = Pattern.compile(
      "(?i)(?:video|watch|duration|play)\\W*\\d{1,2}:\\d{2}(?::\\d{2})?");
  private static final Set<String> SUMMARY_HEADINGS = Set.of("key points", "story highlights", "at a glance");
  // the longest heading's length, in chars
  private static final int LONGEST_HEADING = SUMMARY_HEADINGS.stream().mapToInt(String::length).max().orElse(0);

  private SideBoxes() {}

  static void apply(List<Line> lines, LineRole[] roles, String[] rules) {
    int n = lines.size();
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

  static boolean isSummaryHeading(String text) {
    if (text.length() > LONGEST_HEADING + 1 && Text.strip(text).length() > LONGEST_HEADING + 1) {
      return false; // most lines: longer than any heading, told without lower-casing them
    }
    String t = text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
    return SUMMARY_HEADINGS.contains(Text.strip(t).toLowerCase(Locale.ROOT));
  }
}
