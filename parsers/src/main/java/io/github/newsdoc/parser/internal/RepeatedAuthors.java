package io.github.newsdoc.parser.internal;

import io.github.newsdoc.parser.LineRole;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * On a page with no author line, the author's name printed alone on a line more than once, once above the
 * article's prose, is the byline. Layouts print the author over the headline or beside the share buttons and
 * again in a box under the article ('Jo Park' … 'Jo Park' / 'Follow'); a name the page prints only once, in a
 * menu or a list, says nothing of the article. The name is a person's: two or three words ({@link
 * Bylines#nameOnly}), the first a first name common enough to tell a gender ({@link Genders#commonFirstName}:
 * not "Red", "Hong" or "Free", which the longer list of first names holds and which a menu's "Red Wings" or a
 * kicker's "Hong Kong" print), none of whose words the page writes in lower case, and that no sentence of the
 * article names (an obituary's or a profile's subject, printed over the headline and again at the end). When
 * two names are printed alone more than once, above the prose or among the article's own lines (a
 * conversation's labels, a list of the site's people), neither is taken. Not read in canonical text, whose
 * authors are author lines. Linear in the lines.
 */
final class RepeatedAuthors {
  /** The rule of an author's name printed again and again on the page. */
  static final String RULE = "byline:name-repeated";
  /** The rule of the name's other copies, no paragraphs of the article. */
  static final String AGAIN_RULE = "byline:name-again";

  private RepeatedAuthors() {}

  /**
   * Marks as the byline the first copy of the one name printed alone more than once with a copy above the
   * article's first line of prose (the first unclaimed line of prose under the title, line {@code title}), when
   * no line is a byline yet; its unclaimed copies below are
   * boilerplate.
   */
  static void apply(List<Line> lines, LineMeasures shapes, LineRole[] roles, String[] rules, Object[] values,
      LineRole[] valueRoles, int title) {
    int n = lines.size();
    int prose = firstProse(shapes, roles, title);
    Map<String, Integer> printed = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (roles[i] == LineRole.BYLINE) {
        return; // the page has its author lines
      }
      printed.merge(lines.get(i).text(), 1, Integer::sum);
    }
    // the one name alone printed again above the prose; another such name among the article's own lines makes
    // them a conversation's labels
    String repeatedName = null;
    for (int i = 0; i < n; i++) {
      String text = lines.get(i).text();
      if (printed.get(text) >= 2 && (i < prose ? furniture(roles[i], rules[i]) : roles[i] == null)
          && Bylines.nameOnly(text).isPresent() && Genders.commonFirstName(text.substring(0, text.indexOf(' ')))) {
        if (repeatedName != null && !repeatedName.equals(text)) {
          return;
        }
        repeatedName = text;
      }
    }
    if (repeatedName == null || writtenInLowerCase(repeatedName, lines) || inProse(repeatedName, lines, roles)) {
      return;
    }
    int found = -1;
    for (int i = 0; i < Math.min(prose, n) && found < 0; i++) {
      if (lines.get(i).text().equals(repeatedName) && furniture(roles[i], rules[i])) {
        found = i;
      }
    }
    if (found < 0) {
      return;
    }
    roles[found] = LineRole.BYLINE;
    rules[found] = RULE;
    values[found] = Bylines.nameOnly(repeatedName).orElseThrow();
    valueRoles[found] = LineRole.BYLINE;
    for (int i = found + 1; i < n; i++) {
      if (roles[i] == null && lines.get(i).text().equals(repeatedName)) {
        roles[i] = LineRole.BOILERPLATE; // the name again, in the author's box under the article
        rules[i] = AGAIN_RULE;
      }
    }
  }

  // Whether the page writes a word of the name in lower case ("Free Download": the page says "free"); asked of
  // the few names printed more than once, so the page's words are gathered only then.
  private static boolean writtenInLowerCase(String name, List<Line> lines) {
    Set<String> lower = HeadNames.lowerCaseWords(lines);
    for (String w : name.split(" ")) {
      if (lower.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  // Whether the article's prose names the person in a sentence ("Maria Lopez was born in 1933"): the article is
  // about them (an obituary, a profile), not by them; a writer's bio ("… is a reporter who covers …") is
  // no such sentence.
  private static boolean inProse(String name, List<Line> lines, LineRole[] roles) {
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (roles[i] == null && !text.equals(name) && text.contains(name) && !WRITER.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  // What a writer's bio says of its writer.
  private static final java.util.regex.Pattern WRITER = java.util.regex.Pattern.compile("(?i)\\b(?:writer|author|"
      + "reporter|editor|journalist|correspondent|columnist|contributor|blogger|covers|writes)\\b");

  // A line no reader claimed, or one the page's layout set aside (over the headline, outside the prose).
  private static boolean furniture(LineRole role, String rule) {
    return role == null || role == LineRole.BOILERPLATE && (rule.startsWith("page:") || rule.startsWith("title:"));
  }

  // The first unclaimed line of prose under the title: the article's first paragraph.
  private static int firstProse(LineMeasures shapes, LineRole[] roles, int title) {
    int i = title + 1;
    while (i < roles.length && !(roles[i] == null && shapes.prose(i))) {
      i++;
    }
    return i;
  }
}
